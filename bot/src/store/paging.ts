/** What every port shares: cursor paging and the version a write was read with. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

export interface PageRequest {
  readonly cursor?: string;
  /** Default 100, at most 500. */
  readonly limit?: number;
}

/** A write that names the version it was read with. '' = create. A mismatch gives STORE.CONFLICT. */
export type Expected = { readonly expectedVersion: string };
