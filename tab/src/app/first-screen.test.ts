// @vitest-environment jsdom
/**
 * The server's first screen in #root: shown only into an empty root the app has not taken, inert until
 * React has it, adopted (hydrate) only for the hash it was rendered for; else removed and drawn anew.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const SCREEN = { html: '<section data-testid="level-3">Niveau 3</section>', styles: '<style data-make-styles-bucket="d">.a{}</style>' };

const fresh = async () => {
  vi.resetModules();
  document.head.innerHTML = '';
  document.body.innerHTML = '<div id="root"></div>';
  window.location.hash = '#/school/s1/niveaus';
  return { ...(await import('./first-screen')), root: document.getElementById('root')! };
};

describe('the first screen from the server', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('is shown inert with its styles in the head, and adopted by React for the same hash', async () => {
    const { wantsFirstScreen, showFirstScreen, takeRoot, takenOver, root } = await fresh();
    expect(wantsFirstScreen()).toBe(true);
    showFirstScreen(SCREEN, '#/school/s1/niveaus');
    expect(root.querySelector('[data-testid="level-3"]')).not.toBeNull();
    expect(document.head.querySelector('style[data-make-styles-bucket]')).not.toBeNull();
    expect(root.inert).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(takeRoot(root)).toBe('hydrate');
    expect(root.inert).toBe(true);
    takenOver(root);
    expect(root.inert).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
  });

  it('is removed when the user has gone elsewhere before React came, and React draws the page itself', async () => {
    const { showFirstScreen, takeRoot, root } = await fresh();
    showFirstScreen(SCREEN, '#/school/s1/niveaus');
    window.location.hash = '#/bijeenkomsten';
    expect(takeRoot(root)).toBe('render');
    expect(root.hasChildNodes()).toBe(false);
    expect(root.inert).toBe(false);
  });

  it('is not asked for or shown once the app has the root', async () => {
    const { wantsFirstScreen, showFirstScreen, takeRoot, root } = await fresh();
    expect(takeRoot(root)).toBe('render');
    expect(wantsFirstScreen()).toBe(false);
    showFirstScreen(SCREEN, '#/school/s1/niveaus');
    expect(root.hasChildNodes()).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
