/** The current hash route, following hash changes (router.ts parses it; apart so the entry, which parses the route too, carries no React). */
import { useEffect, useState } from 'react';
import { useInitialHash } from '../prerender';
import { parseRoute, type Route } from '../router';

export const useRoute = (): Route => {
  const hash = useInitialHash();
  const [route, setRoute] = useState(() => parseRoute(hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
};
