/**
 * The tab's first screen rendered on the server (#17): the niveau-overzicht a boot call carries, drawn by
 * the tab's own components so the browser shows it before the app's code is in, and React there takes
 * it over. The renderer is the tab's build, tab/dist/server/first-screen.cjs (`npm run build -w tab`, from
 * tab/src/ssr/first-screen.tsx), loaded at run time from TAB_DIST_DIR like the tab's other files: the
 * server imports no tab source (dependency rule `bot-not-tab`); the contract is `RenderFirstScreen` in
 * shared/src/schemas/boot.ts. It renders only data the boot route already read for this user, so it
 * sees exactly what the route allows. It is an extra, never a condition: without a built renderer, or
 * when it fails, the boot call answers without it and the tab draws the screen itself as before.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { BoundedMap, type FirstScreenDto, type FirstScreenInput, type RenderFirstScreen } from '@samen/shared';
import type { Deps } from '../deps.js';

/** The server's part of the tab build, beside the files it serves (and not served: server.ts). */
export const FIRST_SCREEN_DIR = 'server';
export const FIRST_SCREEN_FILE = 'first-screen.cjs';

/**
 * Screens kept, by everything they were drawn from: the screen is a pure function of its input (the boot
 * call's reads for this user, theme, language), so opening the same tab again (Teams loads a tab anew on
 * every visit) costs no render (~5 ms of CPU) until something on it changed. ~70 KB each.
 */
const KEPT_SCREENS = 64;

export interface FirstScreens {
  /** Starts loading the renderer (once): when the server listens (server.ts), else on the tab's page or the tab API's first request. */
  warm(): void;
  /** The rendered screen, or null when there is no renderer (yet) or it failed (logged). */
  render(input: FirstScreenInput): Promise<FirstScreenDto | null>;
}

export const firstScreens = (deps: Pick<Deps, 'config' | 'logger'>): FirstScreens => {
  const file = path.join(path.resolve(deps.config.tabDistDir), FIRST_SCREEN_DIR, FIRST_SCREEN_FILE);
  let loading: Promise<void> | null = null;
  let renderer: RenderFirstScreen | null = null;
  const kept = new BoundedMap<string, FirstScreenDto>(KEPT_SCREENS);
  const warm = (): void => {
    loading ??= existsSync(file)
      ? Promise.resolve()
          .then(async () => {
            // CommonJS (tab/vite.config.ts): required, it loads in ~0.1 s of CPU, also under tsx.
            const module = createRequire(import.meta.url)(file) as { renderFirstScreen?: unknown; prepareFirstScreen?: unknown };
            if (typeof module.renderFirstScreen !== 'function' || typeof module.prepareFirstScreen !== 'function') {
              throw new Error(`${file} exports no renderFirstScreen and prepareFirstScreen`);
            }
            // Its page and translations load now, before a boot call waits for them.
            await (module.prepareFirstScreen as () => Promise<void>)();
            renderer = module.renderFirstScreen as RenderFirstScreen;
          })
          .catch((err: unknown) => deps.logger.error({ err }, 'tab first-screen renderer failed to load'))
      : Promise.resolve();
  };
  return {
    warm,
    render: async (input) => {
      warm();
      // Loading takes ~0.1 s of CPU and starts when the server listens, so a boot call seldom finds it still
      // loading; when it does, waiting is still sooner than the tab drawing the screen itself.
      await loading;
      if (!renderer) return null;
      try {
        const key = JSON.stringify(input);
        const known = kept.get(key);
        if (known) return known;
        const screen = await renderer(input);
        kept.set(key, screen);
        return screen;
      } catch (err) {
        deps.logger.error({ err }, 'tab first screen failed to render');
        return null;
      }
    },
  };
};
