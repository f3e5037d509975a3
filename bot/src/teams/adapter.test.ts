import { describe, expect, it } from 'vitest';
import { ReusingBotFrameworkAuthentication } from './adapter.js';

const activity = (serviceUrl: string) => ({ type: 'invoke', channelId: 'msteams', serviceUrl }) as never;

describe('ReusingBotFrameworkAuthentication', () => {
  it('makes the Bot Connector client once per service URL and audience, not once per activity', async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const clientFor = async (serviceUrl: string) => {
      const authenticated = await auth.authenticateRequest(activity(serviceUrl), '');
      return authenticated.connectorFactory!.create(serviceUrl, authenticated.audience);
    };
    const first = await clientFor('https://smba.trafficmanager.net/emea/');
    expect(await clientFor('https://smba.trafficmanager.net/emea/')).toBe(first);
    const other = await clientFor('https://smba.trafficmanager.net/amer/');
    expect(other).not.toBe(first);
  });

  it('keeps one user-token client for the app, also for proactive turns', async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const { claimsIdentity } = await auth.authenticateRequest(activity('https://smba.trafficmanager.net/emea/'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
    const factory = auth.createConnectorFactory(claimsIdentity);
    expect(await factory.create('https://x.example/', undefined)).toBe(await auth.createConnectorFactory(claimsIdentity).create('https://x.example/', undefined));
  });
});
