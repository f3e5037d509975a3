/**
 * botbuilder's values, for every file of the channel that needs one (adapter.ts, proactive.ts,
 * activities.ts, bot.ts, batch-sender.ts): one place it is loaded, so there is one copy of its classes.
 * Loaded with require: botbuilder is CommonJS, and importing it from an ES module makes Node lex its
 * re-export chain for named exports first, ~0.12 s of CPU at every start (measured on Node 20), which a
 * restarted fan-out waits for. Types still come from `import type`. The server build bundles botbuilder
 * into botbuilder.cjs and reads this file as a require of that bundle with a V8 code cache
 * (scripts/server-build-options.mjs, code-cache.ts).
 */
import { createRequire } from 'node:module';
import type * as Botbuilder from 'botbuilder';

export const botbuilder = createRequire(import.meta.url)('botbuilder') as typeof Botbuilder;
