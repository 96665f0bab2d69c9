// The replay page: a ReplaySession behind the usual controller and map scene (read-only), the viewer
// panel in place of the game's side panel. No autosave is set up: watching a replay never touches
// the saved game.
import { ReplaySession } from '../../presenter/replaySession';
import type { RendererChoice } from '../../scenes/startGame';
import { Controller } from '../../presenter/controller';
import { type PageHooks, loadMap } from '../mapLoader';
import type { OpenedReplay } from '../../ui/replay/open';
import { ReplayViewer } from '../../ui/replay/viewer';
import '../../ui/replay/replay.css';
import { t } from '../../i18n/messages';
import { loadScenarioText } from '../../text/scenarioText';

export async function startReplay(opened: OpenedReplay, renderer: RendererChoice): Promise<void> {
  // The scenario's names and injects in the page's language, before the viewer shows any.
  await loadScenarioText(opened.scenario.id);
  const session = new ReplaySession(opened.scenario, opened.replay, opened.states);
  if (opened.turn !== undefined) session.seek(session.startOfTurn(opened.turn));
  const controller = new Controller(session);
  const hudRoot = document.getElementById('hud')!;
  hudRoot.hidden = false;
  hudRoot.classList.add('replay-panel');
  hudRoot.setAttribute('aria-label', t().replay_panel());
  const viewer = new ReplayViewer(hudRoot, session, controller);
  document.title = t().replay_page_title({ title: document.title });

  // Cast: the session is a ReplaySession, which the hooks describe as the game's session.
  await loadMap(document.getElementById('game-container')!, controller, renderer, {
    session: session as unknown as PageHooks['session'], controller, hash: () => session.hash(), view: () => session.view(),
    replay: { finalHash: session.finalHash, commands: session.length, position: () => session.position, seek: (i: number) => viewer.seek(i) },
  });
}
