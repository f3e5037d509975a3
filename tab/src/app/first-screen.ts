/**
 * The first screen as the server rendered it (GET /api/tab/boot with `render`): the tab's own React
 * components, drawn by the server from the same boot call, shown in #root before the app's code is in.
 * React then takes it over (main.tsx → mount.tsx `hydrate`). Until then the screen is inert: nothing on it
 * can be clicked, focused or typed into, so nothing a user does is lost when React takes over.
 * No React here: this is part of the entry.
 */
import type { FirstScreenDto } from '@samen/shared';

let taken = false;
/** The hash the shown screen was rendered for; null while none is shown. */
let shownFor: string | null = null;

const rootElement = (): HTMLElement | null => document.getElementById('root');

/** Worth asking the server for: the app has not taken the root yet, and nothing is in it. */
export const wantsFirstScreen = (): boolean => !taken && rootElement()?.hasChildNodes() === false;

/** Puts the server's screen into #root (its styles into the head), unless the app got there first. */
export const showFirstScreen = (screen: FirstScreenDto, hash: string): void => {
  const root = rootElement();
  if (taken || !root || root.hasChildNodes()) return;
  document.head.insertAdjacentHTML('beforeend', screen.styles);
  root.innerHTML = screen.html;
  root.inert = true;
  root.setAttribute('aria-busy', 'true');
  shownFor = hash;
};

/**
 * The app takes #root. 'hydrate': it holds the server's screen for the current hash, which React adopts
 * as it is. 'render': it is empty (a screen for a hash the user has since left is removed), React draws.
 */
export const takeRoot = (root: HTMLElement): 'hydrate' | 'render' => {
  taken = true;
  if (shownFor !== null && shownFor === window.location.hash) return 'hydrate';
  if (shownFor !== null) root.replaceChildren();
  shownFor = null;
  takenOver(root);
  return 'render';
};

/** React has the screen: it can be used. */
export const takenOver = (root: HTMLElement): void => {
  root.inert = false;
  root.removeAttribute('aria-busy');
};
