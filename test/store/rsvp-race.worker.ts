/**
 * One "process" in the last-seat race: opens its own connection to the shared file, waits at a
 * barrier until every racer is ready, then answers 'attend' for each meeting in turn.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decideRsvp, type Meeting } from '@samen/shared';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';

interface RaceInput {
  readonly dataDir: string;
  readonly personId: string;
  readonly meetings: readonly Meeting[];
  readonly now: string;
  readonly barrier: SharedArrayBuffer;
  readonly racers: number;
}

const input = workerData as RaceInput;
const stores = await openSqliteStores({ dataDir: input.dataDir });
const gate = new Int32Array(input.barrier);
Atomics.add(gate, 0, 1);
Atomics.notify(gate, 0);
while (Atomics.load(gate, 0) < input.racers) Atomics.wait(gate, 0, Atomics.load(gate, 0), 1_000);

let n = 0;
const codes: string[] = [];
for (const meeting of input.meetings) {
  const result = await stores.rsvps.transact(meeting.id, (current) =>
    decideRsvp(
      meeting,
      current,
      { meetingId: meeting.id, sessionId: 'session-1', personId: input.personId, response: 'attend', source: 'card' },
      new Date(input.now),
      () => `${input.personId}-${++n}`,
    ),
  );
  codes.push(result.ok ? 'ok' : result.error.code);
}
await stores.close();
parentPort?.postMessage(codes);
