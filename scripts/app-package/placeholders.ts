/** `${{NAME}}` placeholders as the Agents Toolkit writes them in manifests, yml and parameter files. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();

export interface Filled {
  readonly text: string;
  /** Placeholders without a (non-empty) value, sorted. */
  readonly missing: readonly string[];
}

/** Replaces every placeholder whose value is non-empty; the rest are reported, and left as they were. */
export const fillPlaceholders = (text: string, values: (name: string) => string | undefined): Filled => {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values(name);
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing].sort() };
};

/** A value goes into JSON strings: escape it as JSON would (quotes, backslashes). */
export const jsonStringContent = (value: string): string => JSON.stringify(value).slice(1, -1);
