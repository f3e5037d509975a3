/**
 * index.html's inline start: bundled into the page itself at build time (tab/vite.config.ts), not loaded
 * as a file. Begins the sign-in token and the boot call, and runs the entry (main.tsx).
 */
import { runEntry, startEarlyBoot } from './app/early-boot';

try {
  startEarlyBoot();
} catch {
  // Whatever went wrong here, the app still starts (and signs in the ordinary way).
  runEntry();
}
