// The class server's HTTP side: creating a class, finding a code's room, the teacher's door to the
// dashboard, the exports, and the built game (dist/) as static files. Colyseus handles /matchmake.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { z } from 'zod';
import {
  type ClassCreated, type SeatLookup, type ServerError, createClassSchema, dashboardJoinSchema, normaliseCode,
} from '../net/protocol';
import { DASHBOARD_ROOM, GROUP_ROOM } from '../net/protocol';
import { dashboardRoomId, groupRoomId, newClass } from './classes';
import { isSeatCodeShape, keyHash } from './codes';
import { context } from './context';
import { classCsv, classZip } from './exportClass';
import { zodProblem } from './zodProblem';

const MAX_BODY = 64 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, status: number, error: ServerError): void => send(res, status, error);

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too_large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Creates the rooms of a class that no process holds (on creation, and after a restart). */
export async function openRooms(classId: string, groups: number): Promise<void> {
  const have = new Set((await matchMaker.query({})).map((r) => r.roomId));
  if (!have.has(dashboardRoomId(classId))) await matchMaker.createRoom(DASHBOARD_ROOM, { classId });
  for (let g = 1; g <= groups; g++) if (!have.has(groupRoomId(classId, g))) await matchMaker.createRoom(GROUP_ROOM, { classId, group: g });
}

export function httpHandler(distDir: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res, distDir).catch((e: Error) => fail(res, 500, { code: 'server_error', message: e.message }));
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, distDir: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname.startsWith('/api/')) {
    if (req.method === 'POST') {
      let body: unknown;
      try {
        body = await readJson(req);
      } catch (e) {
        if ((e as Error).message === 'too_large') return fail(res, 413, { code: 'message_too_large', message: `a request may be at most ${MAX_BODY} bytes` });
        return fail(res, 400, { code: 'malformed_message', message: 'the body is not JSON' });
      }
      if (url.pathname === '/api/classes') return createClass(res, body);
      if (url.pathname === '/api/seat') return seat(res, body);
      if (url.pathname === '/api/dashboard') return dashboard(res, body);
    }
    const exp = /^\/api\/export\/([0-9a-f]{32})\.(csv|zip)$/.exec(url.pathname);
    if (req.method === 'GET' && exp) return exportFile(res, exp[1]!, exp[2] as 'csv' | 'zip');
    return fail(res, 404, { code: 'malformed_message', message: `no such request: ${req.method} ${url.pathname}` });
  }
  serveStatic(res, distDir, url.pathname);
}

async function createClass(res: ServerResponse, body: unknown): Promise<void> {
  const m = createClassSchema.safeParse(body);
  if (!m.success) return fail(res, 400, { code: 'malformed_message', ...zodProblem(m.error) });
  const made = newClass(m.data, new Date());
  if (!made.ok) return fail(res, 400, { code: 'malformed_message', field: made.field, message: made.message, problem: made.problem });
  const { storage, publicBase } = context();
  await storage.createClass(made.record);
  await openRooms(made.record.id, made.record.settings.groups);
  const answer: ClassCreated = {
    classId: made.record.id, teacherKey: made.teacherKey, codes: made.record.codes, expiresAt: made.record.expiresAt,
    joinUrl: `${publicBase}/join.html`,
    dashboardUrl: `${publicBase}/teacher.html#class=${made.record.id}&key=${made.teacherKey}`,
  };
  send(res, 201, answer);
}

const codeBody = z.strictObject({ code: z.string().min(1).max(32) });

async function seat(res: ServerResponse, body: unknown): Promise<void> {
  const m = codeBody.safeParse(body);
  if (!m.success) return fail(res, 400, { code: 'malformed_message', ...zodProblem(m.error) });
  const code = normaliseCode(m.data.code);
  const { storage } = context();
  const ref = isSeatCodeShape(code) ? await storage.seatByCode(code) : null;
  if (!ref) return fail(res, 404, { code: 'unknown_code', message: 'no seat has this code: check it with your teacher' });
  const record = await storage.classById(ref.classId);
  if (!record || record.endedAt !== null || Date.parse(record.expiresAt) <= Date.now()) {
    return fail(res, 410, { code: 'code_expired', message: 'this class has ended: the code no longer opens a seat' });
  }
  const answer: SeatLookup = { roomId: groupRoomId(ref.classId, ref.group), group: ref.group, seat: ref.seat, classId: ref.classId };
  send(res, 200, answer);
}

async function dashboard(res: ServerResponse, body: unknown): Promise<void> {
  const m = dashboardJoinSchema.safeParse(body);
  const record = m.success ? await context().storage.classById(m.data.classId) : null;
  if (!m.success || !record || keyHash(m.data.teacherKey) !== record.teacherKeyHash) {
    return fail(res, 403, { code: 'not_teacher', message: 'this is not the teacher key of this class' });
  }
  send(res, 200, { roomId: dashboardRoomId(record.id) });
}

async function exportFile(res: ServerResponse, token: string, kind: 'csv' | 'zip'): Promise<void> {
  const { exports, storage } = context();
  const t = exports.get(token);
  if (!t || t.until < Date.now()) return fail(res, 410, { code: 'code_expired', message: 'this export link has expired: export again' });
  const record = await storage.classById(t.classId);
  if (!record) return fail(res, 404, { code: 'unknown_group', message: 'the class is gone' });
  const name = `class-${record.id}`;
  if (kind === 'csv') {
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
    res.end(await classCsv(storage, record));
  } else {
    const zip = await classZip(storage, record);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${name}-replays.zip"`, 'content-length': zip.byteLength });
    res.end(Buffer.from(zip));
  }
}

function serveStatic(res: ServerResponse, distDir: string, pathname: string): void {
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    rel = '';
  }
  if (rel === '' || rel.endsWith(sep)) rel = join(rel, 'index.html');
  const file = join(distDir, rel);
  if (!file.startsWith(distDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}
