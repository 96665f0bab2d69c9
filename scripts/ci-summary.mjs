// Reads Vitest's JSON reports and prints the ten slowest test files of each, then the closing
// "N passed, N failed" line CI reads. A file that failed to load counts as one failure; a file whose
// tests failed is counted by its tests. A missing report is a failure. Exits 1 if anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) { console.error(`missing report: ${path}`); failed += 1; continue; }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  const files = report.testResults ?? [];
  failed += files.filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed')).length;
  const slowest = files
    .map((f) => ({ name: relative(process.cwd(), f.name).replace(/^(\.\.\/)+.*?\/tests\//, 'tests/'), s: (f.endTime - f.startTime) / 1000 }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 10);
  console.log(`ten slowest files in ${path}:`);
  for (const f of slowest) console.log(`${f.s.toFixed(1).padStart(8)} s  ${f.name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
