/** Test-only: the infrastructure a test's hand-built Deps needs besides config, stores, clock and ids. */
import { NO_COORDINATOR_GROUP } from './auth/coordinators.js';
import type { Deps } from './deps.js';

export const TEST_INFRA: Pick<Deps, 'coordinatorGroup' | 'secrets'> = {
  coordinatorGroup: NO_COORDINATOR_GROUP,
  secrets: { surveyMarker: 'test-only-survey-marker-key-0123456789abcdef' },
};
