/**
 * The one Graph client factory: `@microsoft/microsoft-graph-client` with our own middleware chain
 * (bearer token → throttling policy → fetch), so the base URL can be the real Graph or a test fake
 * on 127.0.0.1 and the retry waits are injectable.
 */
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { DEFAULT_POLICY, ThrottlingMiddleware, type ThrottlingPolicy } from './throttling.js';

/** Gives an access token for Graph (app-only or on behalf of a user). */
export type TokenProvider = () => Promise<string>;

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export interface GraphClientOptions {
  readonly token: TokenProvider;
  /** Without /v1.0; defaults to the real Graph. */
  readonly baseUrl?: string;
  readonly policy?: Partial<ThrottlingPolicy>;
}

class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly token: TokenProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${await this.token()}`);
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    await this.next?.execute(context);
  }
}

export const createGraphClient = (options: GraphClientOptions): Client => {
  const chain: Middleware[] = [
    new BearerMiddleware(options.token),
    new ThrottlingMiddleware({ ...DEFAULT_POLICY, ...options.policy }),
    new HTTPMessageHandler(),
  ];
  for (let i = 0; i < chain.length - 1; i++) chain[i]?.setNext?.(chain[i + 1] as Middleware);
  return Client.initWithMiddleware({ baseUrl: options.baseUrl ?? GRAPH_BASE_URL, middleware: chain[0], defaultVersion: 'v1.0' });
};

/** The HTTP status of a failed Graph call (the client's GraphError carries `statusCode`), or null. */
export const statusOf = (e: unknown): number | null => {
  const status = (e as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
};

/** An OData string literal (for `$filter`). */
export const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The part of a Graph URL after /v1.0/, so an @odata.nextLink can be followed on any base URL. */
export const relativeGraphPath = (url: string): string => {
  const at = url.indexOf('/v1.0/');
  return at < 0 ? url : url.slice(at + '/v1.0'.length);
};

const CollectionPage = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });

/**
 * The items of a Graph collection, page by page, following `@odata.nextLink` to the end (a page may be short
 * and still have one), at most `maxPages` pages. A page that is not a collection throws (ZodError).
 */
export async function* graphPages(client: Client, path: string, maxPages = Number.POSITIVE_INFINITY): AsyncGenerator<readonly unknown[]> {
  let next: string | undefined = path;
  for (let pages = 0; next !== undefined && pages < maxPages; pages++) {
    const page = CollectionPage.parse(await client.api(next).get());
    yield page.value;
    const link = page['@odata.nextLink'];
    next = link === undefined ? undefined : relativeGraphPath(link);
  }
}
