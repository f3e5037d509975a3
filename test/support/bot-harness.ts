/**
 * Talks to the bot over the Bot Framework protocol, as the Agents Playground or Teams would:
 * activities are POSTed to /api/messages; replies arrive at a fake connector (serviceUrl) here.
 */
import express from 'express';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config.js';
import { start, type Running } from '../../bot/src/main.js';
import { sharePointEnv } from '../sharepoint/e2e-store.js';

export interface SentActivity {
  readonly conversationId: string;
  readonly type: string;
  readonly text?: string;
  readonly attachments?: { contentType: string; content?: unknown; name?: string; contentUrl?: string }[];
  /** Set when the activity replaced an earlier one (updateActivity). */
  readonly updated?: string;
}

export interface Harness {
  readonly running: Running;
  readonly sent: SentActivity[];
  /** Every card the bot produced: sent in chat and returned from invokes. */
  readonly cards: unknown[];
  /** Every log line the server wrote (none with the default LOG_LEVEL=silent), across restarts. */
  readonly logs: string[];
  say(text: string, user?: Partial<User>): Promise<SentActivity[]>;
  /** Clicks an Action.Execute button: returns the invoke response (status and body). */
  execute(verb: string, data: Record<string, unknown>, user?: Partial<User>): Promise<{ status: number; body: InvokeBody }>;
  /** Clicks the Action.Submit fallback of a card posted as `replyToId`. */
  submit(data: Record<string, unknown>, user?: Partial<User>, replyToId?: string): Promise<SentActivity[]>;
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown; replies: SentActivity[] }>;
  /** The JSON body `execute` would POST to /api/messages, for a client in another process (the RSVP storm). */
  invokeBody(verb: string, data: Record<string, unknown>, user?: Partial<User>): string;
  /** Moves the server's clock (the harness starts at `now`). */
  setNow(now: Date): void;
  /** Stops the server and starts a new one on the same data directory, as after a crash or deploy. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: Record<string, unknown>;
}

export interface User {
  readonly aadObjectId: string;
  readonly name: string;
  readonly conversationId: string;
}

export const PLAYGROUND_USER: User = {
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  name: 'Alex Wilber',
  conversationId: 'personal-alex',
};

/** What Teams sends around every activity from `user` (the Playground user by default) in their 1:1 chat. */
export const envelopeOf = (user: Partial<User>, id: string) => {
  const who = { ...PLAYGROUND_USER, ...user };
  return {
    id,
    locale: 'nl-NL',
    from: { id: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId, name: who.name },
    recipient: { id: '28:samen-verder', name: 'Samen Verder' },
    conversation: { id: who.conversationId, conversationType: 'personal', tenantId: 'local' },
  };
};

/** A click on an Action.Execute button: the invoke's own part, without the envelope. */
export const cardClick = (verb: string, data: Record<string, unknown>) => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

const listen = (app: express.Express): Promise<Server> =>
  new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });

const portOf = (server: Server): number => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

export const startHarness = async (env: Record<string, string> = {}, now?: Date): Promise<Harness> => {
  const sent: SentActivity[] = [];
  const cards: unknown[] = [];
  const connector = express();
  connector.use(express.json({ limit: '5mb' }));
  connector.post(/^\/v3\/conversations\/([^/]+)\/activities(\/.*)?$/, (req, res) => {
    const activity = { ...(req.body as object), conversationId: decodeURIComponent(String(req.params[0])) } as SentActivity;
    sent.push(activity);
    for (const a of activity.attachments ?? []) if (a.contentType === 'application/vnd.microsoft.card.adaptive') cards.push(a.content);
    res.json({ id: `reply-${sent.length}` });
  });
  connector.put(/^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/, (req, res) => {
    sent.push({ ...(req.body as object), conversationId: decodeURIComponent(String(req.params[0])), updated: String(req.params[1]) } as SentActivity);
    res.json({ id: String(req.params[1]) });
  });
  const connectorServer = await listen(connector);
  const serviceUrl = `http://127.0.0.1:${portOf(connectorServer)}/`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-verder-'));
  const store = await sharePointEnv();
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...store.env, ...env });
  let current = now ?? null;
  const clock = () => current ?? new Date();
  const logs: string[] = [];
  const logDestination = { write: (line: string) => void logs.push(line) };
  let running = await start(config, { background: false, clock, logDestination });
  let counter = 0;

  const bodyOf = (activity: Record<string, unknown>): string =>
    JSON.stringify({ channelId: 'msteams', serviceUrl, timestamp: new Date().toISOString(), ...activity });

  const send = async (activity: Record<string, unknown>) => {
    const before = sent.length;
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(activity),
    });
    const raw = await res.text();
    return { status: res.status, body: raw ? (JSON.parse(raw) as unknown) : null, replies: sent.slice(before) };
  };

  const envelope = (user: Partial<User>) => {
    counter += 1;
    return envelopeOf(user, `activity-${counter}`);
  };

  const say = async (text: string, user: Partial<User> = {}) =>
    (await send({ type: 'message', text, ...envelope(user) })).replies;

  const invoke = (verb: string, data: Record<string, unknown>, user: Partial<User>) => ({ ...cardClick(verb, data), ...envelope(user) });

  const execute = async (verb: string, data: Record<string, unknown>, user: Partial<User> = {}) => {
    const res = await send(invoke(verb, data, user));
    const body = res.body as InvokeBody;
    if (body?.type === 'application/vnd.microsoft.card.adaptive') cards.push(body.value);
    return { status: res.status, body };
  };

  const submit = async (data: Record<string, unknown>, user: Partial<User> = {}, replyToId = 'card-1') =>
    (await send({ type: 'message', value: data, replyToId, ...envelope(user) })).replies;

  return {
    get running() {
      return running;
    },
    sent,
    cards,
    logs,
    setNow: (next: Date) => {
      current = next;
    },
    restart: async () => {
      await running.stop();
      running = await start(config, { background: false, clock, logDestination });
    },
    say,
    execute,
    submit,
    send,
    invokeBody: (verb, data, user = {}) => bodyOf(invoke(verb, data, user)),
    close: async () => {
      await running.stop();
      await new Promise<void>((resolve) => connectorServer.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
