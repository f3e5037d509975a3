/** Starts Azurite (the npm package, in memory) on free loopback ports for a test. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

const waitForPort = async (port: number, until: number): Promise<void> => {
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Azurite did not open port ${port}`);
};

export interface Azurite {
  readonly connectionString: string;
  stop(): Promise<void>;
}

export const startAzurite = async (): Promise<Azurite> => {
  const [blob, queue, table] = [await freePort(), await freePort(), await freePort()];
  // in memory; the debug log and extent files (none in memory) would go to the working directory
  const location = mkdtempSync(path.join(tmpdir(), 'azurite-'));
  const bin = path.resolve('node_modules/.bin/azurite');
  const child: ChildProcess = spawn(
    bin,
    ['--inMemoryPersistence', '--silent', '--skipApiVersionCheck', '--disableTelemetry',
      '--blobHost', '127.0.0.1', '--blobPort', String(blob), '--queueHost', '127.0.0.1', '--queuePort', String(queue),
      '--tableHost', '127.0.0.1', '--tablePort', String(table)],
    { stdio: 'ignore', cwd: location },
  );
  const until = Date.now() + 20_000;
  for (const port of [blob, queue, table]) await waitForPort(port, until);
  const host = 'http://127.0.0.1';
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=${host}:${blob}/${ACCOUNT};QueueEndpoint=${host}:${queue}/${ACCOUNT};TableEndpoint=${host}:${table}/${ACCOUNT};`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(location, { recursive: true, force: true });
    },
  };
};
