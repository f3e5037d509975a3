/** Versions are per-row counters, handed out as opaque strings ('1', '2', ...). */
export const versionString = (n: number): string => String(n);

/** The counter a version string stands for, or null when it cannot be one of ours. */
export const parseVersion = (version: string): number | null =>
  /^[1-9][0-9]{0,15}$/.test(version) ? Number(version) : null;
