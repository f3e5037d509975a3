/**
 * A card click (an Action.Execute: `adaptiveCard/action` invoke) answered without botbuilder's turn
 * machinery. The request is authenticated exactly as CloudAdapter does it (the same
 * BotFrameworkAuthentication: the Bot Connector's JWT in production, none in local mode), then the
 * bot's card handler runs on the activity and its answer is the HTTP response, as botbuilder would
 * write it. What botbuilder adds for such a turn — a TurnContext, middleware, the handler chain, zod
 * checks of the response object — cost about 1 ms of CPU per click under a 200-click storm. Anything
 * else (messages, other invokes, a click with an unexpected shape) goes through the adapter.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Activity, AdaptiveCardInvokeValue } from 'botbuilder';
import type { Logger } from 'pino';
import type { ReusingBotFrameworkAuthentication } from './adapter.js';
import type { SamenVerderBot } from './bot.js';

type CardExecute = Activity & { readonly value: AdaptiveCardInvokeValue };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** An Action.Execute invoke carrying everything the direct path reads. */
export const isCardExecute = (body: unknown): body is CardExecute => {
  if (!isObject(body) || body.type !== 'invoke' || body.name !== 'adaptiveCard/action') return false;
  const { value, from, conversation } = body;
  return (
    isObject(value) &&
    isObject(value.action) &&
    value.action.type === 'Action.Execute' &&
    isObject(from) &&
    typeof from.id === 'string' &&
    isObject(conversation) &&
    typeof conversation.id === 'string' &&
    typeof body.serviceUrl === 'string' &&
    typeof body.channelId === 'string'
  );
};

/** What jsonwebtoken throws for a token that fails its own checks (a bad signature, a malformed token). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder answers a request it could not authenticate 401, any other failure 500. A token with a
 * bad signature reaches us as jsonwebtoken's own error, which botbuilder's adapter answers 500: here it
 * is refused 401 as well.
 */
const isAuthenticationError = (e: unknown): boolean =>
  e instanceof Error && (typeof (e as { statusCode?: unknown }).statusCode === 'number' || TOKEN_ERRORS.has(e.name));

/** Answers a card click given its parsed body and the request's headers, on the plain Node response. */
export const answerCardExecute = async (
  auth: ReusingBotFrameworkAuthentication,
  bot: SamenVerderBot,
  logger: Logger,
  activity: CardExecute,
  headers: IncomingHttpHeaders,
  res: ServerResponse,
): Promise<void> => {
  const header = headers.authorization ?? '';
  try {
    const authenticated = await auth.authenticateRequest(activity, header);
    if (authenticated.callerId) activity.callerId = authenticated.callerId;
    // A person who cannot be resolved gets the reason in the invoke's error answer itself.
    const response = await bot.cardInvoke(activity, activity.value, async () => undefined);
    // Written as is: express's send would hash the card for an ETag no Teams client asks for.
    const body = JSON.stringify(response);
    res.writeHead(response.statusCode, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (e) {
    const status = isAuthenticationError(e) ? 401 : 500;
    logger.error({ err: { message: (e as Error).message, name: (e as Error).name }, correlationId: activity.id ?? 'unknown', status }, 'card invoke failed');
    res.writeHead(status).end();
  }
};
