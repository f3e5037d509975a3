/** Ids are opaque strings (SharePoint item ids, Entra object ids, generated ids). */
export type Id = string;

/** Injected so the domain stays pure (no node:crypto); the server passes crypto.randomUUID. */
export type IdGenerator = () => Id;

/** Injected clock: returns "now". Tests pass a fixed or stepping clock. */
export type Clock = () => Date;
