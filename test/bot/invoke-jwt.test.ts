/**
 * A registered bot checks the Bot Connector's JWT on every card click, on the quick path before express
 * as on express's path: here against an OpenID configuration served locally (our own signing key,
 * endorsed for msteams, as Microsoft publishes theirs). A valid token gets the card; a token signed with
 * another key, for another bot, from another issuer, for another service URL, expired, or none at all
 * gets 401 on both paths and registers nobody (a bad signature too: botbuilder's own adapter answers
 * that one 500, see direct-invoke.ts).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../bot/src/server.js';
import { botEndpoint } from '../../bot/src/teams/index.js';
import { createAdapter, ReusingBotFrameworkAuthentication } from '../../bot/src/teams/adapter.js';
import { aMeeting, aSession } from '../../bot/src/store/contract/fixtures.js';
import { startHarness } from '../support/bot-harness.js';
import { postJson, type BodyFraming } from '../support/post-json.js';

const APP_ID = '00000000-0000-0000-0000-00000000b07d';
const ISSUER = 'https://api.botframework.test';

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));

const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const signing = keyPair();
const other = keyPair();
const jwk = signing.publicKey.export({ format: 'jwk' });
let openIdBase = '';
const openId = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (req.url === '/openid') res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${openIdBase}/keys` }));
  else res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'key-1', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
});
openIdBase = await listen(openId);

const harness = await startHarness({ LOAD_SAMPLE_DATA: 'false', BOT_ID: APP_ID, BOT_PASSWORD: 'not-used-in-this-test', BOT_TENANT_ID: '00000000-0000-0000-0000-0000000000aa' }, new Date('2026-11-25T10:00:00+01:00'));
const { deps } = harness.running;
const auth = new ReusingBotFrameworkAuthentication({
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-used-in-this-test',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
  MicrosoftAppType: 'SingleTenant',
  ToBotFromChannelOpenIdMetadataUrl: `${openIdBase}/openid`,
  ToBotFromChannelTokenIssuer: ISSUER,
  ToBotFromEmulatorOpenIdMetadataUrl: `${openIdBase}/openid`,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
});
const bot = createHttpServer(deps, botEndpoint(deps, { auth, adapter: createAdapter(deps.config, deps.logger, auth), messenger: harness.running.messenger }));
const botUrl = await listen(bot);
afterAll(async () => {
  await new Promise((resolve) => bot.close(resolve));
  await new Promise((resolve) => openId.close(resolve));
  await harness.close();
});

await deps.stores.meetings.upsert(aMeeting(1, { id: 'meeting-jwt', audience: { roles: [], sectors: [], schoolIds: [] }, sessions: [aSession(1, { sectors: [] })] }));

const click = (n: number) => {
  const user = { aadObjectId: `aad-jwt-${n}`, name: `Persoon ${n}`, conversationId: `personal-jwt-${n}` };
  const body = harness.invokeBody('rsvp.attend', { meetingId: 'meeting-jwt', sessionId: 'session-1' }, user);
  return { body, serviceUrl: (JSON.parse(body) as { serviceUrl: string }).serviceUrl };
};

const token = (serviceUrl: string, over: { key?: KeyObject; aud?: string; iss?: string; serviceurl?: string; expiresIn?: number } = {}) =>
  new SignJWT({ serviceurl: over.serviceurl ?? serviceUrl })
    .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
    .setIssuer(over.iss ?? ISSUER)
    .setAudience(over.aud ?? APP_ID)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (over.expiresIn ?? 300))
    .sign(over.key ?? signing.privateKey);

const post = async (body: string, authorization: string | null, how: BodyFraming) => {
  const res = await postJson(`${botUrl}/api/messages`, body, how, authorization ? { authorization } : {});
  const text = await res.text();
  return { status: res.status, type: text ? (JSON.parse(text) as { type?: string }).type : undefined };
};

describe('card clicks on a registered bot, with the Bot Connector’s JWT checked', () => {
  it('answers a validly signed click with the card, on both paths', async () => {
    for (const [n, how] of [[1, 'plain'], [2, 'chunked']] as const) {
      const { body, serviceUrl } = click(n);
      expect(await post(body, `Bearer ${await token(serviceUrl)}`, how)).toEqual({ status: 200, type: 'application/vnd.microsoft.card.adaptive' });
    }
    expect((await deps.stores.rsvps.forMeeting('meeting-jwt')).length).toBe(2);
  });

  it('answers 401 on both paths and registers nobody for a forged, misdirected, expired or missing token', async () => {
    const before = (await deps.stores.rsvps.forMeeting('meeting-jwt')).length;
    const cases: [string, (serviceUrl: string) => Promise<string | null>][] = [
      ['signed with another key', async (s) => `Bearer ${await token(s, { key: other.privateKey })}`],
      ['for another bot', async (s) => `Bearer ${await token(s, { aud: '00000000-0000-0000-0000-0000000000ff' })}`],
      ['from another issuer', async (s) => `Bearer ${await token(s, { iss: 'https://elders.test' })}`],
      ['for another service URL', async (s) => `Bearer ${await token(s, { serviceurl: 'https://elders.test/' })}`],
      ['expired', async (s) => `Bearer ${await token(s, { expiresIn: -3600 })}`],
      ['not a JWT', async () => 'Bearer not-a-token'],
      ['absent', async () => null],
    ];
    let n = 10;
    for (const [name, authorization] of cases) {
      for (const how of ['plain', 'chunked'] as const) {
        const { body, serviceUrl } = click(n++);
        expect((await post(body, await authorization(serviceUrl), how)).status, `${name}, ${how}`).toBe(401);
      }
    }
    expect((await deps.stores.rsvps.forMeeting('meeting-jwt')).length).toBe(before);
  });
});
