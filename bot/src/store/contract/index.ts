/**
 * The one contract every store adapter passes. Run it from a test file:
 *   runStoresContract('sqlite (memory)', () => openSqliteStores({ memory: true }));
 * `makeStores` must give a fresh, empty store each time.
 */
import { describe } from 'vitest';
import { runDirectoryContract } from './directory-contract.js';
import { runFormsImportStoreContract } from './forms-import-contract.js';
import type { MakeStores } from './fixtures.js';
import { runNiveauTemplateStoreContract } from './niveau-template-contract.js';
import { runOutboxRecordContract, runOutboxStoreContract } from './outbox-contract.js';
import { runPersonDataStoreContract } from './person-data-contract.js';
import { runRegistrantStoreContract } from './registrant-contract.js';
import { runReflectionDeadlineStoreContract } from './reflection-deadline-contract.js';
import { runRsvpStoreContract } from './rsvp-contract.js';
import { runRetentionContract } from './retention-contract.js';
import { runSopStoreContract } from './sop-contract.js';
import {
  runFrameworkStoreContract,
  runNiveauStoreContract,
  runReflectionOldDataContract,
  runReflectionStoreContract,
  type MakeStoresWithOld,
  type OldReflection,
} from './school-data-contract.js';

export type { MakeStores } from './fixtures.js';
export { runDirectoryContract, runFrameworkStoreContract, runNiveauStoreContract, runOutboxRecordContract, runOutboxStoreContract };
export { runFormsImportStoreContract, runReflectionStoreContract, runRegistrantStoreContract, runRsvpStoreContract };
export { runNiveauTemplateStoreContract, runRetentionContract, runPersonDataStoreContract, runReflectionOldDataContract, type MakeStoresWithOld, type OldReflection };

export const runStoresContract = (name: string, makeStores: MakeStores): void => {
  describe(`store contract: ${name}`, () => {
    runDirectoryContract(makeStores);
    runRsvpStoreContract(makeStores);
    runNiveauStoreContract(makeStores);
    runFrameworkStoreContract(makeStores);
    runNiveauTemplateStoreContract(makeStores);
    runReflectionStoreContract(makeStores);
    runSopStoreContract(makeStores);
    runOutboxStoreContract(makeStores);
    runFormsImportStoreContract(makeStores);
    runRegistrantStoreContract(makeStores);
    runReflectionDeadlineStoreContract(makeStores);
    runRetentionContract(makeStores);
    runPersonDataStoreContract(makeStores);
  });
};
