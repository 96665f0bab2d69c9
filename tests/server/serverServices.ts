// Throwaway PostgreSQL and Redis servers from Debian's packages for the server tests, on 127.0.0.1
// in a temporary folder; null when the package is not installed, unless REQUIRE_SERVICES is set
// (.ci/run installs both and sets it, so CI cannot pass by skipping them).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { freePort, tempDir, waitFor } from './serverHarness';

export interface Service { url: string; stop(): void }

function missing(what: string): null {
  if (process.env.REQUIRE_SERVICES) throw new Error(`${what} is not installed (REQUIRE_SERVICES is set; .ci/run installs it with apt-get)`);
  return null;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const v = readdirSync(root).sort().pop();
  return v && existsSync(`${root}/${v}/bin/initdb`) ? `${root}/${v}/bin` : null;
}

/** As root, PostgreSQL runs as the postgres user. */
function asPostgres(cmd: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
}

export async function startPostgres(): Promise<Service | null> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => undefined };
  const bin = pgBin();
  if (!bin) return missing('PostgreSQL (/usr/lib/postgresql/*/bin/initdb)');
  const dir = tempDir();
  chmodSync(dir, 0o777);
  const data = `${dir}/data`;
  const port = await freePort();
  const run = (cmd: string, args: string[]): void => { const [c, ...a] = asPostgres(cmd, args); execFileSync(c!, a, { stdio: 'ignore' }); };
  run(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(`${bin}/pg_ctl`, ['-D', data, '-l', `${dir}/log`, '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => { try { run(`${bin}/pg_ctl`, ['-D', data, '-m', 'immediate', 'stop']); } catch { /* already down */ } },
  };
}

export async function startRedis(): Promise<Service | null> {
  if (process.env.TEST_REDIS_URL) return { url: process.env.TEST_REDIS_URL, stop: () => undefined };
  if (!existsSync('/usr/bin/redis-server')) return missing('Redis (/usr/bin/redis-server)');
  const port = await freePort();
  const proc = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  await waitFor(() => /Ready to accept connections/.test(out) || proc.exitCode !== null, () => `redis: ${out}`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => { proc.kill('SIGKILL'); } };
}
