/**
 * Opens the SharePoint store: one Graph client, lists by the names in infra/sharepoint/lists.ts,
 * and a startup check that says in Dutch what is missing on the site.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Announcement, Clock, Id, Reflection, Survey, SurveyResponse } from '@samen/shared';
import { LISTS, listsOf, type ListKey } from '../../../../infra/sharepoint/lists.js';
import type { Sleep, ThrottlingPolicy } from '../../graph/throttling.js';
import type { Stores } from '../ports.js';
import { documentMapping, SharePointAnnouncementStore, SharePointSurveyStore } from './broadcast-stores.js';
import { SharePointMeetingStore, SharePointPersonStore, SharePointSchoolStore } from './directory-stores.js';
import { SharePointConversationStore, SharePointFrameworkStore } from './framework-conversation-stores.js';
import { GraphRequests } from './graph-requests.js';
import { ListClient } from './list-client.js';
import { meetingMapping, personMapping, reflectionMapping, rsvpMapping, schoolMapping } from './mappers.js';
import { MeetingLock } from './meeting-lock.js';
import { SharePointOutboxStore } from './outbox-store.js';
import { RecordList } from './record-list.js';
import { SharePointRsvpStore } from './rsvp-store.js';
import { SharePointNiveauStore, SharePointReflectionStore } from './school-data-stores.js';
import { checkSites, SharePointSetupError } from './startup-check.js';

export { SharePointSetupError };

export interface SharePointOptions {
  readonly client: Client;
  /** The partnership's site (Sites.Selected, app-only). */
  readonly siteId: string;
  /** A school's own site; schools without one keep their lists on the partnership's site. */
  readonly schoolSites?: Readonly<Record<Id, string>>;
  readonly clock?: Clock;
  /** Waits between retries (throttling, a taken lock); tests pass one that does not wait. */
  readonly sleep?: Sleep;
  readonly policy?: Partial<Omit<ThrottlingPolicy, 'sleep'>>;
  readonly pageSize?: number;
  /** Skips the startup check (the caller already ran it). */
  readonly skipCheck?: boolean;
}

export class SharePointStores implements Stores {
  readonly schools: SharePointSchoolStore;
  readonly people: SharePointPersonStore;
  readonly conversations: SharePointConversationStore;
  readonly meetings: SharePointMeetingStore;
  readonly rsvps: SharePointRsvpStore;
  readonly niveaus: SharePointNiveauStore;
  readonly frameworks: SharePointFrameworkStore;
  readonly reflections: SharePointReflectionStore;
  readonly outbox: SharePointOutboxStore;
  readonly announcements: SharePointAnnouncementStore;
  readonly surveys: SharePointSurveyStore;

  constructor(options: SharePointOptions) {
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const clock = options.clock ?? (() => new Date());
    const graph = new GraphRequests(options.client, { ...options.policy, sleep });
    const central = (key: ListKey) => new ListClient(graph, options.siteId, LISTS[key].name, options.pageSize);
    const schoolSite = (schoolId: Id) => options.schoolSites?.[schoolId] ?? options.siteId;
    const onSchoolSite = (key: ListKey) => (schoolId: Id) => new ListClient(graph, schoolSite(schoolId), LISTS[key].name, options.pageSize);
    const reflectionsOf = onSchoolSite('reflections');
    this.schools = new SharePointSchoolStore(new RecordList(central('schools'), schoolMapping));
    this.people = new SharePointPersonStore(new RecordList(central('people'), personMapping));
    this.conversations = new SharePointConversationStore(central('conversations'));
    this.meetings = new SharePointMeetingStore(new RecordList(central('meetings'), meetingMapping));
    const lock = new MeetingLock(central('rsvpLocks'), { clock, sleep, holderId: randomUUID() });
    this.rsvps = new SharePointRsvpStore(new RecordList(central('rsvps'), rsvpMapping), lock, graph);
    this.niveaus = new SharePointNiveauStore(onSchoolSite('niveaus'));
    this.frameworks = new SharePointFrameworkStore(central('frameworks'));
    this.reflections = new SharePointReflectionStore((id) => new RecordList<Reflection>(reflectionsOf(id), reflectionMapping), central('reflectionStatus'));
    this.outbox = new SharePointOutboxStore(central('outbox'), graph, clock);
    this.announcements = new SharePointAnnouncementStore(
      new RecordList(central('announcements'), documentMapping<Announcement>()),
      central('announcementRecipients'),
      central('acknowledgements'),
      graph,
    );
    this.surveys = new SharePointSurveyStore(
      new RecordList(central('surveys'), documentMapping<Survey>()),
      new RecordList(central('surveyResponses'), documentMapping<SurveyResponse>()),
      central('surveyMarkers'),
    );
  }

  async close(): Promise<void> {}
}

export const openSharePointStores = async (options: SharePointOptions): Promise<SharePointStores> => {
  if (!options.skipCheck) {
    const schoolSites = [...new Set(Object.values(options.schoolSites ?? {}))];
    await checkSites(options.client, [
      { siteId: options.siteId, lists: [...listsOf('central'), ...listsOf('school')].map((l) => l.name) },
      ...schoolSites.map((siteId) => ({ siteId, lists: listsOf('school').map((l) => l.name) })),
    ]);
  }
  return new SharePointStores(options);
};
