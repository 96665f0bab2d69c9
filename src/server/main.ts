// `npm run class`: builds the game if dist/ lacks it, then starts the class server on a SQLite file
// under data/ (or DATABASE_URL), and prints the address students and the teacher open.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startClassServer } from './classServer';
import { lanAddress } from './lan';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = process.env.CLASS_DIST ?? `${root}dist`;
const port = Number(process.env.PORT ?? 2567);

if (!process.env.CLASS_DIST && (!existsSync(`${dist}/index.html`) || process.env.CLASS_REBUILD === '1')) {
  console.log('Building the game (first run)...');
  execSync('npm run build', { stdio: 'inherit', cwd: root });
}

const lan = lanAddress();
const server = await startClassServer({
  port, sqlitePath: process.env.CLASS_DB ?? `${root}data/class.sqlite`, databaseUrl: process.env.DATABASE_URL,
  redisUrl: process.env.REDIS_URL, distDir: dist, ...(process.env.PUBLIC_BASE ? { publicBase: process.env.PUBLIC_BASE } : {}),
});
console.log(`Class server on ${server.publicBase} (${process.env.DATABASE_URL ? 'PostgreSQL' : `SQLite ${process.env.CLASS_DB ?? 'data/class.sqlite'}`})`);
if (!lan) console.log('No local network found: only this computer can reach the server.');
console.log(`Teacher: open ${server.publicBase}/teacher.html to create a class`);
console.log(`Students: open ${server.publicBase}/join.html and type their seat code`);
console.log('Ctrl+C stops the server; every acknowledged move is already on disk.');
const stop = (): void => { void server.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
