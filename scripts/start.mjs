#!/usr/bin/env node
/**
 * `npm start`: builds the tab, starts the server (embedded store, sample data) and the
 * Microsoft 365 Agents Playground pointed at it, then prints where to go. With OUTBOX=azure and no
 * AZURE_STORAGE_CONNECTION_STRING it first starts Azurite in memory on free loopback ports and hands
 * the server the matching development connection string; Azurite stops with the rest.
 *
 * `npm run start:sharepoint` (`--sharepoint`): the same, but the server stores everything through the
 * SharePoint adapter (STORE=sharepoint) on the repository's Graph fake on loopback, its lists created
 * by the real provisioner (scripts/local-sharepoint.ts); no Microsoft 365 tenant needed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sharepoint = process.argv.includes('--sharepoint');

console.log('Samen Verder: de tab wordt gebouwd…');
const build = spawnSync(npm, ['run', 'build:tab'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
const run = (name, command, args, env = {}) => {
  // Its own process group, so stopping reaches what npx started under it (tsx, the Playground).
  const child = spawn(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
    detached: process.platform !== 'win32',
  });
  child.on('exit', (code) => {
    console.log(`${name} is gestopt (code ${code ?? 'signaal'}).`);
    shutdown(code ?? 0);
  });
  children.push(child);
  return child;
};

let azurite = null;
/** npx runs the real program as its own child: stop the whole process group. */
const stopGroup = (child) => {
  if (child.exitCode !== null) return;
  try {
    if (process.platform === 'win32') child.kill('SIGTERM');
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};

const stopAzurite = () => {
  if (!azurite) return;
  const { child, dir } = azurite;
  azurite = null;
  stopGroup(child);
  rmSync(dir, { recursive: true, force: true });
};

let stopping = false;
const shutdown = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) stopGroup(child);
  stopAzurite();
  setTimeout(() => process.exit(code), 500).unref();
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('exit', stopAzurite);

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: free } = srv.address();
      srv.close(() => resolve(free));
    });
  });

const portOpen = (p) =>
  new Promise((resolve) => {
    const socket = net.connect(p, '127.0.0.1', () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/** Azurite in memory for OUTBOX=azure without a storage account; returns the development connection string. */
const startAzurite = async () => {
  const [blob, queue, table] = [await freePort(), await freePort(), await freePort()];
  // in memory; its working directory only catches a debug log, if any
  const dir = mkdtempSync(path.join(tmpdir(), 'samen-azurite-'));
  const child = spawn(
    npx,
    // --prefix: the project's own azurite (the working directory is a scratch one)
    ['--prefix', process.cwd(), 'azurite', '--inMemoryPersistence', '--silent', '--skipApiVersionCheck', '--disableTelemetry',
      '--blobHost', '127.0.0.1', '--blobPort', String(blob),
      '--queueHost', '127.0.0.1', '--queuePort', String(queue),
      '--tableHost', '127.0.0.1', '--tablePort', String(table)],
    { stdio: ['ignore', 'inherit', 'inherit'], cwd: dir, detached: process.platform !== 'win32' },
  );
  azurite = { child, dir };
  child.on('exit', (code) => {
    if (stopping) return;
    console.log(`Azurite is gestopt (code ${code ?? 'signaal'}).`);
    shutdown(code || 1);
  });
  for (const p of [blob, queue, table]) {
    let open = false;
    for (let i = 0; i < 120 && !open && child.exitCode === null; i += 1) {
      open = await portOpen(p);
      if (!open) await new Promise((r) => setTimeout(r, 250));
    }
    if (!open) throw new Error(`Azurite kwam niet op (poort ${p}).`);
  }
  const account = 'devstoreaccount1';
  // Azurite's well-known development key (public, only valid for the emulator)
  const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
  const host = 'http://127.0.0.1';
  return `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${key};BlobEndpoint=${host}:${blob}/${account};QueueEndpoint=${host}:${queue}/${account};TableEndpoint=${host}:${table}/${account};`;
};

const serverEnv = { PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
if (process.env.OUTBOX === 'azure' && !process.env.AZURE_STORAGE_CONNECTION_STRING) {
  console.log('OUTBOX=azure zonder AZURE_STORAGE_CONNECTION_STRING: Azurite wordt gestart (in het geheugen)…');
  try {
    serverEnv.AZURE_STORAGE_CONNECTION_STRING = await startAzurite();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    stopAzurite();
    process.exit(1);
  }
}

/** The Graph fake with provisioned lists, in its own process; resolves with the server's environment. */
const startLocalSharePoint = () =>
  new Promise((resolve, reject) => {
    const child = spawn(npx, ['tsx', 'scripts/local-sharepoint.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: process.platform !== 'win32',
    });
    children.push(child);
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.startsWith('SHAREPOINT_ENV '));
      if (line) resolve(JSON.parse(line.slice('SHAREPOINT_ENV '.length)));
    });
    child.on('exit', (code) => {
      if (stopping) return;
      reject(new Error(`De lokale Graph-standin is gestopt (code ${code ?? 'signaal'}).`));
      shutdown(code || 1);
    });
  });

if (sharepoint) {
  console.log('STORE=sharepoint: de lokale Graph-standin start en de lijsten worden aangemaakt…');
  try {
    Object.assign(serverEnv, await startLocalSharePoint());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    shutdown(1);
  }
}
if (stopping) process.exit(1); // shutdown() has stopped the children

run('De server', npx, ['tsx', 'bot/src/index.ts'], serverEnv);

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
Samen Verder draait lokaal (geen Microsoft 365-tenant nodig, voorbeeldgegevens geladen).${
    sharepoint ? `\nOpslag: SharePoint-lijsten op de lokale Graph-standin (${serverEnv.GRAPH_BASE_URL}), alleen in het geheugen.` : ''
  }

  Bot in de Agents Playground:  http://localhost:${playgroundPort}   (typ "help")
  Tab in de browser:            http://localhost:${port}/          (kies een voorbeeldgebruiker)
  Gezondheid:                   http://localhost:${port}/healthz

Stoppen: Ctrl+C
`);
}
