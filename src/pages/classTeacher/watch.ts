// Watching one group's map, all-seeing, over the dashboard: the usual map scene in an overlay, fed by
// the server's watch frames through a WatchSession. The map loads on the first watch and stays for the next.
import { type RulingFinding, type Scenario, rungOf } from '../../engine';
import { t } from '../../i18n/messages';
import { campLabel, rungName, turnDateText } from '../../text/localNames';
import type { WatchFrame } from '../../net/protocol';
import { Controller } from '../../presenter/controller';
import { WatchSession } from '../../presenter/watchSession';
import { el } from '../../ui/dom';
import { incidentItems, incidentsKey, rulingHint } from '../../ui/exercise/rulingCell';
import { loadMap } from '../mapLoader';

export class WatchView {
  frame: WatchFrame | null = null;
  private session: WatchSession | null = null;
  private readonly map = el('div', { class: 'watch-map', id: 'game-container', 'aria-label': t().class_watch_map() });
  private readonly heading = el('h2', { id: 'watch-h', 'data-testid': 'watch-title' }, t().class_watching());
  private readonly line = el('p', { 'data-testid': 'watch-line' });
  /** The group's incidents, each with Control's ruling or the choice to give it (as hot-seat's Control panel). */
  private readonly incidents = el('ul', { class: 'control-list', 'data-testid': 'watch-incidents' });
  private readonly root: HTMLElement;
  private group = 0;
  /** What the incident list shows (group, incidents and rulings). */
  private drawn = '';

  constructor(private readonly scenario: Scenario, onClose: () => void, private readonly rule: (group: number, incident: string, finding: RulingFinding) => void) {
    const close = el('button', { type: 'button', class: 'primary', 'data-testid': 'watch-close' }, t().class_back_dashboard());
    this.root = el('div', { class: 'watch-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'watch-h', 'data-testid': 'watch', hidden: true },
      this.map, el('aside', { class: 'watch-panel' }, this.heading, this.line,
        el('h3', {}, t().class_col_incidents()), this.incidents, el('p', { class: 'hint' }, rulingHint()), close));
    close.addEventListener('click', () => { this.root.hidden = true; onClose(); });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !this.root.hidden) close.click(); });
    document.body.append(this.root);
  }

  open(group: number): void {
    this.group = group;
    this.heading.textContent = t().class_watch_heading({ group });
    this.line.textContent = t().class_waiting_server();
    this.incidents.replaceChildren();
    this.drawn = '';
    this.root.hidden = false;
  }

  show(frame: WatchFrame): void {
    if (frame.group !== this.group) return;
    this.frame = frame;
    const v = frame.view;
    const rung = rungOf(v.crisis.escalation.points);
    this.line.textContent = t().class_state_line({ turn: v.turn, date: turnDateText(this.scenario, v.turn), camp: campLabel(this.scenario, v.phase), rung, name: rungName(rung) });
    this.showIncidents(frame);
    if (this.session) return this.session.show(frame.group, v, frame.events);
    const session = (this.session = new WatchSession(this.scenario, v));
    session.show(frame.group, v, []);
    const controller = new Controller(session);
    controller.start();
    void loadMap(this.map, controller, 'auto', {
      session: session as unknown as Parameters<typeof loadMap>[3]['session'], controller, hash: () => session.hash(), view: () => session.view(),
    });
  }

  /** Redrawn only when an incident or a ruling changes (incidentsKey). */
  private showIncidents(frame: WatchFrame): void {
    const key = `${frame.group}|${incidentsKey(frame.view.crisis.incidents)}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const group = frame.group;
    this.incidents.replaceChildren(...incidentItems(this.scenario, frame.view.crisis.incidents, (incident, finding) => this.rule(group, incident, finding)));
  }
}
