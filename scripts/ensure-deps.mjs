// Runs before `npm test` and `npm run dev`: installs the dependencies on a fresh clone, so each of
// the README's commands works on its own. Does nothing once node_modules is in place.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/.bin/vitest', import.meta.url))) {
  console.log('Installing dependencies (first run)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
