/** Measures Teams' batch API (sendMessageToListOfUsers) against the stand-in, delivering at `rps`. */
import pino from 'pino';
import { loadConfig } from '../../bot/src/config.js';
import { createAdapter } from '../../bot/src/teams/adapter.js';
import { sendToListOfUsers } from '../../bot/src/teams/batch-sender.js';
import { startStandin } from '../connector-standin/standin.js';
import { aadOf, TENANT } from '../fanout/seed.js';

export const measureBatch = async (recipients: number, rps: number) => {
  const standin = await startStandin({ perConversation: [{ limit: 7, ms: 1_000 }], perApp: [{ limit: rps, ms: 1_000 }], batchRps: rps, blocked: [aadOf(7)] });
  const adapter = createAdapter(loadConfig({ LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  const ids = Array.from({ length: recipients }, (_, i) => aadOf(i + 1));
  const started = Date.now();
  const outcome = await sendToListOfUsers(
    adapter, '',
    { channelId: 'msteams', serviceUrl: standin.url, conversation: { id: `a:${aadOf(1)}`, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: '28:bot', name: 'bot' }, user: { id: aadOf(1), name: '' } },
    { type: 'message', text: 'Uitnodiging' }, TENANT, ids, 250,
  );
  const elapsed = (Date.now() - started) / 1000;
  const stats = standin.stats();
  await standin.close();
  const seconds = ((stats.lastAt ?? 0) - (stats.firstAt ?? 0)) / 1000;
  const achieved = seconds > 0 ? (stats.accepted - 1) / seconds : 0;
  const counts = ids.map((id) => stats.perRecipient[id] ?? 0);
  return {
    recipients,
    allowed_rps: rps,
    achieved_rps: Math.round(achieved * 100) / 100,
    ratio: Math.round((achieved / rps) * 1000) / 1000,
    duplicates: counts.filter((c) => c > 1).length,
    lost: counts.filter((c) => c === 0).length - outcome.failed.length,
    failed_reported: outcome.failed.length,
    our_requests: outcome.requests,
    completed_after_s: Math.round(elapsed * 10) / 10,
  };
};
