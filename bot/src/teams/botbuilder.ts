/**
 * botbuilder's values for the sending half of the channel (adapter.ts, proactive.ts, activities.ts), loaded
 * with require: botbuilder is CommonJS, and importing it from an ES module makes Node lex its re-export chain
 * for named exports first, ~0.12 s of CPU at every start (measured on Node 20), which a restarted fan-out
 * waits for. Types still come from `import type`. The server build bundles botbuilder and reads this file as
 * `import * as botbuilder from 'botbuilder'` (scripts/server-build-options.mjs).
 */
import { createRequire } from 'node:module';
import type * as Botbuilder from 'botbuilder';

export const botbuilder = createRequire(import.meta.url)('botbuilder') as typeof Botbuilder;
