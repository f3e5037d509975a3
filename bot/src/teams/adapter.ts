/**
 * botbuilder lives only in bot/src/teams/ (it is archived; the Teams SDK replaces it later).
 * With no bot id configured (local mode) the adapter accepts the unauthenticated traffic of the
 * Microsoft 365 Agents Playground.
 */
import type { CloudAdapter, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import { botbuilder } from './botbuilder.js';
import type { Config } from '../config.js';
import type { Logger } from 'pino';
import { t } from '@samen/shared';

export const createAdapter = (config: Config, logger: Logger): CloudAdapter => {
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.bot
    ? {
        MicrosoftAppId: config.bot.id,
        MicrosoftAppPassword: config.bot.password,
        MicrosoftAppTenantId: config.bot.tenantId,
        MicrosoftAppType: config.bot.type,
      }
    : {};
  const adapter = new botbuilder.CloudAdapter(new botbuilder.ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = context.activity.id ?? 'unknown';
    logger.error({ err: { message: error.message, name: error.name }, correlationId, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') await context.sendActivity(t('bot:error'));
  };
  return adapter;
};
