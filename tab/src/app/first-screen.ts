/**
 * The first screen as the server rendered it (GET /api/tab/boot with `render`): the tab's own React
 * components, drawn by the server from the same boot call, shown in #root before the app's code is in.
 * React then takes it over (main.tsx → mount.tsx `hydrate`). Until then the screen is inert: nothing on it
 * can be clicked, focused or typed into, so nothing a user does is lost when React takes over.
 * No React here: this is part of the entry, and of index.html's inline start (app/early-boot.ts), which
 * may show the screen before the entry has run. Its state is therefore kept on #root itself, where both
 * copies of this code see it.
 */
import type { FirstScreenDto } from '@samen/shared';

/** On #root: the hash the shown screen was rendered for. */
const SHOWN_FOR = 'data-first-screen';
/** On #root: the app has taken it. */
const TAKEN = 'data-app';

const rootElement = (): HTMLElement | null => document.getElementById('root');

/** Worth asking the server for: the app has not taken the root yet, and nothing is in it. */
export const wantsFirstScreen = (): boolean => {
  const root = rootElement();
  return root !== null && !root.hasAttribute(TAKEN) && !root.hasChildNodes();
};

/** Puts the server's screen into #root (its styles into the head), unless the app or another copy got there first. */
export const showFirstScreen = (screen: FirstScreenDto, hash: string): void => {
  if (!wantsFirstScreen()) return;
  const root = rootElement()!;
  document.head.insertAdjacentHTML('beforeend', screen.styles);
  root.innerHTML = screen.html;
  root.inert = true;
  root.setAttribute('aria-busy', 'true');
  root.setAttribute(SHOWN_FOR, hash);
};

/** React has the screen: it can be used. */
export const takenOver = (root: HTMLElement): void => {
  root.inert = false;
  root.removeAttribute('aria-busy');
  root.removeAttribute(SHOWN_FOR);
};

/**
 * The app takes #root. 'hydrate': it holds the server's screen for the current hash, which React adopts
 * as it is. 'render': it is empty (a screen for a hash the user has since left is removed), React draws.
 */
export const takeRoot = (root: HTMLElement): 'hydrate' | 'render' => {
  root.setAttribute(TAKEN, '');
  const shownFor = root.getAttribute(SHOWN_FOR);
  if (shownFor !== null && shownFor === window.location.hash) return 'hydrate';
  if (shownFor !== null) root.replaceChildren();
  takenOver(root);
  return 'render';
};
