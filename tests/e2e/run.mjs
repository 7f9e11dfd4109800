// Runs every tests/e2e/*.test.mjs with node's built-in test runner, one file
// at a time (each file launches its own chromium; two at once on a 2-core
// machine with software WebGL would only make both slow and flaky).
//
//   node tests/e2e/run.mjs                 all files
//   node tests/e2e/run.mjs shell           only files whose name contains "shell"
//
// Exits with the test runner's exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);

const files = fs
  .readdirSync(HERE)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort()
  .map((f) => path.join(HERE, f));

if (files.length === 0) {
  console.error(`run.mjs: no test files in ${HERE}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  cwd: path.resolve(HERE, '..', '..'),
});
// Pass Ctrl-C / a CI stop on to the runner, which then stops its files.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
