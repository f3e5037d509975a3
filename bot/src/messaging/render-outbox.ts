/**
 * Turns an outbox item into the card the recipient sees, rendered at send time with current counts.
 * In a broadcast most recipients have not answered yet and see the same invitation: that card is
 * rendered once per meeting state (meeting version, RSVPs, minute, locale) and only its refresh
 * audience is set per person. Rendering dominated the sender's CPU (date formatting, i18n) at
 * 50 messages a second.
 */
import { BoundedMap } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import { withRefreshFor, type Reply } from '../conversation/replies.js';
import { renderForPerson } from '../conversation/meeting-cards.js';

/**
 * Cards rendered or being rendered, by meeting state; one per running sender (SenderRuntime.renderCache),
 * never module-wide. The render itself is kept, not only its result: the lanes of a sender that has just
 * (re)started all ask for the same card at once, and it is drawn once for all of them.
 */
export type RenderCache = BoundedMap<string, Promise<Reply | null>>;

export const newRenderCache = (): RenderCache => new BoundedMap<string, Promise<Reply | null>>(64);

const stateKey = async (deps: Deps, item: OutboxItem, personId: string, locale: string): Promise<string | null> => {
  if (item.kind !== 'invitation') return null;
  const [meeting, rsvps] = await Promise.all([deps.stores.meetings.get(item.meetingId), deps.stores.rsvps.forMeeting(item.meetingId)]);
  if (!meeting || meeting.organiserId === personId || rsvps.some((r) => r.personId === personId)) return null;
  const latest = rsvps.reduce((max, r) => (r.statusSince > max ? r.statusSince : max), '');
  const minute = Math.floor(deps.clock().getTime() / 60_000);
  return [meeting.id, meeting.version, rsvps.length, latest, minute, locale, JSON.stringify(item.payload ?? null)].join('|');
};

/**
 * Renders an item; with a cache, an invitation in an unchanged meeting state is drawn once for everyone.
 * A render that failed or gave nothing is not kept: whoever waited for it renders their own, as without a cache.
 */
export const renderOutboxItem = async (deps: Deps, item: OutboxItem, cache?: RenderCache): Promise<Reply | null> => {
  const person = await deps.stores.people.get(item.personId);
  if (!person) return null;
  const key = cache ? await stateKey(deps, item, person.id, person.locale) : null;
  // looked up and, if absent, claimed with no await in between: lanes resuming together share one render
  const pending = key ? cache?.get(key) : undefined;
  const shared = pending ? await pending.catch(() => null) : null;
  if (shared) return withRefreshFor(shared, person.id);
  const render = renderForPerson(deps, item, person);
  const forget = () => {
    if (key && cache?.get(key) === render) cache.delete(key);
  };
  if (key) cache?.set(key, render);
  const reply = await render.catch((e: unknown) => {
    forget();
    throw e;
  });
  if (!reply) forget();
  return reply ? withRefreshFor(reply, person.id) : null;
};
