// The game half of the join page, loaded beside the connection (not before it), so a reload is back
// in its seat while this code still loads: the session over the network, the controller, the side
// panel, the hotline and the map; a student Control gets its own panel beside the all-seeing map.
import { t } from '../../i18n/messages';
import '../../ui/exercise/exercise.css';
import type { SeatAssignment, SeatDelivery } from '../../net/protocol';
import { NetSession, type SeatLink } from '../../presenter/netSession';
import { Controller } from '../../presenter/controller';
import { builtinScenario } from '../../scenarios';
import type { RendererChoice } from '../../scenes/startGame';
import { HotlinePanel } from '../../ui/hotline/panel';
import { Hud } from '../../ui/hud';
import { showResult } from '../../ui/resultPanel';
import { StrikeWarningDialog } from '../../ui/strikeWarning';
import { SeatBanner } from '../../ui/classnet/seatBanner';
import { mountControlSeat } from '../../ui/classnet/controlSeat';
import { loadMap } from '../mapLoader';
import { loadScenarioText } from '../../text/scenarioText';

export interface SeatGame { session: NetSession; banner: SeatBanner }

/** Builds the seat's game from its assignment and first delivery; null (with a message on the page) for a scenario this build lacks. */
export function startSeatGame(a: SeatAssignment, first: SeatDelivery, link: SeatLink, renderer: RendererChoice): SeatGame | null {
  const scenario = builtinScenario(a.scenario);
  if (!scenario) {
    document.body.append(Object.assign(document.createElement('p'), { role: 'alert', textContent: t().class_unknown_scenario({ scenario: a.scenario }) }));
    return null;
  }
  const session = new NetSession(scenario, a, first);
  session.attach(link);
  document.title = t().class_group_title({ group: a.group, title: document.title });
  const controller = new Controller(session);
  // The scenario's names and injects in the page's language: the panels redraw once its overlay is in.
  void loadScenarioText(scenario.id).then(() => controller.changed());
  const hudRoot = document.getElementById('hud')!;
  hudRoot.hidden = false;
  const banner = new SeatBanner(scenario, a.title, a.group, a.seat);
  banner.update(session.paused, session.phaseEndsAt);
  hudRoot.append(banner.root);
  setInterval(() => banner.render(), 1000);
  if (a.seat === 'control') mountControlSeat(hudRoot, controller);
  else {
    const hotline = new HotlinePanel(controller);
    hudRoot.before(hotline.root);
    new Hud(hudRoot, controller, hotline);
    new StrikeWarningDialog(document.body, controller);
    let shown = false;
    controller.onChange(() => {
      const view = session.view();
      if (view.status !== 'over' || !view.result || shown) return;
      shown = true;
      showResult(scenario, view.result, view.crisis);
    });
  }
  controller.start();
  // Cast: the hooks describe the game page's session; the tests read view(), camp and isPlayersPhase of this one.
  void loadMap(document.getElementById('game-container')!, controller, renderer, {
    session: session as unknown as Parameters<typeof loadMap>[3]['session'], controller, hash: () => session.hash(), view: () => session.view(),
  });
  return { session, banner };
}
