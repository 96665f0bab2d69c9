// A student Control's panel on the network: the group's state at a glance, the scenario's injects
// to fire and the incidents to rule (each an engine command through the session, so the replay holds
// it; a refusal shows in the message line). The map beside it is all-seeing.
import { rungOf } from '../../engine';
import { t } from '../../i18n/messages';
import { campLabel, rungName, turnDateText } from '../../text/localNames';
import type { Controller } from '../../presenter/controller';
import { el } from '../dom';
import { localScenario } from '../../text/scenarioText';
import { incidentItems, incidentsKey, rulingHint } from '../exercise/rulingCell';

export function mountControlSeat(root: HTMLElement, controller: Controller): void {
  const { session } = controller;
  const { scenario } = session;
  const state = el('p', { class: 'turn', 'data-testid': 'control-state' });
  const message = el('p', { class: 'message', role: 'alert', 'data-testid': 'message' });
  const list = el('ul', { class: 'control-list', 'data-testid': 'control-injects' });
  const incidents = el('ul', { class: 'control-list', 'data-testid': 'control-incidents' });
  let drawn: string | null = null;
  const log = el('ol', { class: 'log', tabindex: '0', 'aria-label': t().class_events() });
  root.append(el('section', {}, el('h2', {}, t().class_control_seat()), state,
    el('h3', {}, t().class_injects()), list,
    el('h3', {}, t().class_col_incidents()), incidents, el('p', { class: 'hint' }, rulingHint()), message, el('h3', {}, t().class_events()), log));
  const render = (): void => {
    const view = session.view();
    const rung = rungOf(view.crisis.escalation.points);
    state.textContent = t().class_state_line({ turn: view.turn, date: turnDateText(scenario, view.turn), camp: campLabel(scenario, view.phase), rung, name: rungName(rung) });
    list.replaceChildren(...localScenario(scenario).injects.map((j) => {
      const fired = view.crisis.injects?.some((f) => f.source === j.id) ?? false;
      const b = el('button', { type: 'button', disabled: fired, 'data-testid': `control-fire-${j.id}` }, fired ? t().class_fired() : t().class_fire());
      b.addEventListener('click', () => controller.command({ type: 'inject', inject: { kind: 'scenario', id: j.id } }));
      return el('li', {}, `${t().class_inject_turn({ title: j.title, turn: j.turn })} `, b);
    }));
    const key = incidentsKey(view.crisis.incidents);
    if (key !== drawn) {
      drawn = key;
      incidents.replaceChildren(...incidentItems(scenario, view.crisis.incidents, (incident, finding) => controller.command({ type: 'ruling', incident, finding })));
    }
    message.textContent = controller.message?.text ?? '';
    log.replaceChildren(...controller.log.slice(-30).map((l) => el('li', {}, t().class_log_line({ turn: l.turn, text: l.text }))));
  };
  controller.onChange(render);
  render();
}
