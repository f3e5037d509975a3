/**
 * The slice of OData that Graph accepts on SharePoint list items: `$filter` with eq/ne/lt/le/gt/ge,
 * and/or, parentheses and `startswith(fields/X,'v')` on `fields/X`; `$orderby=fields/X [asc|desc]`.
 */
export type Literal = string | number | boolean | null;
export type FieldValue = Literal;

export type Expr =
  | { readonly kind: 'cmp'; readonly field: string; readonly op: string; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly field: string; readonly value: string }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr };

export class ODataError extends Error {}

const TOKEN = /\s*('(?:[^']|'')*'|\(|\)|,|[A-Za-z_][\w/]*|-?\d+(?:\.\d+)?)/y;

const tokenize = (text: string): string[] => {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m?.[1]) throw new ODataError(`Invalid filter clause near '${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}'`);
    tokens.push(m[1]);
  }
  return tokens;
};

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

const literal = (token: string | undefined): Literal => {
  if (token === undefined) throw new ODataError('Invalid filter clause: value expected');
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === 'null') return null;
  const n = Number(token);
  if (Number.isNaN(n)) throw new ODataError(`Invalid filter value '${token}'`);
  return n;
};

const fieldName = (token: string | undefined): string => {
  if (!token?.startsWith('fields/')) throw new ODataError(`Only fields/<name> can be filtered, got '${token ?? ''}'`);
  return token.slice('fields/'.length);
};

export const parseFilter = (text: string): Expr => {
  const tokens = tokenize(text);
  let i = 0;
  const next = () => tokens[i++];
  const peek = () => tokens[i];
  const primary = (): Expr => {
    if (peek() === '(') {
      next();
      const inner = or();
      if (next() !== ')') throw new ODataError('Invalid filter clause: ) expected');
      return inner;
    }
    if (peek()?.toLowerCase() === 'startswith') {
      next();
      if (next() !== '(') throw new ODataError('Invalid filter clause: ( expected');
      const field = fieldName(next());
      if (next() !== ',') throw new ODataError('Invalid filter clause: , expected');
      const value = literal(next());
      if (next() !== ')' || typeof value !== 'string') throw new ODataError('Invalid startswith clause');
      return { kind: 'startswith', field, value };
    }
    const field = fieldName(next());
    const op = next()?.toLowerCase() ?? '';
    if (!OPS.has(op)) throw new ODataError(`Invalid filter operator '${op}'`);
    return { kind: 'cmp', field, op, value: literal(next()) };
  };
  const and = (): Expr => {
    let left = primary();
    while (peek()?.toLowerCase() === 'and') {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (peek()?.toLowerCase() === 'or') {
      next();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const expr = or();
  if (i !== tokens.length) throw new ODataError(`Invalid filter clause near '${tokens[i] ?? ''}'`);
  return expr;
};

export const fieldsOf = (e: Expr): string[] => ('field' in e ? [e.field] : [...fieldsOf(e.left), ...fieldsOf(e.right)]);

export const compare = (a: FieldValue | undefined, b: FieldValue | undefined): number => {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
};

export const matches = (e: Expr, fields: Readonly<Record<string, FieldValue>>): boolean => {
  switch (e.kind) {
    case 'and':
      return matches(e.left, fields) && matches(e.right, fields);
    case 'or':
      return matches(e.left, fields) || matches(e.right, fields);
    case 'startswith': {
      const v = fields[e.field];
      return typeof v === 'string' && v.startsWith(e.value);
    }
    case 'cmp': {
      const c = compare(fields[e.field], e.value);
      const ops: Record<string, boolean> = { eq: c === 0, ne: c !== 0, lt: c < 0, le: c <= 0, gt: c > 0, ge: c >= 0 };
      if (e.op !== 'eq' && e.op !== 'ne' && (fields[e.field] ?? null) === null) return false;
      return ops[e.op] ?? false;
    }
  }
};

export interface OrderBy {
  readonly field: string;
  readonly desc: boolean;
}

export const parseOrderBy = (text: string): OrderBy[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, dir = 'asc'] = part.split(/\s+/);
      if (!/^(asc|desc)$/i.test(dir)) throw new ODataError(`Invalid orderby direction '${dir}'`);
      return { field: fieldName(name), desc: dir.toLowerCase() === 'desc' };
    });
