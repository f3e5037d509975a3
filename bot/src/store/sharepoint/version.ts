/**
 * A record's version is where it lives plus its ETag: `{itemId}|{etag}`. An update goes straight
 * to the item with `If-Match: {etag}`; the ETag names the item too, so a version of another
 * record can never overwrite this one (412 → STORE.CONFLICT).
 */
export const versionOf = (item: { readonly itemId: string; readonly etag: string }): string =>
  `${item.itemId}|${item.etag.replace(/"/g, '')}`;

export const parseVersion = (version: string): { itemId: string; etag: string } | null => {
  const m = /^(\d+)\|([^|"]+)$/.exec(version);
  return m ? { itemId: m[1] as string, etag: `"${m[2] as string}"` } : null;
};
