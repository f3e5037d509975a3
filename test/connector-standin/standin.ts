/**
 * A local Bot Connector stand-in on 127.0.0.1: enforces the configured per-conversation and per-app
 * limits exactly (429 + Retry-After when exceeded), injects 5xx and timeouts at configured rates,
 * counts every accepted activity per recipient, and answers:
 *   POST /v3/conversations                          createConversation (1:1, members[0].id = Entra id; counts against the app limit)
 *   POST /v3/conversations/{id}/activities          send (also /activities/{replyToId})
 *   POST /v3/batch/conversation/users/              Teams batch: message to a list of users → operationId
 *   GET  /v3/batch/conversation/{operationId}       batch operation state
 *   GET  /v3/batch/conversation/failedentries/{id}  failed entries of a batch
 *   GET  /_stats                                    counters for tests
 * Conversation ids are `a:<entra id>`; the recipient of an activity is read from that.
 * createConversation for someone without the app answers 403 BotNotInConversationRoster, as
 * Teams does, until the app is installed for them (`world.install`, or Graph's install route).
 * `world` is what Graph sees (test/graph-fake/teams-chats.ts): the same server also answers those
 * Graph routes under /v1.0/ (so a test may use one URL for both), or they run on their own port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WindowCounter, type Window } from './limits.js';
import { startBatchOperations, type BatchOps } from './batch.js';
import { TeamsGraph, type DeliveredMessage, type TeamsGraphOptions, type TeamsWorld } from '../graph-fake/teams-chats.js';
import { readJson } from '../support/read-json.js';

export interface StandinOptions {
  readonly perConversation: readonly Window[];
  readonly perApp: readonly Window[];
  /** Probability of a 5xx (message not taken) per activity. */
  readonly serverErrorRate?: number;
  /** Probability the request hangs (half of them after the message was taken). */
  readonly timeoutRate?: number;
  readonly hangMs?: number;
  /** Entra ids who blocked the bot (403) or for whom the app is not installed (createConversation 403). */
  readonly blocked?: readonly string[];
  readonly notInstalled?: readonly string[];
  readonly seed?: number;
  /** Batch API: messages per second the service itself delivers. */
  readonly batchRps?: number;
  /** The Graph routes this server also answers under /v1.0/. */
  readonly graph?: TeamsGraphOptions;
}

export interface StandinStats {
  readonly accepted: number;
  readonly throttled: number;
  readonly serverErrors: number;
  readonly timeouts: number;
  readonly created: number;
  readonly perRecipient: Record<string, number>;
  readonly firstAt: number | null;
  readonly lastAt: number | null;
}

export interface Standin {
  readonly url: string;
  /** Who has the app and what each person received, for Graph's view (test/graph-fake/teams-chats.ts). */
  readonly world: TeamsWorld;
  stats(): StandinStats;
  close(): Promise<void>;
}

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** What Graph keeps of a delivered activity: its text and its cards (content as a JSON string), no channelData. */
const stored = (activity: Record<string, unknown>, id: number, at: number): DeliveredMessage => ({
  id: String(id),
  createdAt: new Date(at).toISOString(),
  text: typeof activity.text === 'string' ? activity.text : null,
  attachments: ((activity.attachments as { contentType?: string; content?: unknown }[] | undefined) ?? []).map((a) => ({
    contentType: a.contentType ?? '',
    content: typeof a.content === 'string' ? a.content : JSON.stringify(a.content ?? null),
  })),
});

const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

export const startStandin = async (options: StandinOptions): Promise<Standin> => {
  const random = mulberry32(options.seed ?? 42);
  const app = new WindowCounter(options.perApp);
  const conversations = new Map<string, WindowCounter>();
  const messages = new Map<string, DeliveredMessage[]>();
  const perRecipient: Record<string, number> = {};
  const blocked = new Set(options.blocked ?? []);
  const notInstalled = new Set(options.notInstalled ?? []);
  const counters = { accepted: 0, throttled: 0, serverErrors: 0, timeouts: 0, created: 0 };
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  const hanging = new Set<http.ServerResponse>();

  /** Records one delivered message; the single place that counts. */
  const deliver = (conversationId: string, activity: Record<string, unknown>): string => {
    const recipient = conversationId.replace(/^a:/, '');
    perRecipient[recipient] = (perRecipient[recipient] ?? 0) + 1;
    counters.accepted += 1;
    const now = Date.now();
    firstAt ??= now;
    lastAt = now;
    const id = `act-${counters.accepted}`;
    const list = messages.get(recipient) ?? [];
    list.push(stored(activity, now * 1_000 + (counters.accepted % 1_000), now));
    messages.set(recipient, list);
    return id;
  };
  const world: TeamsWorld = {
    messagesTo: (aad) => messages.get(aad) ?? [],
    isInstalled: (aad) => !notInstalled.has(aad),
    install: (aad) => void notInstalled.delete(aad),
  };
  const graph = new TeamsGraph(world, options.graph);

  /**
   * Limits, then faults; returns true when the caller may go on. Every request counts against the
   * app; a message also against its conversation (`conversationId` null: createConversation).
   */
  const admit = (res: http.ServerResponse, conversationId: string | null): boolean => {
    const now = Date.now();
    let conv = conversationId === null ? null : conversations.get(conversationId);
    if (conversationId !== null && !conv) {
      conv = new WindowCounter(options.perConversation);
      conversations.set(conversationId, conv);
    }
    const appWait = app.admit(now);
    const convWait = appWait === 0 && conv ? conv.admit(now) : 0;
    const wait = Math.max(appWait, convWait);
    if (wait > 0) {
      counters.throttled += 1;
      send(res, 429, { error: { code: appWait > 0 ? 'AppThrottled' : 'ConversationThrottled', message: 'Too many requests' } }, {
        'retry-after': String(Math.max(1, Math.ceil(wait / 1000))),
      });
      return false;
    }
    return true;
  };

  const batch: BatchOps = startBatchOperations({ rps: options.batchRps ?? 50, deliver, isBlocked: (id) => blocked.has(id) || notInstalled.has(id) });

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const p = url.pathname;
      if (req.method === 'GET' && p === '/_stats') {
        return send(res, 200, { ...counters, perRecipient, firstAt, lastAt });
      }
      if (await graph.handle(req, res)) return;
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(p)) {
        const body = await readJson(req);
        const member = ((body.members as { id?: string }[] | undefined) ?? [])[0]?.id;
        if (!member) return send(res, 400, { error: { code: 'BadArgument', message: 'members required' } });
        if (notInstalled.has(member)) return send(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
        if (!admit(res, null)) return;
        counters.created += 1;
        return send(res, 201, { id: `a:${member}` });
      }
      const act = /^\/v3\/conversations\/([^/]+)\/activities(\/[^/]+)?$/.exec(p);
      if (req.method === 'POST' && act) {
        const conversationId = decodeURIComponent(act[1]!);
        const body = await readJson(req);
        const recipient = conversationId.replace(/^a:/, '');
        if (blocked.has(recipient)) return send(res, 403, { error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } });
        if (!admit(res, conversationId)) return;
        const roll = random();
        const timeoutRate = options.timeoutRate ?? 0;
        if (roll < timeoutRate) {
          counters.timeouts += 1;
          if (roll < timeoutRate / 2) deliver(conversationId, body);
          hanging.add(res);
          setTimeout(() => {
            hanging.delete(res);
            res.destroy();
          }, options.hangMs ?? 5_000).unref();
          return;
        }
        if (roll < timeoutRate + (options.serverErrorRate ?? 0)) {
          counters.serverErrors += 1;
          return send(res, 503, { error: { code: 'ServiceUnavailable', message: 'try again' } });
        }
        return send(res, 201, { id: deliver(conversationId, body) });
      }
      if (batch.handle(req.method ?? '', p, req, res, readJson, send)) return;
      send(res, 404, { error: { code: 'NotFound', message: p } });
    })().catch(() => send(res, 500, { error: { code: 'InternalServerError' } }));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    world,
    stats: () => ({ ...counters, perRecipient: { ...perRecipient }, firstAt, lastAt }),
    close: async () => {
      batch.stop();
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
