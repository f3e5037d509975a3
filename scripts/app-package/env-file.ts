/** Reads the Agents Toolkit's env files (`KEY=value`, `#` comments, optional quotes). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type EnvValues = ReadonlyMap<string, string>;

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

const unquote = (raw: string): string => {
  const quoted = raw.match(/^(['"])(.*)\1$/);
  if (quoted) return quoted[2] ?? '';
  return raw.replace(/\s+#.*$/, '');
};

export const parseEnvFile = (text: string): EnvValues => {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const m = line.match(LINE);
    if (m?.[1] !== undefined) values.set(m[1], unquote(m[2] ?? ''));
  }
  return values;
};

export const envFilePath = (root: string, env: string): string => join(root, 'env', `.env.${env}`);

export class EnvFileMissing extends Error {}

export const readEnvFile = (root: string, env: string): EnvValues => {
  const path = envFilePath(root, env);
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(env) || !existsSync(path)) {
    throw new EnvFileMissing(`Omgeving "${env}" onbekend: ${path} bestaat niet (bijv. --env local of --env dev).`);
  }
  return parseEnvFile(readFileSync(path, 'utf8'));
};
