/**
 * The Teams corner of Microsoft Graph, answered from what the Bot Connector stand-in delivered:
 *   GET  /v1.0/users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{app}'
 *   GET  /v1.0/users/{id}/teamwork/installedApps/{installation id}/chat
 *   POST /v1.0/users/{id}/teamwork/installedApps   { "teamsApp@odata.bind": ".../appCatalogs/teamsApps/{app}" } → 201, 409 if installed
 *   GET  /v1.0/chats/{chat id}/messages?$top=…&$orderby=createdDateTime desc  (newest first, $top ≤ 50, @odata.nextLink)
 * in Graph's shapes: chat ids `19:{user}_{bot app}@unq.gbl.spaces` (not the connector's `a:…`),
 * bot messages `from.application`, cards as `attachments[].content` JSON strings, no channelData.
 * Every request needs `Authorization: Bearer …` (401 otherwise). `failMessagesWith` makes message
 * reads fail (e.g. 403 before Chat.Read.All is granted).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_TEAMS_APP_ID } from '../../bot/src/messaging/fanout-config.js';
import { readJson } from '../support/read-json.js';

export interface DeliveredMessage {
  /** Graph message id (epoch milliseconds and a sequence number). */
  readonly id: string;
  readonly createdAt: string;
  readonly text: string | null;
  readonly attachments: readonly { readonly contentType: string; readonly content: string }[];
}

/** What the connector stand-in knows: who has the app, what the bot delivered to whom. */
export interface TeamsWorld {
  messagesTo(aadObjectId: string): readonly DeliveredMessage[];
  isInstalled(aadObjectId: string): boolean;
  install(aadObjectId: string): void;
}

export interface TeamsGraphOptions {
  /** The app's catalog id (what FANOUT_TEAMS_APP_ID names). */
  readonly teamsAppId?: string;
  /** The bot's Entra app id, part of Graph's 1:1 chat ids. */
  readonly botAppId?: string;
  /** The one token accepted; absent = any bearer token. */
  readonly token?: string;
}

type Reply = { readonly status: number; readonly body?: unknown };

const GRAPH = 'https://graph.microsoft.com/v1.0';
const MAX_TOP = 50;
const error = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message, innerError: { 'request-id': 'fake' } } } });

export class TeamsGraph {
  readonly counts = { installedApps: 0, chat: 0, messages: 0, installs: 0, unauthorized: 0 };
  /** Answer every message read with this status (null = answer normally). */
  failMessagesWith: number | null = null;
  private readonly appId: string;
  private readonly botAppId: string;

  constructor(
    private readonly world: TeamsWorld,
    private readonly options: TeamsGraphOptions = {},
  ) {
    this.appId = options.teamsAppId ?? LOCAL_TEAMS_APP_ID;
    this.botAppId = options.botAppId ?? 'bot-app-id';
  }

  chatIdOf(aadObjectId: string): string {
    return `19:${aadObjectId}_${this.botAppId}@unq.gbl.spaces`;
  }

  /** Answers a /v1.0/ request; false when the path is not Graph's. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/v1.0/')) return false;
    const reply = this.authorized(req) ? await this.route(req.method ?? 'GET', url, req) : this.unauthorized();
    res.writeHead(reply.status, reply.body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    return true;
  }

  private authorized(req: IncomingMessage): boolean {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return Boolean(token) && (this.options.token === undefined || token === this.options.token);
  }

  private unauthorized(): Reply {
    this.counts.unauthorized += 1;
    return error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
  }

  private async route(method: string, url: URL, req: IncomingMessage): Promise<Reply> {
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    if (parts[0] === 'users' && parts[2] === 'teamwork' && parts[3] === 'installedApps') {
      const user = parts[1]!;
      if (parts.length === 4 && method === 'GET') return this.installations(user, url.searchParams);
      if (parts.length === 4 && method === 'POST') return this.installFor(user, await readJson(req));
      if (parts.length === 6 && parts[5] === 'chat' && method === 'GET') return this.chat(user, parts[4]!);
    }
    if (parts[0] === 'chats' && parts[2] === 'messages' && parts.length === 3 && method === 'GET') return this.messages(parts[1]!, url.searchParams);
    return error(404, 'NotFound', `${method} ${url.pathname}`);
  }

  private installationId(user: string): string {
    return Buffer.from(`${user}##${this.appId}`).toString('base64');
  }

  private installations(user: string, q: URLSearchParams): Reply {
    this.counts.installedApps += 1;
    const filter = q.get('$filter');
    const wanted = filter === null ? this.appId : /^teamsApp\/id eq '([^']+)'$/.exec(filter)?.[1];
    if (wanted === undefined) return error(400, 'BadRequest', `Invalid filter clause: ${filter}`);
    const expand = (q.get('$expand') ?? '').split(',');
    const app = { id: this.appId, externalId: 'manifest-id', displayName: 'Samen Verder', distributionMethod: 'organization' };
    const value = wanted === this.appId && this.world.isInstalled(user) ? [{ id: this.installationId(user), ...(expand.includes('teamsApp') ? { teamsApp: app } : {}) }] : [];
    return { status: 200, body: { '@odata.context': `${GRAPH}/$metadata#users('${user}')/teamwork/installedApps`, value } };
  }

  private chat(user: string, installation: string): Reply {
    this.counts.chat += 1;
    if (installation !== this.installationId(user) || !this.world.isInstalled(user)) return error(404, 'NotFound', 'installation not found');
    return { status: 200, body: { '@odata.context': `${GRAPH}/$metadata#chats/$entity`, id: this.chatIdOf(user), chatType: 'oneOnOne', topic: null } };
  }

  private installFor(user: string, body: Record<string, unknown>): Reply {
    const bind = String(body['teamsApp@odata.bind'] ?? '');
    if (!bind.endsWith(`/appCatalogs/teamsApps/${encodeURIComponent(this.appId)}`)) return error(404, 'NotFound', 'app not in the catalog');
    if (this.world.isInstalled(user)) return error(409, 'Conflict', 'App is already installed.');
    this.counts.installs += 1;
    this.world.install(user);
    return { status: 201 };
  }

  private messages(chatId: string, q: URLSearchParams): Reply {
    this.counts.messages += 1;
    if (this.failMessagesWith !== null) return error(this.failMessagesWith, 'Forbidden', 'Missing role permissions on the request.');
    const user = new RegExp(`^19:(.+)_${this.botAppId}@unq\\.gbl\\.spaces$`).exec(chatId)?.[1];
    if (!user || !this.world.isInstalled(user)) return error(404, 'NotFound', 'chat not found');
    const top = Number(q.get('$top') ?? 20);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return error(400, 'BadRequest', `$top must be 1..${MAX_TOP}`);
    const orderby = q.get('$orderby');
    if (orderby !== null && !/^(createdDateTime|lastModifiedDateTime) desc$/.test(orderby)) return error(400, 'BadRequest', 'Only descending order is supported.');
    const skip = Number(Buffer.from(q.get('$skiptoken') ?? '', 'base64').toString() || 0);
    const all = [...this.world.messagesTo(user)].reverse();
    const page = all.slice(skip, skip + top).map((m) => this.chatMessage(chatId, m));
    const next = skip + top < all.length ? { '@odata.nextLink': `${GRAPH}/chats/${encodeURIComponent(chatId)}/messages?$top=${top}&$skiptoken=${Buffer.from(String(skip + top)).toString('base64')}` } : {};
    return { status: 200, body: { '@odata.context': `${GRAPH}/$metadata#chats('${encodeURIComponent(chatId)}')/messages`, ...next, value: page } };
  }

  private chatMessage(chatId: string, m: DeliveredMessage) {
    const attachments = m.attachments.map((a, i) => ({ id: `${m.id}-${i}`, contentType: a.contentType, contentUrl: null, content: a.content, name: null, thumbnailUrl: null, teamsAppId: null }));
    return {
      id: m.id, replyToId: null, etag: m.id, messageType: 'message', createdDateTime: m.createdAt, lastModifiedDateTime: m.createdAt,
      lastEditedDateTime: null, deletedDateTime: null, subject: null, summary: null, chatId, importance: 'normal', locale: 'en-us', webUrl: null,
      channelIdentity: null, policyViolation: null, eventDetail: null,
      from: { device: null, user: null, application: { '@odata.type': '#microsoft.graph.teamworkApplicationIdentity', id: this.botAppId, displayName: 'Samen Verder', applicationIdentityType: 'bot' } },
      body: attachments.length > 0 ? { contentType: 'html', content: attachments.map((a) => `<attachment id="${a.id}"></attachment>`).join('') } : { contentType: 'text', content: m.text ?? '' },
      attachments, mentions: [], reactions: [], messageHistory: [],
    };
  }
}

/** The Teams Graph routes on their own loopback port (Graph's host is not the connector's). */
export const startTeamsGraph = async (world: TeamsWorld, options: TeamsGraphOptions = {}): Promise<{ url: string; graph: TeamsGraph; close(): Promise<void> }> => {
  const graph = new TeamsGraph(world, options);
  const server: Server = createServer((req, res) => {
    void graph.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound', message: req.url } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    graph,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
