// The teacher's page of a class on the network (teacher.html, served by the class server). Without a
// key: the form that creates a class, then its link, QR code and seat codes. With #class=ID&key=KEY
// (the dashboard link): the dashboard, which opens only with that class's teacher key.
import '../../ui/zodNoEval';
import '../../ui/review/review.css';
import '../../ui/classnet/classnet.css';
import { type ClassCreated, type CreateClass, type DashboardState, type Exported, type ReviewReply, SERVER, type ServerError, type TeacherMessage, type WatchFrame } from '../../net/protocol';
import { SCENARIO_IDS, builtinScenario } from '../../scenarios';
import { el } from '../../ui/dom';
import { classCodes } from '../../ui/classnet/classCodes';
import { createClassForm } from '../../ui/classnet/createForm';
import { Dashboard } from '../../ui/classnet/dashboard';
import { ClassTable, checkGroup, loadScenarioTexts } from '../../ui/classroom/classTable';
import { reviewLink } from '../../ui/classroom/links';
import { TEST_HOOKS } from '../testHooks';
import { api, client, joinFailure } from '../classnet/server';
import { WatchView } from './watch';
import { t } from '../../i18n/messages';
import { classFieldText } from '../../text/classFieldText';
import { serverErrorText } from '../../text/serverErrorText';
import { chooseLanguage } from '../../ui/language';
import { loadRules } from '../../match/rules';


/** What the end-to-end tests read (window.__teacher, in dev and test builds only). */
export interface TeacherHooks { state: DashboardState | null; finished: () => number; exported: Exported | null; watching: () => WatchFrame | null }
declare global {
  interface Window { __teacher?: TeacherHooks }
}

const root = document.getElementById('class-root')!;
const scenarios = SCENARIO_IDS.map((id) => builtinScenario(id)!);
const hooks: TeacherHooks = { state: null, finished: () => 0, exported: null, watching: () => null };
if (TEST_HOOKS) window.__teacher = hooks;

function alert(message: string): HTMLElement {
  return el('div', { role: 'alert', class: 'class-alert', 'data-testid': 'teacher-error' }, el('p', {}, message));
}

function createPage(): void {
  document.title = t().class_create_title({ title: document.title });
  const main = el('main', { class: 'review' }, el('header', { class: 'review-header' }, el('h1', {}, t().class_network_title()),
    el('p', { class: 'subtitle' }, t().class_network_subtitle())));
  const form = createClassForm(scenarios, (c: CreateClass) => void create(c));
  main.append(form.root);
  root.replaceChildren(main);
  async function create(c: CreateClass): Promise<void> {
    const r = await api<ClassCreated>('/api/classes', c);
    if (!r.ok) return form.fail(r.error.field ? classFieldText({ ...r.error, field: r.error.field }) : serverErrorText(r.error));
    const scenario = builtinScenario(c.scenario) ?? scenarios[0]!;
    main.replaceChildren(classCodes(scenario, { title: c.title, ...r.value }));
  }
}

async function dashboardPage(classId: string, teacherKey: string): Promise<void> {
  document.title = t().class_dashboard_title({ title: document.title });
  const found = await api<{ roomId: string }>('/api/dashboard', { classId, teacherKey });
  if (!found.ok) return void root.replaceChildren(alert(t().class_dashboard_refused({ error: serverErrorText(found.error) })));
  let room;
  try {
    room = await client().joinById(found.value.roomId, { classId, teacherKey });
  } catch (e) {
    return void root.replaceChildren(alert(t().class_dashboard_refused({ error: serverErrorText(joinFailure(e)) })));
  }
  const send = <K extends keyof TeacherMessage>(type: K, message: TeacherMessage[K]): void => room.send(type, message);
  const table = new ClassTable({ files: false });
  hooks.finished = () => table.rows.length;
  /** Groups whose finished game is in the class table (or asked for). */
  const tabled = new Set<number>();
  /** Groups whose review the teacher asked for (the rest of the review replies fill the table only). */
  const reviewAsked = new Set<number>();
  let dashboard: Dashboard | undefined;
  let watch: WatchView | undefined;
  room.onMessage(SERVER.dashboard, (state: DashboardState) => {
    hooks.state = state;
    const scenario = builtinScenario(state.scenario) ?? scenarios[0]!;
    if (!dashboard) {
      dashboard = new Dashboard(scenario, {
        send,
        watch: (group) => {
          watch ??= new WatchView(scenario, () => send('unwatch', {}), (g, incident, finding) => send('ruling', { group: g, incident, finding }));
          hooks.watching = () => watch?.frame ?? null;
          watch.open(group);
          send('watch', { group });
        },
        review: (group) => { reviewAsked.add(group); send('review', { group }); },
      }, table.root);
      root.replaceChildren(dashboard.root);
      setInterval(() => dashboard?.tick(), 1000);
    }
    dashboard.render(state);
    // The class table fills itself: each group's game is added once it is over (every game, once the class is).
    for (const r of state.rows) {
      if ((r.status !== 'over' && !state.over) || tabled.has(r.group)) continue;
      tabled.add(r.group);
      send('review', { group: r.group });
    }
  });
  room.onMessage(SERVER.watch, (frame: WatchFrame) => watch?.show(frame));
  room.onMessage(SERVER.review, (reply: ReviewReply) => {
    const finished = hooks.state?.over || hooks.state?.rows.find((r) => r.group === reply.group)?.status === 'over';
    if (finished && tabled.has(reply.group) && !table.rows.some((r) => r.name === t().class_group({ group: reply.group }))) {
      table.show(checkGroup(t().class_group({ group: reply.group }), JSON.stringify(reply.replay)));
    }
    if (!reviewAsked.delete(reply.group)) return;
    dashboard?.status.replaceChildren(el('p', {}, `${t().class_group_review({ group: reply.group })} `,
      el('a', { href: reviewLink(reply.replay), target: '_blank', rel: 'noopener', 'data-testid': `review-link-${reply.group}` }, t().class_open_review()),
      ` ${t().class_commands_so_far({ count: reply.replay.commands.length })}`));
  });
  room.onMessage(SERVER.exported, (x: Exported) => {
    hooks.exported = x;
    dashboard?.status.replaceChildren(el('p', {}, `${t().class_exported()} `,
      el('a', { href: x.csvUrl, download: 'class-results.csv', 'data-testid': 'export-csv' }, t().class_export_csv()), ' · ',
      el('a', { href: x.zipUrl, download: 'class-replays.zip', 'data-testid': 'export-zip' }, t().class_export_zip()),
      `. ${t().class_export_note()}`));
  });
  room.onMessage(SERVER.error, (e: ServerError) => (e.group === undefined ? dashboard?.say(t().class_refused({ error: serverErrorText(e) }))
    : dashboard?.refused(e.group, t().class_refused_group({ group: e.group, error: serverErrorText(e) }))));
  room.onMessage(SERVER.ended, () => dashboard?.say(t().class_ended_by_teacher()));
  room.onMessage(SERVER.pong, () => {});
  room.onLeave((code) => { if (code !== 1000) dashboard?.say(t().class_connection_lost()); });
}

const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
const classId = fragment.get('class');
const key = fragment.get('key');
// The language first: every panel speaks it (src/ui/language.ts). The command rules with it: the
// class's games are replayed (src/match/rules.ts).
await Promise.all([chooseLanguage(), loadRules()]);
// The built-in scenarios' injects and decision points in that language (nothing to load in English).
await loadScenarioTexts();
document.title = t().class_teacher_page_title();
if (classId && key) void dashboardPage(classId, key);
else createPage();
