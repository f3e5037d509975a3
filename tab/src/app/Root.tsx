/**
 * The app's root, the same tree in the browser (mount.tsx) and on the server (ssr/first-screen.tsx): React
 * can only take over the server's HTML when both draw it from one tree. `renderer` collects Fluent's
 * (Griffel's) styles; in the browser it also adopts the styles the server sent.
 */
import { StrictMode, useEffect } from 'react';
import { RendererProvider, type GriffelRenderer } from '@fluentui/react-components';
import { PrerenderContext, type Prerender } from '../prerender';
import { App } from './App';
import type { Started } from './boot';

interface Props {
  readonly renderer: GriffelRenderer;
  /** The start-up's result when it is already in (always on the server). */
  readonly first: Started | null;
  /** Server only: the hash and the boot call's reads. */
  readonly prerender: Prerender | null;
  /** Browser only: called once React has committed the first screen. */
  readonly onCommit?: () => void;
}

const Committed = ({ onCommit }: { onCommit?: () => void }) => {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
};

export const Root = ({ renderer, first, prerender, onCommit }: Props) => (
  <StrictMode>
    <RendererProvider renderer={renderer} targetDocument={typeof document === 'undefined' ? undefined : document}>
      <PrerenderContext.Provider value={prerender}>
        <App first={first} />
        <Committed onCommit={onCommit} />
      </PrerenderContext.Provider>
    </RendererProvider>
  </StrictMode>
);
