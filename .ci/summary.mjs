// Prints the closing line CI reads ("vitest: N passed, N failed, N skipped") from vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2).filter((f) => existsSync(f));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
