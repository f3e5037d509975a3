/** Test-only: the infrastructure a test's hand-built Deps needs besides config, stores, clock and ids. */
import { NO_COORDINATOR_GROUP } from './auth/coordinators.js';
import type { Person } from '@samen/shared';
import type { Deps } from './deps.js';
import { SAMPLE_COORDINATOR_AAD_ID } from './sample/ids.js';

export const TEST_INFRA: Pick<Deps, 'coordinatorGroup' | 'secrets' | 'formsImporter'> = {
  coordinatorGroup: NO_COORDINATOR_GROUP,
  formsImporter: null,
  secrets: { surveyMarker: 'test-only-survey-marker-key-0123456789abcdef' },
};

/**
 * A coördinator as local-mode config knows one (the sample coördinator's Entra id), for tests that call a
 * use case the policy reserves for coördinatoren. Not stored anywhere: the policy asks config, not the store.
 */
export const TEST_COORDINATOR: Person = {
  id: 'test-coordinator',
  aadObjectId: SAMPLE_COORDINATOR_AAD_ID,
  name: 'Coördinator (test)',
  email: 'coordinator@swv.example',
  schoolIds: [],
  roles: ['swv-medewerker'],
  locale: 'nl',
  version: '1',
};
