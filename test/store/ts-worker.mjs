// Runs a TypeScript worker module (workerData.entry) through tsx, which the test runner cannot do for workers.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
