/**
 * index.html's inline start: bundled into the page itself at build time (tab/vite.config.ts), not loaded
 * as a file. Begins the sign-in token and the boot call while the entry (main.tsx) is still on its way.
 */
import { startEarlyBoot } from './app/early-boot';

startEarlyBoot();
