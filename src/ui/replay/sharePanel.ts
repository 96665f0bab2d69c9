// The live game's "Replay" section in the side panel (Download replay, Copy link, the game code with a
// link to a new game of the same scenario and seed), Undo among the orders (only for a command that
// drew no dice and revealed nothing; the disabled button says why not) and Ctrl+Z, and the result
// screen's buttons.
import type { GameSession } from '../../presenter/session';
import { gameCode } from '../../replay/gameCode';
import type { Controller } from '../../presenter/controller';
import { el } from '../dom';
import { t } from '../../i18n/messages';
import { LinkField, downloadReplay, gameLink, replayLink } from './share';
import './replay.css';

/**
 * `replay: false` (a class exercise) leaves out Download replay and Copy replay link: a replay of a game
 * in progress shows what the other team hides, so mid-game it is Control's alone (its panel has them).
 */
export function mountSharePanel(hudRoot: HTMLElement, session: GameSession, controller: Controller, opts: { replay: boolean } = { replay: true }): void {
  const undo = el('button', { type: 'button', 'data-testid': 'undo', 'aria-keyshortcuts': 'Control+Z' }, t().replay_undo());
  const download = el('button', { type: 'button', 'data-testid': 'download-replay' }, t().replay_download());
  const copy = el('button', { type: 'button', 'data-testid': 'copy-replay-link' }, t().replay_copy_replay_link());
  // Why Undo is disabled: the button's tooltip, and read out with it by screen readers.
  const why = el('span', { class: 'sr-only', id: 'undo-why', 'data-testid': 'undo-why' });
  const link = new LinkField('replay-link', t().replay_link_label());
  const code = gameCode(session.scenario.id, session.seed);
  const codeLink = el('a', { href: gameLink(session.scenario.id, session.seed), 'data-testid': 'game-code-link' }, t().replay_same_code());
  undo.setAttribute('aria-describedby', 'undo-why');
  const section = el('section', { class: 'replay-share', 'aria-labelledby': 'replay-share-title' },
    el('h3', { id: 'replay-share-title' }, t().replay_title()),
    el('div', { class: 'buttons' }, opts.replay ? download : null, opts.replay ? copy : null), opts.replay ? link.root : null,
    el('p', { class: 'you' }, `${t().replay_game_code_label()} `, el('code', { 'data-testid': 'game-code' }, code), ` ${t().replay_game_code_what()} · `, codeLink));
  const endBar = hudRoot.querySelector('.end-bar');
  if (endBar) endBar.before(section);
  else hudRoot.append(section);
  // Undo sits with the orders it takes back (the HUD's order buttons), else in this section.
  const orders = hudRoot.querySelector('.orders .buttons');
  (orders ?? section.querySelector('.buttons')!).append(undo, why);

  const doUndo = (): void => {
    if (!session.undo()) return;
    controller.message = null;
    controller.log.push({ turn: session.view().turn, text: t().replay_undone() });
    controller.changed();
  };
  undo.addEventListener('click', doUndo);
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey || e.altKey) return;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return; // their own undo
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    doUndo();
  });
  download.addEventListener('click', () => {
    const replay = session.replay();
    if (replay) downloadReplay(replay, session.view().turn);
  });
  copy.addEventListener('click', () => {
    const replay = session.replay();
    if (replay) void replayLink(replay).then((l) => link.show(l));
  });
  const render = (): void => {
    const blocked = session.undoBlocked();
    undo.disabled = blocked !== null;
    undo.title = blocked ?? t().replay_undo_title();
    why.textContent = blocked ?? '';
    const recorded = session.snapshot().commands !== undefined;
    download.disabled = copy.disabled = !recorded;
    download.title = copy.title = recorded ? '' : t().replay_no_record();
  };
  controller.onChange(render);
  render();
}

/** Adds "Watch the replay" and "Download replay" to the result screen, once. */
export function addResultDownload(session: GameSession): void {
  const buttons = document.querySelector('#result-panel .buttons');
  if (!buttons || buttons.querySelector('[data-testid="result-download-replay"]')) return;
  const replay = session.replay();
  if (!replay) return;
  const b = el('button', { type: 'button', 'data-testid': 'result-download-replay' }, t().replay_download());
  b.addEventListener('click', () => downloadReplay(replay, session.view().turn));
  // The game is saved; the page reloads into the viewer with the replay in its fragment.
  const watch = el('button', { type: 'button', 'data-testid': 'result-watch-replay' }, t().replay_watch());
  watch.addEventListener('click', () => {
    void replayLink(replay).then((l) => {
      location.assign(l);
      location.reload();
    });
  });
  buttons.prepend(watch, b);
}
