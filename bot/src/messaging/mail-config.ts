/**
 * E-mail settings, validated with the rest of the config (config.ts spreads `mailEnv` into its
 * schema). Without MAIL_SENDER the app mails nobody: the local stand-in keeps each mail as a .eml
 * file under DATA_DIR/mail/. With it, mail goes out through Graph sendMail from that one shared
 * mailbox (docs/deploy.md: Mail.Send, scoped to the mailbox with Exchange RBAC for Applications).
 */
import { z } from 'zod';
import type { AppCredentials } from '../graph/app-credential.js';
import { graphCredentialsOf, MISSING_CREDENTIALS, withoutTrailingSlash, type GraphEnv } from '../graph/graph-config.js';

export const mailEnv = {
  /** The shared mailbox mail is sent from (its address or user id); absent = local stand-in. */
  MAIL_SENDER: z.email({ message: 'MAIL_SENDER moet een e-mailadres zijn, bijvoorbeeld bijeenkomsten@swv.example' }).optional(),
  /** Keep a copy in the mailbox's Sent Items (default: no, fewer copies of outsiders' addresses). */
  MAIL_SAVE_TO_SENT_ITEMS: z.enum(['true', 'false'], { message: 'MAIL_SAVE_TO_SENT_ITEMS moet true of false zijn' }).default('false'),
};

export interface MailConfig {
  readonly sender: string;
  readonly graphBaseUrl: string;
  /** null: a loopback Graph stand-in that takes any token. */
  readonly credentials: AppCredentials | null;
  readonly saveToSentItems: boolean;
}

type MailEnv = GraphEnv & { readonly MAIL_SENDER?: string | undefined; readonly MAIL_SAVE_TO_SENT_ITEMS: 'true' | 'false' };

/** The mail settings, null without MAIL_SENDER, or the Dutch problem when Graph cannot be signed in to. */
export const mailFrom = (e: MailEnv): MailConfig | null | { readonly problem: string } => {
  if (!e.MAIL_SENDER) return null;
  const graphBaseUrl = withoutTrailingSlash(e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com');
  const credentials = graphCredentialsOf(e, graphBaseUrl);
  if (credentials === 'missing') return { problem: `Ongeldige configuratie voor MAIL_SENDER:\n${MISSING_CREDENTIALS}` };
  return { sender: e.MAIL_SENDER, graphBaseUrl, credentials, saveToSentItems: e.MAIL_SAVE_TO_SENT_ITEMS === 'true' };
};
