// Runs before `npm test`, `npm run typecheck` and `npm start`: installs the dependencies on a fresh
// clone, so each of the README's commands works on its own, and compiles the messages when
// messages/*.json changed (src/i18n/paraglide/ is generated and not kept in git).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/.bin/vitest', import.meta.url))) {
  console.log('Installing dependencies (first run)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}

// Imported only now: on a fresh clone the compiler is not there until `npm ci` has run.
const { compileMessages } = await import('./i18n.mjs');
try {
  await compileMessages();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
