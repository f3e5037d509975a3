/**
 * Opens the SharePoint store: one Graph client, lists by the names in infra/sharepoint/lists.ts,
 * and a startup check that says in Dutch what is missing on the site.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Announcement, Clock, Id, Reflection, Sop, Survey, SurveyResponse } from '@samen/shared';
import { LISTS, listsOf, type ListKey } from '../../../../infra/sharepoint/lists.js';
import type { Sleep, ThrottlingPolicy } from '../../graph/throttling.js';
import type { SignedInUser, Stores } from '../ports.js';
import { documentMapping, SharePointAnnouncementStore, SharePointSurveyStore } from './broadcast-stores.js';
import { SharePointMeetingStore, SharePointPersonStore, SharePointSchoolStore } from './directory-stores.js';
import { SharePointConversationStore, SharePointFrameworkStore } from './framework-conversation-stores.js';
import { SharePointNiveauTemplateStore } from './niveau-template-store.js';
import { GraphRequests } from './graph-requests.js';
import { ListClient } from './list-client.js';
import { meetingMapping, personMapping, reflectionMapping, rsvpMapping, schoolMapping } from './mappers.js';
import { MeetingLock } from './meeting-lock.js';
import type { RecentOptions } from './recent-records.js';
import { SharePointOutboxStore } from './outbox-store.js';
import { RecordList } from './record-list.js';
import { SharePointRsvpStore } from './rsvp-store.js';
import { SharePointFormsImportStore } from './forms-import-store.js';
import { SharePointRetentionStore } from './retention-store.js';
import { registrantMapping, SharePointRegistrantStore } from './registrant-store.js';
import { SharePointErasureLog, SharePointPersonDataStore } from './person-data-store.js';
import { SharePointNiveauStore, SharePointReflectionStore } from './school-data-stores.js';
import { SharePointSopStore, sopMapping } from './sop-store.js';
import { SharePointReflectionDeadlineStore } from './reflection-deadline-store.js';
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
  /**
   * A Graph client acting for one signed-in user (on-behalf-of), for the schools' own sites. When
   * given, the tab reaches a school's niveau-overzicht and reflections with the user's own
   * permissions (`asUser`); the app's client then never needs access to a school site.
   */
  readonly delegated?: (user: SignedInUser) => Client;
  /** How long and how many schools and people are remembered (recent-records.ts); `ttlMs: 0` turns it off. */
  readonly directoryCache?: RecentOptions;
}

export class SharePointStores implements Stores {
  readonly schools: SharePointSchoolStore;
  readonly people: SharePointPersonStore;
  readonly conversations: SharePointConversationStore;
  readonly meetings: SharePointMeetingStore;
  readonly rsvps: SharePointRsvpStore;
  readonly niveaus!: SharePointNiveauStore;
  readonly frameworks: SharePointFrameworkStore;
  readonly niveauTemplates: SharePointNiveauTemplateStore;
  readonly reflections!: SharePointReflectionStore;
  readonly sops!: SharePointSopStore;
  readonly retention: SharePointRetentionStore;
  readonly outbox: SharePointOutboxStore;
  readonly announcements: SharePointAnnouncementStore;
  readonly surveys: SharePointSurveyStore;
  readonly formsImports: SharePointFormsImportStore;
  readonly registrants: SharePointRegistrantStore;
  readonly reflectionDeadlines: SharePointReflectionDeadlineStore;
  readonly personData: SharePointPersonDataStore;
  readonly erasures: SharePointErasureLog;

  private readonly graph: GraphRequests;

  constructor(private readonly options: SharePointOptions) {
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const clock = options.clock ?? (() => new Date());
    const graph = new GraphRequests(options.client, { ...options.policy, sleep });
    this.graph = graph;
    const central = (key: ListKey) => new ListClient(graph, options.siteId, LISTS[key].name, options.pageSize);
    this.schools = new SharePointSchoolStore(new RecordList(central('schools'), schoolMapping), options.directoryCache);
    this.people = new SharePointPersonStore(new RecordList(central('people'), personMapping), options.directoryCache);
    this.conversations = new SharePointConversationStore(central('conversations'));
    this.meetings = new SharePointMeetingStore(new RecordList(central('meetings'), meetingMapping));
    const lock = new MeetingLock(central('rsvpLocks'), { clock, sleep, holderId: randomUUID() }, graph);
    this.rsvps = new SharePointRsvpStore(new RecordList(central('rsvps'), rsvpMapping), lock, graph);
    ({ niveaus: this.niveaus, reflections: this.reflections, sops: this.sops } = this.schoolData(graph));
    this.frameworks = new SharePointFrameworkStore(central('frameworks'));
    this.niveauTemplates = new SharePointNiveauTemplateStore(central('niveauTemplates'));
    this.reflectionDeadlines = new SharePointReflectionDeadlineStore(central('reflectionDeadlines'), central('reflectionProgress'));
    this.outbox = new SharePointOutboxStore(central('outbox'), graph, clock);
    this.formsImports = new SharePointFormsImportStore(central('formsImportRows'), central('formsImportRuns'), graph);
    this.retention = new SharePointRetentionStore(central('retentionRuns'));
    this.registrants = new SharePointRegistrantStore(new RecordList(central('registrants'), registrantMapping));
    this.announcements = new SharePointAnnouncementStore(
      new RecordList(central('announcements'), documentMapping<Announcement>()),
      central('announcementRecipients'),
      central('acknowledgements'),
      graph,
    );
    const surveyResponses = new RecordList(central('surveyResponses'), documentMapping<SurveyResponse>());
    this.surveys = new SharePointSurveyStore(new RecordList(central('surveys'), documentMapping<Survey>()), surveyResponses, central('surveyMarkers'));
    // School documents on every site the app itself may reach: with delegated access, only the partnership's.
    const appSites = [...new Set([options.siteId, ...(options.delegated ? [] : Object.values(options.schoolSites ?? {}))])];
    const schoolLists = (['niveaus', 'reflections', 'sops'] as const).map((key) => ({ key, record: key === 'niveaus' ? ('niveau' as const) : key === 'reflections' ? ('reflection' as const) : ('sop' as const) }));
    this.personData = new SharePointPersonDataStore({
      people: new RecordList(central('people'), personMapping),
      registrants: new RecordList(central('registrants'), registrantMapping),
      rsvps: new RecordList(central('rsvps'), rsvpMapping),
      surveyResponses,
      conversations: central('conversations'),
      outbox: central('outbox'),
      recipients: central('announcementRecipients'),
      acknowledgements: central('acknowledgements'),
      niveauTemplates: central('niveauTemplates'),
      reflectionDeadlines: central('reflectionDeadlines'),
      reflectionStatus: central('reflectionStatus'),
      sopStatus: central('sopStatus'),
      formResponses: central('formResponses'),
      schoolDocuments: () => appSites.flatMap((site) => schoolLists.map(({ key, record }) => ({ record, list: new ListClient(graph, site, LISTS[key].name, options.pageSize) }))),
      forget: (id) => this.people.forget(id),
    });
    this.erasures = new SharePointErasureLog(central('erasures'));
  }

  /**
   * The same stores, but a school's own lists are read and written with the user's delegated
   * token: SharePoint answers 403 for a school site the user has no access to (AUTH.FORBIDDEN).
   * The partnership-site mirrors (statuses, shared copies) are still written by the app.
   */
  asUser(user: SignedInUser): Stores {
    const { delegated } = this.options;
    if (!delegated) return this;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const asUser = new GraphRequests(delegated(user), { ...this.options.policy, sleep });
    return Object.assign(Object.create(this) as this, this.schoolData(asUser));
  }

  /** Niveau-overzicht and reflections: on the school's site with `schoolGraph`, mirrors with the app's. */
  private schoolData(schoolGraph: GraphRequests): Pick<SharePointStores, 'niveaus' | 'reflections' | 'sops'> {
    const { siteId, schoolSites, pageSize } = this.options;
    const central = (key: ListKey) => new ListClient(this.graph, siteId, LISTS[key].name, pageSize);
    const onSchoolSite = (key: ListKey) => (schoolId: Id) => new ListClient(schoolGraph, schoolSites?.[schoolId] ?? siteId, LISTS[key].name, pageSize);
    const reflectionsOf = onSchoolSite('reflections');
    const sopsOf = onSchoolSite('sops');
    return {
      niveaus: new SharePointNiveauStore(onSchoolSite('niveaus'), central('niveauStatus')),
      reflections: new SharePointReflectionStore((id) => new RecordList<Reflection>(reflectionsOf(id), reflectionMapping), central('reflectionStatus')),
      sops: new SharePointSopStore((id) => new RecordList<Sop>(sopsOf(id), sopMapping), central('sopStatus')),
    };
  }

  async close(): Promise<void> {}
}

export const openSharePointStores = async (options: SharePointOptions): Promise<SharePointStores> => {
  if (!options.skipCheck) {
    // With delegated access the app has no rights on a school's own site (Sites.Selected covers the
    // partnership's site only), so those lists are checked by the provisioning, not at startup.
    const schoolSites = options.delegated ? [] : [...new Set(Object.values(options.schoolSites ?? {}))];
    await checkSites(options.client, [
      { siteId: options.siteId, lists: [...listsOf('central'), ...listsOf('school')] },
      ...schoolSites.map((siteId) => ({ siteId, lists: listsOf('school') })),
    ]);
  }
  return new SharePointStores(options);
};
