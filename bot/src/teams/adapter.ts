/**
 * botbuilder lives only in bot/src/teams/ (it is archived; the Teams SDK replaces it later).
 * With no bot id configured (local mode) the adapter accepts the unauthenticated traffic of the
 * Microsoft 365 Agents Playground.
 */
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import { botbuilder } from './botbuilder.js';
import type { Config } from '../config.js';
import type { Logger } from 'pino';
import { t } from '@samen/shared';

type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type Factory = NonNullable<Authenticated['connectorFactory']>;
type Claims = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type Connector = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Up to `size` values by key, the oldest dropped first; a failed promise is not kept. */
class Kept<T> {
  private readonly values = new Map<string, Promise<T>>();

  constructor(private readonly size: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.values.get(key);
    if (known) return known;
    const made = make();
    made.catch(() => this.values.delete(key));
    this.values.set(key, made);
    if (this.values.size > this.size) this.values.delete(this.values.keys().next().value as string);
    return made;
  }
}

/** The bot's app id in an activity's claims, as botbuilder reads it (audience, else appid; none in local mode). */
const appIdOf = (claims: Claims): string => claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

/**
 * botbuilder builds a Bot Connector client and a user-token client (Azure request pipelines, about
 * 0.2 ms of CPU) for every activity, used or not: an invoke is answered in the HTTP response. They
 * depend only on the app's credentials, the service URL and the audience, so they are made once per
 * key and reused (the credentials cache their own tokens), as botbuilder's BotFrameworkAdapter did.
 */
export class ReusingBotFrameworkAuthentication extends botbuilder.ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Kept<Connector>(64);
  private readonly tokenClients = new Kept<TokenClient>(8);

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): Promise<Authenticated> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) } : result;
  }

  override createConnectorFactory(claims: Claims): Factory {
    return this.reusing(super.createConnectorFactory(claims), appIdOf(claims));
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return this.tokenClients.get(appIdOf(claims), () => super.createUserTokenClient(claims));
  }

  private reusing(factory: Factory, appId: string): Factory {
    return { create: (serviceUrl: string, audience?: string) => this.connectors.get(`${appId}|${serviceUrl}|${audience ?? ''}`, () => factory.create(serviceUrl, audience)) };
  }
}

/** How requests are authenticated and clients made: from the bot registration, or none in local mode. */
export const botAuthentication = (config: Config): ReusingBotFrameworkAuthentication => {
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.bot
    ? {
        MicrosoftAppId: config.bot.id,
        MicrosoftAppPassword: config.bot.password,
        MicrosoftAppTenantId: config.bot.tenantId,
        MicrosoftAppType: config.bot.type,
      }
    : {};
  return new ReusingBotFrameworkAuthentication(options);
};

export const createAdapter = (config: Config, logger: Logger, auth: ReusingBotFrameworkAuthentication = botAuthentication(config)): CloudAdapter => {
  const adapter = new botbuilder.CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = context.activity.id ?? 'unknown';
    logger.error({ err: { message: error.message, name: error.name }, correlationId, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') await context.sendActivity(t('bot:error'));
  };
  return adapter;
};
