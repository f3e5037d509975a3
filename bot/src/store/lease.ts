/**
 * Port: a lease only one instance holds at a time (the reminders scheduler runs where it is held).
 * One machine needs none (`alwaysHeld`); several instances use a blob lease (store/azure/blob-lease.ts).
 * The scheduler's one-line change: `const tick = () => lease.runIfHeld(() => runDueReminders(deps))…`.
 */
export interface Lease {
  /** Runs `work` when this instance holds (or could take) the lease; otherwise resolves to null. */
  runIfHeld<T>(work: () => Promise<T>): Promise<T | null>;
  release(): Promise<void>;
}

export const alwaysHeld: Lease = {
  runIfHeld: (work) => work(),
  release: async () => undefined,
};
