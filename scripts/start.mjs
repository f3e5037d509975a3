#!/usr/bin/env node
/**
 * `npm start`: builds the tab, starts the server (embedded store, sample data) and the
 * Microsoft 365 Agents Playground pointed at it, then prints where to go.
 */
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

console.log('Samen Verder: de tab wordt gebouwd…');
const build = spawnSync(npm, ['run', 'build:tab'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
const run = (name, command, args, env = {}) => {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`${name} is gestopt (code ${code ?? 'signaal'}).`);
    shutdown(code ?? 0);
  });
  children.push(child);
  return child;
};

const shutdown = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('De server', npx, ['tsx', 'bot/src/index.ts'], { PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });

const waitForHealth = async () => {
  for (let i = 0; i < 120; i += 1) {
    try {
      const res = await fetch(`http://localhost:${port}/healthz`);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
};

if (!(await waitForHealth())) {
  console.error('De server kwam niet op binnen een minuut.');
  shutdown(1);
} else {
  run('De Agents Playground', npx, [
    'agentsplayground',
    '--app-endpoint', `http://localhost:${port}/api/messages`,
    '--port', playgroundPort,
    '--channel-id', 'msteams',
    '--disable-telemetry',
  ]);
  console.log(`
Samen Verder draait lokaal (geen Microsoft 365-tenant nodig, voorbeeldgegevens geladen).

  Bot in de Agents Playground:  http://localhost:${playgroundPort}   (typ "help")
  Tab in de browser:            http://localhost:${port}/          (kies een voorbeeldgebruiker)
  Gezondheid:                   http://localhost:${port}/healthz

Stoppen: Ctrl+C
`);
}
