import { afterEach, describe, expect, it } from 'vitest';
import { GraphAppInstaller } from '../../bot/src/graph/app-installer.js';
import { createGraphClient } from '../../bot/src/graph/client.js';
import { GraphDeliveryProbe } from '../../bot/src/graph/delivery-probe.js';
import { TeamsChatDirectory } from '../../bot/src/graph/teams-chat.js';
import { deliveryMarker } from '../../bot/src/messaging/delivery-marker.js';
import { startTeamsGraph, type DeliveredMessage, type TeamsWorld } from './teams-chats.js';

const APP = 'catalog-app-1';
const TOKEN = 'token-for-tests';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** A person's chat: `count` cards, the n-th (0 = oldest) stamped with key `k<n>`. */
const worldWith = (people: Record<string, number>, installed = Object.keys(people)): TeamsWorld & { readonly installedNow: Set<string> } => {
  const installedNow = new Set(installed);
  const chats = new Map<string, DeliveredMessage[]>(
    Object.entries(people).map(([aad, count]) => [
      aad,
      Array.from({ length: count }, (_, n) => ({
        id: String(1_700_000_000_000 + n),
        createdAt: new Date(1_700_000_000_000 + n).toISOString(),
        text: null,
        attachments: [{ contentType: ADAPTIVE, content: JSON.stringify({ type: 'AdaptiveCard', refresh: { action: { type: 'Action.Execute', id: deliveryMarker(`k${n}`) } } }) }],
      })),
    ]),
  );
  return { installedNow, messagesTo: (aad) => chats.get(aad) ?? [], isInstalled: (aad) => installedNow.has(aad), install: (aad) => void installedNow.add(aad) };
};

describe('reading the bot’s 1:1 chats through Graph', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  const start = async (world: TeamsWorld, token = TOKEN, maxPages = 4) => {
    const fake = await startTeamsGraph(world, { teamsAppId: APP, token: TOKEN });
    close = fake.close;
    const client = createGraphClient({ baseUrl: fake.url, token: async () => token, policy: { maxRetries: 0 } });
    const chats = new TeamsChatDirectory(client, APP);
    return { fake, client, probe: new GraphDeliveryProbe(client, chats, { maxPages, timeoutMs: 5_000 }) };
  };

  it('finds a card by its key among the newest messages, following @odata.nextLink', async () => {
    const { probe, fake } = await start(worldWith({ 'aad-1': 120 }));
    expect(await probe.probe('aad-1', 'k119')).toBe('delivered');
    expect(await probe.probe('aad-1', 'k30')).toBe('delivered');
    expect(await probe.probe('aad-1', 'k-never')).toBe('absent');
    // the chat id is looked up once per person
    expect(fake.graph.counts).toMatchObject({ installedApps: 1, chat: 1 });
  });

  it('reads only as many pages as configured', async () => {
    const { probe } = await start(worldWith({ 'aad-1': 120 }), TOKEN, 1);
    expect(await probe.probe('aad-1', 'k100')).toBe('delivered');
    expect(await probe.probe('aad-1', 'k30')).toBe('absent');
  });

  it('answers absent without reading messages for someone who does not have the app', async () => {
    const { probe, fake } = await start(worldWith({ 'aad-1': 3 }, []));
    expect(await probe.probe('aad-1', 'k1')).toBe('absent');
    expect(fake.graph.counts.messages).toBe(0);
  });

  it.each([
    ['Graph refuses the read (permission not granted)', 403],
    ['Graph fails', 500],
  ])('answers error, never a guess, when %s', async (_what, status) => {
    const { probe, fake } = await start(worldWith({ 'aad-1': 3 }));
    fake.graph.failMessagesWith = status;
    expect(await probe.probe('aad-1', 'k1')).toBe('error');
  });

  it('answers error when the token is refused', async () => {
    const { probe, fake } = await start(worldWith({ 'aad-1': 3 }), 'wrong');
    expect(await probe.probe('aad-1', 'k1')).toBe('error');
    expect(fake.graph.counts.unauthorized).toBe(1);
  });

  it('installs the app for a person once; a second time is "already installed" (409)', async () => {
    const world = worldWith({ 'aad-1': 0 }, []);
    const { client, fake } = await start(world);
    const installer = new GraphAppInstaller(client, APP, fake.url);
    expect(await installer.install('aad-1')).toEqual({ ok: true, already: false });
    expect(world.installedNow.has('aad-1')).toBe(true);
    expect(await installer.install('aad-1')).toEqual({ ok: true, already: true });
    expect(await new GraphAppInstaller(client, 'not-in-catalog', fake.url).install('aad-2')).toMatchObject({ ok: false, permanent: true });
  });
});
