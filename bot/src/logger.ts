import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Structured JSON, one line per event. Log ids, never names, e-mails or typed text (AVG); checked by
 * test/bot/log-privacy.test.ts over whole scenarios. `destination`: where lines go (default stdout; tests capture them).
 */
export const createLogger = (config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger => {
  const options = { level: config.logLevel, base: { app: 'samen-verder' }, redact: ['req.headers.authorization'] };
  return destination ? pino(options, destination) : pino(options);
};
