// The student's page of a class on the network (join.html, served by the class server): the seat code
// (or, after a reload, the seat this tab held), then the game over the network: the usual map, side
// panel and hotline, fed by a NetSession (seatGame.ts, loaded beside the connection so a reload is
// back in its seat as soon as it can be). ?code=… fills the code in. Test hooks as on the game page.
import '../../ui/zodNoEval';
import '../../ui/style.css';
import '../../ui/classnet/classnet.css';
import type { SeatAssignment, SeatDelivery } from '../../net/protocol';
import type { NetSession, SeatLink } from '../../presenter/netSession';
import type { RendererChoice } from '../../scenes/startGame';
import { joinForm } from '../../ui/classnet/joinForm';
import { TEST_HOOKS } from '../testHooks';
import { client } from '../classnet/server';
import { SeatConnection } from '../classnet/seatConnection';
import type { SeatGame } from './seatGame';
import { t } from '../../i18n/messages';
import { chooseLanguage } from '../../ui/language';
import { loadRules } from '../../match/rules';

const params = new URLSearchParams(location.search);
const renderer = (['canvas', 'webgl'].includes(params.get('renderer') ?? '') ? params.get('renderer') : 'auto') as RendererChoice;
const gameCode = import('./seatGame');

let game: SeatGame | null | undefined;
let assignment: SeatAssignment | undefined;
/** The latest delivery before the game is built (each carries the whole view). */
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
  seat: (a) => { assignment = a; void maybeStart(); },
  delivery: (d) => {
    if (game) {
      game.session.receive(d);
      game.banner.update(d.paused, d.phaseEndsAt);
    } else {
      first = d;
      void maybeStart();
    }
  },
  ack: (a) => game?.session.acknowledged(a),
  error: (e) => {
    if (game) game.session.refused(e);
    else console.warn(e.message);
  },
  state: (s, why) => {
    linkState = s;
    if (s === 'connected') connectedAt = performance.now();
    game?.banner.setLink(s, why);
    if (s === 'connected') game?.session.attach(link);
    else game?.session.detach();
    if (s === 'closed' && !game && !document.getElementById('join')) joinForm(document.body, (code) => connection.join(code));
  },
}, sessionStore());
const link: SeatLink = { send: (type, message) => connection.send(type, message) };
if (TEST_HOOKS) window.__seat = { link: () => linkState, session: () => game?.session, drop: () => connection.dropForTest(), connectedAt: () => connectedAt };

/** Builds the game once the seat and its first view are both here (the server sends them on joining). */
async function maybeStart(): Promise<void> {
  const m = await gameCode;
  if (game !== undefined || !assignment || !first) return;
  game = m.startSeatGame(assignment, first, link, renderer);
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  // The command rules too: the seat's map shows a selected unit's ranges and targets with them.
  await Promise.all([chooseLanguage(), loadRules()]);
  document.title = t().class_join_page_title();
  // A reload (or a tab brought back) returns to the seat it held; otherwise the code is asked for.
  if (await connection.resume()) return;
  if (!document.getElementById('join')) joinForm(document.body, (code) => connection.join(code), params.get('code') ?? '');
}

void main();
