// npm test: builds the client if the browser tests would otherwise have nothing to load,
// runs every suite with vitest against real PostgreSQL, and ends with the line CI reads:
//   tests: N passed, N failed
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

if (!existsSync(path.join(root, 'dist/client/index.html'))) {
  console.log('[tests] building the client for the browser tests …');
  const build = spawnSync('npm', ['run', '--silent', 'build:client'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const reportDir = mkdtempSync(path.join(tmpdir(), 'liaison-report-'));
const report = path.join(reportDir, 'vitest.json');
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let summary = 'tests: 0 passed, 1 failed (vitest wrote no report)';
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = result.numPendingTests + result.numTodoTests;
  // A file that fails to load has no tests in it but must still count as a failure.
  const brokenFiles = result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  summary = `tests: ${result.numPassedTests} passed, ${result.numFailedTests + brokenFiles} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
rmSync(reportDir, { recursive: true, force: true });
console.log(summary);
process.exit(run.status ?? 1);
