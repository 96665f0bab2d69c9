// Starts a class server: the store, Colyseus (rooms, matchmaking; Redis presence and driver when
// REDIS_URL is set, so several processes share the classes), the HTTP side, and every open class's
// rooms reopened from the store.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { LocalDriver, LocalPresence, type MatchMakerDriver, type Presence, Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { DASHBOARD_ROOM, GROUP_ROOM } from '../net/protocol';
import { setContext } from './context';
import { DashboardRoom } from './dashboardRoom';
import { GroupRoom } from './groupRoom';
import { httpHandler, openRooms } from './http';
import { lanAddress } from './lan';
import { openStorage } from './storage';
import { loadRules } from '../match/rules';

export interface ClassServerOptions {
  port: number;
  host?: string;
  sqlitePath: string;
  databaseUrl?: string;
  redisUrl?: string;
  distDir: string;
  /** The address printed and put in links; by default the LAN address and the port. */
  publicBase?: string;
}

/** The largest WebSocket frame the server accepts at all; room messages have their own, lower limit. */
const MAX_FRAME = 1024 * 1024;

export interface RunningServer { port: number; publicBase: string; close(): Promise<void> }

export async function startClassServer(o: ClassServerOptions): Promise<RunningServer> {
  await loadRules(); // the rooms' matches apply commands (src/match/rules.ts)
  const storage = await openStorage(resolve(o.sqlitePath), o.databaseUrl);
  const publicBase = o.publicBase ?? `http://${lanAddress() ?? '127.0.0.1'}:${o.port}`;
  setContext({ storage, publicBase, exports: new Map() });
  const http = createServer(httpHandler(resolve(o.distDir)));
  let presence: Presence = new LocalPresence();
  let driver: MatchMakerDriver = new LocalDriver();
  if (o.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(o.redisUrl);
    driver = new RedisDriver(o.redisUrl);
  }
  // Every group room of a class listens on the class's control channel: 40 listeners are expected.
  (presence as unknown as { subscriptions?: { setMaxListeners(n: number): void } }).subscriptions?.setMaxListeners(0);
  const server = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME }),
    presence, driver, greet: false, gracefullyShutdown: false,
    // Across processes the matchmaker must know where each one listens.
    ...(o.redisUrl ? { publicAddress: new URL(publicBase).host, selectProcessIdToCreateRoom: spreadGroups } : {}),
  });
  server.define(GROUP_ROOM, GroupRoom);
  server.define(DASHBOARD_ROOM, DashboardRoom);
  await server.listen(o.port, o.host ?? '0.0.0.0');
  for (const c of await storage.openClasses(new Date().toISOString())) await openRooms(c.id, c.settings.groups);
  return {
    port: o.port, publicBase,
    async close() {
      await server.gracefullyShutdown(false);
      await storage.close();
    },
  };
}

/**
 * Which process creates a room: group g goes to the g-th live process in turn (the matchmaker's
 * default, the fewest rooms, reads counts saved once a second, so a class made at once would land in one).
 */
async function spreadGroups(_name: string, options: { group?: number }): Promise<string> {
  const ids = (await matchMaker.stats.fetchAll()).map((p) => p.processId).sort();
  if (ids.length === 0) return matchMaker.processId;
  return ids[(options.group ?? 0) % ids.length]!;
}
