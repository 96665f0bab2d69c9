// The teacher's room, one per class: opens with the class's teacher key only. It gathers every
// group's row from the presence channel (the groups may run in other processes), relays the
// teacher's actions to the groups, keeps the class clock, and answers review and export from the store.
import { type Client, ServerError } from '@colyseus/core';
import {
  type DashboardRow, type DashboardState, SERVER, TEACHER, type TeacherMessage, dashboardJoinSchema, teacherSchemas,
} from '../net/protocol';
import { type ControlNote, type RefusedNote, type RowNote, type WatchNote, controlChannel, refusedChannel, rowsChannel, watchChannel } from './channels';
import { dashboardRoomId } from './classes';
import { keyHash, newId } from './codes';
import { context } from './context';
import { classReplay } from './exportClass';
import { GuardedRoom } from './guardedRoom';
import type { ClassRecord } from './storage';
import { zodProblem } from './zodProblem';

/** The dashboard is sent at most this often (ms): a class of 30 groups changes many times a second. */
const FEED_MS = 250;
const EXPORT_TOKEN_MS = 10 * 60_000;

export class DashboardRoom extends GuardedRoom {
  private record!: ClassRecord;
  private readonly rows = new Map<number, DashboardRow>();
  private watching = new Map<Client, number>();
  private feedTimer: ReturnType<typeof setTimeout> | null = null;
  private clockTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly onRow = (note: RowNote): void => { this.rows.set(note.row.group, note.row); this.feed(); };
  private readonly onWatch = (frame: WatchNote): void => {
    for (const [client, group] of this.watching) if (group === frame.group) client.send(SERVER.watch, frame);
  };
  // Every teacher client of the class is told: the one who acted may have several tabs.
  private readonly onRefused = (note: RefusedNote): void => { this.broadcast(SERVER.error, note.error); };

  override async onCreate(options: { classId: string }): Promise<void> {
    const record = await context().storage.classById(options.classId);
    if (!record) throw new Error(`no class ${options.classId}`);
    this.record = record;
    this.roomId = dashboardRoomId(record.id);
    this.autoDispose = false;
    await this.setMetadata({ classId: record.id });
    await this.presence.subscribe(rowsChannel(record.id), this.onRow);
    await this.presence.subscribe(watchChannel(record.id), this.onWatch);
    await this.presence.subscribe(refusedChannel(record.id), this.onRefused);
    for (const [type, schema] of Object.entries(teacherSchemas) as [keyof TeacherMessage, (typeof teacherSchemas)[keyof TeacherMessage]][]) {
      this.onMessage(type, (client, message) => {
        const m = schema.safeParse(message);
        if (!m.success) return this.sendError(client, { code: 'malformed_message', ...zodProblem(m.error) });
        void this.teacher(client, type, m.data as never).catch((e: Error) => this.sendError(client, { code: 'server_error', message: e.message }));
      });
    }
    this.onMessage('*', (client, type) => this.sendError(client, { code: 'malformed_message', message: `unknown message type ${JSON.stringify(type)}` }));
    this.armClock();
    this.publish({ action: 'hello' });
  }

  override async onAuth(_client: Client, options: unknown): Promise<true> {
    const m = dashboardJoinSchema.safeParse(options);
    if (!m.success || m.data.classId !== this.record.id || keyHash(m.data.teacherKey) !== this.record.teacherKeyHash) {
      throw new ServerError(403, 'not_teacher: this is not the teacher key of this class');
    }
    return true;
  }

  override onJoin(client: Client): void {
    client.send(SERVER.dashboard, this.snapshot());
  }

  override onLeave(client: Client): void {
    this.watching.delete(client);
    this.updateWatch();
  }

  override async onDispose(): Promise<void> {
    if (this.feedTimer) clearTimeout(this.feedTimer);
    if (this.clockTimer) clearTimeout(this.clockTimer);
    await this.presence.unsubscribe(rowsChannel(this.record.id), this.onRow);
    await this.presence.unsubscribe(watchChannel(this.record.id), this.onWatch);
    await this.presence.unsubscribe(refusedChannel(this.record.id), this.onRefused);
  }

  private publish(note: ControlNote): void {
    void this.presence.publish(controlChannel(this.record.id), note);
  }

  private async teacher<K extends keyof TeacherMessage>(client: Client, type: K, m: TeacherMessage[K]): Promise<void> {
    const msg = m as TeacherMessage[keyof TeacherMessage];
    switch (type) {
      case TEACHER.inject: { const x = msg as TeacherMessage['inject']; return this.publish({ action: 'inject', group: x.group, inject: x.inject }); }
      case TEACHER.ruling: {
        const x = msg as TeacherMessage['ruling'];
        if (x.group > this.record.settings.groups) return this.sendError(client, { code: 'unknown_group', message: `no group ${x.group} to rule in: this class has ${this.record.settings.groups} groups` });
        return this.publish({ action: 'ruling', group: x.group, incident: x.incident, finding: x.finding });
      }
      case TEACHER.pause: case TEACHER.resume: return this.publish({ action: type, group: (msg as TeacherMessage['pause']).group });
      case TEACHER.phaseTimer: { const x = msg as TeacherMessage['phase_timer']; return this.publish({ action: 'phase_timer', group: x.group, seconds: x.seconds }); }
      case TEACHER.classClock: {
        const x = msg as TeacherMessage['class_clock'];
        this.record = { ...this.record, clock: { endsAt: x.endsAt, afterTurn: x.afterTurn } };
        await context().storage.updateClass(this.record.id, { clock: this.record.clock });
        this.publish({ action: 'clock', afterTurn: x.afterTurn });
        this.armClock();
        return this.feed();
      }
      case TEACHER.watch: this.watching.set(client, (msg as TeacherMessage['watch']).group); return this.updateWatch();
      case TEACHER.unwatch: this.watching.delete(client); return this.updateWatch();
      case TEACHER.review: {
        const group = (msg as TeacherMessage['review']).group;
        if (group > this.record.settings.groups) return this.sendError(client, { code: 'unknown_group', message: `this class has ${this.record.settings.groups} groups` });
        client.send(SERVER.review, { group, replay: await classReplay(context().storage, this.record, group) });
        return;
      }
      case TEACHER.export: {
        const token = newId(16);
        context().exports.set(token, { classId: this.record.id, until: Date.now() + EXPORT_TOKEN_MS });
        client.send(SERVER.exported, { csvUrl: `/api/export/${token}.csv`, zipUrl: `/api/export/${token}.zip` });
        return;
      }
      case TEACHER.endClass: {
        const endedAt = new Date().toISOString();
        this.record = { ...this.record, endedAt };
        await context().storage.updateClass(this.record.id, { endedAt });
        this.publish({ action: 'stop', reason: 'the teacher ended the class' });
        this.broadcast(SERVER.ended, { reason: 'the teacher ended the class', by: 'teacher' });
        return this.feed();
      }
    }
  }

  private updateWatch(): void {
    const groups = new Set(this.watching.values());
    // One watched group at a time per class: the last one asked for.
    const last = [...groups].pop() ?? null;
    this.publish({ action: 'watch', group: last });
  }

  /** The class clock's time: when it comes, every group stops. */
  private armClock(): void {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.clockTimer = null;
    const at = this.record.clock.endsAt;
    if (!at) return;
    const wait = Date.parse(at) - Date.now();
    const fire = (): void => { this.publish({ action: 'stop', reason: `the class ended at ${at}` }); };
    if (wait <= 0) fire();
    else this.clockTimer = setTimeout(fire, Math.min(wait, 2 ** 31 - 1));
  }

  private feed(): void {
    if (this.feedTimer) return;
    this.feedTimer = setTimeout(() => {
      this.feedTimer = null;
      this.broadcast(SERVER.dashboard, this.snapshot());
    }, FEED_MS);
  }

  snapshot(): DashboardState {
    const s = this.record.settings;
    return {
      classId: this.record.id, title: s.title, scenario: s.scenario, groups: s.groups, clock: this.record.clock,
      rows: [...this.rows.values()].sort((a, b) => a.group - b.group), codes: this.record.codes,
      expiresAt: this.record.expiresAt, over: this.record.endedAt !== null,
    };
  }
}
