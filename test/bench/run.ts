/**
 * `npm run bench`: runs every test/bench/*.bench.ts as its own process (so memory figures are its own),
 * passes their output through, and checks each measurement line against its benchmark's invariant
 * (`invariants.ts`). Exits non-zero when a benchmark failed or broke what it exists to show, saying why.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemsIn } from './invariants.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const problems: string[] = [];
for (const file of files) {
  process.stderr.write(`\n== ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) problems.push(`${file}: afgebroken (exit ${result.status ?? result.signal})`);
  else problems.push(...problemsIn(file, result.stdout ?? ''));
}
if (problems.length > 0) {
  process.stderr.write(`\nbenchmark-invarianten geschonden / benchmark invariants broken:\n- ${problems.join('\n- ')}\n`);
  process.exit(1);
}
