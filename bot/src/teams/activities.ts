import type { Activity, Attachment } from 'botbuilder';
import { botbuilder } from './botbuilder.js';
import type { Reply } from '../conversation/replies.js';

const { ActivityTypes, CardFactory } = botbuilder;

/** One Reply → one Teams activity. */
export const toActivity = (reply: Reply): Partial<Activity> => {
  if (reply.type === 'text') return { type: ActivityTypes.Message, text: reply.text, textFormat: 'markdown' };
  if (reply.type === 'card') return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(reply.card)] };
  const attachment: Attachment = {
    name: reply.name,
    contentType: reply.contentType,
    contentUrl: `data:${reply.contentType};base64,${Buffer.from(reply.content, 'utf8').toString('base64')}`,
  };
  return { type: ActivityTypes.Message, attachments: [attachment] };
};
