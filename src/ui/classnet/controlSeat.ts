// A student Control's panel on the network: the group's state at a glance and the scenario's injects
// to fire (each an engine inject command through the session, so the replay holds it). The map beside
// it is all-seeing.
import { RUNGS, formatDate, rungOf, turnDate } from '../../engine';
import type { Controller } from '../../presenter/controller';
import { campName } from '../../text/places';
import { el } from '../dom';

export function mountControlSeat(root: HTMLElement, controller: Controller): void {
  const { session } = controller;
  const { scenario } = session;
  const state = el('p', { class: 'turn', 'data-testid': 'control-state' });
  const message = el('p', { class: 'message', role: 'alert', 'data-testid': 'message' });
  const list = el('ul', { class: 'control-list', 'data-testid': 'control-injects' });
  const log = el('ol', { class: 'log', tabindex: '0', 'aria-label': 'Events' });
  root.append(el('section', {}, el('h2', {}, 'Control'), state,
    el('h3', {}, 'Injects'), list, message, el('h3', {}, 'Events'), log));
  const render = (): void => {
    const view = session.view();
    const rung = rungOf(view.crisis.escalation.points);
    state.textContent = `Turn ${view.turn} · ${formatDate(turnDate(scenario, view.turn))} · ${campName(scenario, view.phase)} moving · rung ${rung} ${RUNGS[rung]?.name ?? ''}`;
    list.replaceChildren(...scenario.injects.map((j) => {
      const fired = view.crisis.injects?.some((f) => f.source === j.id) ?? false;
      const b = el('button', { type: 'button', disabled: fired, 'data-testid': `control-fire-${j.id}` }, fired ? 'Fired' : 'Fire');
      b.addEventListener('click', () => controller.command({ type: 'inject', inject: { kind: 'scenario', id: j.id } }));
      return el('li', {}, `${j.title} (turn ${j.turn}) `, b);
    }));
    message.textContent = controller.message?.text ?? '';
    log.replaceChildren(...controller.log.slice(-30).map((l) => el('li', {}, `T${l.turn} ${l.text}`)));
  };
  controller.onChange(render);
  render();
}
