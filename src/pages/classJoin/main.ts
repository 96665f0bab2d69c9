// The student's page of a class on the network (join.html, served by the class server): the seat code
// (or, after a reload, the seat this tab held), then the game over the network: the usual map, side
// panel and hotline, fed by a NetSession. ?code=… fills the code in. Test hooks as on the game page.
import '../../ui/zodNoEval';
import '../../ui/style.css';
import '../../ui/exercise/exercise.css';
import '../../ui/classnet/classnet.css';
import type { SeatAssignment, SeatDelivery } from '../../net/protocol';
import { NetSession } from '../../presenter/netSession';
import { Controller } from '../../presenter/controller';
import { builtinScenario } from '../../scenarios';
import type { RendererChoice } from '../../scenes/startGame';
import { HotlinePanel } from '../../ui/hotline/panel';
import { Hud } from '../../ui/hud';
import { showResult } from '../../ui/resultPanel';
import { StrikeWarningDialog } from '../../ui/strikeWarning';
import { joinForm } from '../../ui/classnet/joinForm';
import { SeatBanner } from '../../ui/classnet/seatBanner';
import { mountControlSeat } from '../../ui/classnet/controlSeat';
import { loadMap } from '../mapLoader';
import { TEST_HOOKS } from '../testHooks';
import { client } from '../classnet/server';
import { SeatConnection } from '../classnet/seatConnection';

const params = new URLSearchParams(location.search);
const renderer = (['canvas', 'webgl'].includes(params.get('renderer') ?? '') ? params.get('renderer') : 'auto') as RendererChoice;

let session: NetSession | undefined;
let banner: SeatBanner | undefined;
let assignment: SeatAssignment | undefined;
let first: SeatDelivery | undefined;
let linkState = 'connecting';
let connectedAt = 0;

/** What the end-to-end tests read and do (window.__seat, in dev and test builds only). */
export interface SeatHooks {
  link(): string; session(): NetSession | undefined; drop(): void;
  /** performance.now() when the link last came up: after a reload, the time from navigation to the seat. */
  connectedAt(): number;
}
declare global {
  interface Window { __seat?: SeatHooks }
}

const connection = new SeatConnection(client(), {
  seat: (a) => { assignment = a; maybeStart(); },
  delivery: (d) => {
    if (session) session.receive(d);
    else { first = d; maybeStart(); }
    banner?.update(d.paused, d.phaseEndsAt);
  },
  ack: (a) => session?.acknowledged(a),
  error: (e) => {
    if (session) session.refused(e);
    else console.warn(e.message);
  },
  state: (s, why) => {
    linkState = s;
    if (s === 'connected') connectedAt = performance.now();
    banner?.setLink(s, why);
    if (s === 'connected') session?.attach({ send: (type, message) => connection.send(type, message) });
    else session?.detach();
    if (s === 'closed' && !session && !document.getElementById('join')) joinForm(document.body, (code) => connection.join(code));
  },
}, sessionStore());
if (TEST_HOOKS) window.__seat = { link: () => linkState, session: () => session, drop: () => connection.dropForTest(), connectedAt: () => connectedAt };

/** Builds the game once the seat and its first view are both here (the server sends them on joining). */
function maybeStart(): void {
  if (session || !assignment || !first) return;
  const scenario = builtinScenario(assignment.scenario);
  if (!scenario) {
    document.body.append(Object.assign(document.createElement('p'), { role: 'alert', textContent: `This page does not know the scenario "${assignment.scenario}".` }));
    return;
  }
  session = new NetSession(scenario, assignment, first);
  session.attach({ send: (type, message) => connection.send(type, message) });
  void startGame(session, assignment);
}

async function startGame(s: NetSession, a: SeatAssignment): Promise<void> {
  document.title = `Group ${a.group} · ${document.title}`;
  const controller = new Controller(s);
  const hudRoot = document.getElementById('hud')!;
  hudRoot.hidden = false;
  banner = new SeatBanner(s.scenario, a.title, a.group, a.seat);
  banner.update(s.paused, s.phaseEndsAt);
  hudRoot.append(banner.root);
  setInterval(() => banner?.render(), 1000);
  if (a.seat === 'control') mountControlSeat(hudRoot, controller);
  else {
    const hotline = new HotlinePanel(controller);
    hudRoot.before(hotline.root);
    new Hud(hudRoot, controller, hotline);
    new StrikeWarningDialog(document.body, controller);
    let shown = false;
    controller.onChange(() => {
      const view = s.view();
      if (view.status !== 'over' || !view.result || shown) return;
      shown = true;
      showResult(s.scenario, view.result, view.crisis);
    });
  }
  controller.start();
  // Cast: the hooks describe the game page's session; the tests read view(), camp and isPlayersPhase of this one.
  await loadMap(document.getElementById('game-container')!, controller, renderer, {
    session: s as unknown as Parameters<typeof loadMap>[3]['session'], controller, hash: () => s.hash(), view: () => s.view(),
  });
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  // A reload (or a tab brought back) returns to the seat it held; otherwise the code is asked for.
  if (await connection.resume()) return;
  if (!document.getElementById('join')) joinForm(document.body, (code) => connection.join(code), params.get('code') ?? '');
}

void main();
