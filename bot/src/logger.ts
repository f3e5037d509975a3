import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON, one line per event. Log ids, never names, e-mails or typed text (AVG). */
export const createLogger = (config: Pick<Config, 'logLevel'>): Logger =>
  pino({ level: config.logLevel, base: { app: 'samen-verder' }, redact: ['req.headers.authorization'] });
