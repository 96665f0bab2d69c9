// The side panel: date, phase, points, the selected unit, orders, the player's units and the event
// log. It renders from the controller after every change and sends orders back through it.
import { CAMPS, type Camp, type Doctrine, type Scenario, type Terrain, type Unit, hexKey, isProxy, otherPower, proxyFireRisk, turnDate, typeOf, victoryPoints } from '../engine/core';
import { announcement } from './announce';
import { showBriefing } from './briefing';
import { CAMP_CSS, CAMP_TAG } from '../presenter/colours';
import type { Controller, LogLine } from '../presenter/controller';
import { el, swatch } from './dom';
import type { HotlinePanel } from './hotline/panel';
import { EscalationLadder } from './ladder';
import { crisisKey } from './mapKey';
import { confirmUnanswered, dueCalls } from './unansweredCalls';
import { campName, hexName } from '../text/places';
import { previewLines, previewTag } from '../text/combatText';
import { formatGameDate } from '../i18n/format';
import { currentLocale, t } from '../i18n/messages';
import { doctrineName } from '../text/choiceNames';
import { localScenario, scenarioText } from '../text/scenarioText';

/** A unit's name in the page's language (the scenario's overlay), else as the state has it. */
const unitLabel = (scenario: Scenario, u: { id: string; name: string }): string => scenarioText(scenario).unitName(u.id, u.name);

const TERRAIN_NAME: Readonly<Record<Terrain, string>> = {
  river: 'river', valley: 'farmland', desert: 'desert', urban: 'town', industrial: 'industrial',
  hills: 'hills', island: 'river island', airbase: 'airbase', field: 'oil or gas field',
};

/** The opponent's doctrine by name, lower case as in a sentence ("balanced"). */
const currentDoctrine = (d: Doctrine): string => doctrineName(d).toLocaleLowerCase(currentLocale());

/** t() where a local `t` (a target) hides it. */
const words = t;

export class Hud {
  private readonly turnLine = el('p', { class: 'turn', 'data-testid': 'turn' });
  private readonly phaseLine = el('p', { class: 'phase', 'data-testid': 'phase' });
  /** Whose panel this is: in a hot-seat exercise the camp changes at each handover. */
  private readonly you = el('p', { class: 'you', 'data-testid': 'hud-you' });
  private readonly opponent = el('p', { class: 'you', 'data-testid': 'doctrine' });
  private readonly points = el('ul', { class: 'points', 'data-testid': 'points' });
  private readonly unitBox = el('div', { class: 'unit-box', 'data-testid': 'selected-unit' });
  private readonly message = el('p', { class: 'message', role: 'alert', 'data-testid': 'message' });
  private readonly airButton = el('button', { type: 'button', 'data-testid': 'air-strike' });
  private readonly pontoonButton = el('button', { type: 'button', 'data-testid': 'build-pontoon' }, t().panel_build_pontoon());
  private readonly nextButton = el('button', { type: 'button', 'data-testid': 'next-unit' }, t().panel_next_unit());
  private readonly threatButton = el('button', { type: 'button', 'data-testid': 'threats', title: t().panel_threats_title() }, t().panel_threats());
  private readonly endButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'end-turn' }, t().panel_end_turn());
  private readonly resultButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'show-result', hidden: true }, t().panel_result());
  private readonly unitList = el('ul', { class: 'unit-list', 'data-testid': 'unit-list' });
  private readonly targetList = el('ul', { class: 'unit-list', 'data-testid': 'target-list' });
  // Scrollable, so focusable for keyboard scrolling; announced through `status`, not live itself.
  private readonly log = el('ol', { class: 'log', 'data-testid': 'log', tabindex: '0', 'aria-labelledby': 'events-title' });
  /** Announces each command's or AI round's events: screen readers cannot read the canvas. */
  private readonly status = el('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite', 'data-testid': 'announce' });
  private announced = 0;
  /** The log as last rendered: its length and newest line. */
  private logShown: { length: number; last: LogLine | undefined } = { length: -1, last: undefined };
  private readonly hoverInfo = el('p', { class: 'muted', 'data-testid': 'hover-info' }, t().panel_point_at_hex());
  private readonly ladder = new EscalationLadder();
  private busy = false;
  private refocusEnd = false;

  constructor(root: HTMLElement, private readonly controller: Controller, private readonly hotline: HotlinePanel) {
    const { scenario } = controller.session;
    const briefingButton = el('button', { type: 'button', 'data-testid': 'open-briefing' }, t().panel_briefing());
    const howButton = el('button', { type: 'button', 'data-testid': 'open-how-to-play' }, t().panel_how_to_play());
    briefingButton.addEventListener('click', () => showBriefing(scenario, controller.session.view(), controller.session.camp, false));
    // Loaded on the click, like the result panel below: neither is on the first screen.
    howButton.addEventListener('click', () => void import('./howToPlay').then((m) => m.showHowToPlay()));
    root.append(
      this.status,
      el('header', {}, el('h2', {}, t().panel_title()), this.you,
        el('p', { class: 'you', 'data-testid': 'seed' }, t().panel_seed({ seed: controller.session.seed })),
        this.opponent,
        el('div', { class: 'buttons header-buttons' }, briefingButton, howButton)),
      this.turnLine, this.phaseLine,
      this.ladder.root,
      el('div', { class: 'buttons hotline-row' }, hotline.toggleButton),
      el('section', {}, el('h3', {}, t().panel_victory_points()), this.points),
      el('section', {}, el('h3', {}, t().panel_selected_unit()), this.unitBox),
      el('section', { class: 'orders' }, el('h3', {}, t().panel_orders()),
        el('div', { class: 'buttons' }, this.airButton, this.pontoonButton, this.nextButton, this.threatButton), this.message, this.targetList),
      el('section', {}, el('h3', { id: 'events-title' }, t().panel_events()), this.log),
      el('section', {}, el('h3', {}, t().panel_under_cursor()), this.hoverInfo),
      el('section', {}, el('h3', {}, t().panel_your_units()), this.unitList),
      el('details', { class: 'help' }, el('summary', {}, t().panel_controls()),
        el('p', {}, t().panel_help_click()),
        el('p', {}, t().panel_help_keys()),
        el('p', {}, t().panel_help_counters())),
      crisisKey(),
      // Last in the panel and sticky, so End turn stays in view however far the panel scrolls.
      el('div', { class: 'end-bar' }, this.resultButton, this.endButton),
    );
    this.airButton.addEventListener('click', () => controller.setMode('air'));
    this.pontoonButton.addEventListener('click', () => controller.setMode('pontoon'));
    this.nextButton.addEventListener('click', () => controller.selectNext());
    this.threatButton.addEventListener('click', () => controller.toggleThreats());
    this.endButton.addEventListener('click', () => this.endTurn());
    this.resultButton.addEventListener('click', () => {
      const view = controller.session.view();
      const { result, crisis } = view;
      if (result) void import('./resultPanel').then((m) => m.showResult(scenario, result, crisis, true));
    });
    controller.onChange(() => this.render());
    controller.onHover(() => this.renderHover());
    this.render();
  }

  /** Lets the button show that the other camps are moving before the phase ends (the AI then runs in slices). */
  private endTurn(): void {
    if (this.busy) return;
    const calls = dueCalls(this.controller.session.view(), this.controller.session.camp);
    if (calls > 0) {
      confirmUnanswered(calls, { answer: () => this.hotline.toggle(true), endAnyway: () => this.endTurnNow() });
      return;
    }
    this.endTurnNow();
  }

  private endTurnNow(): void {
    if (this.busy) return;
    // A disabled button drops focus to the page: give it back when the player's turn comes round.
    this.refocusEnd = document.activeElement === this.endButton;
    this.busy = true;
    this.endButton.disabled = true;
    this.endButton.textContent = t().panel_others_moving();
    setTimeout(() => {
      this.busy = false;
      this.controller.endTurn(); // its change notice renders the panel
    }, 30);
  }

  render(): void {
    const { session } = this.controller;
    const { scenario } = session;
    const view = session.view();
    this.ladder.render(view);
    this.you.replaceChildren(swatch(CAMP_CSS[session.camp]), t().panel_you({ camp: campName(scenario, session.camp) }));
    const rival = otherPower(session.camp);
    this.opponent.textContent = session.humans?.includes(rival) ? t().panel_opponent_human() : t().panel_opponent({ doctrine: currentDoctrine(scenario.data.crisis.doctrine[rival]) });
    this.turnLine.textContent = t().panel_turn_line({ turn: view.turn, turns: scenario.data.turns, date: formatGameDate(turnDate(scenario, view.turn)) });
    this.phaseLine.textContent = view.status === 'over' ? t().panel_game_over()
      : !this.controller.started ? t().panel_read_briefing()
      : session.isPlayersPhase ? t().panel_your_phase() : t().panel_camp_moving({ camp: campName(scenario, view.phase) });
    const vp = victoryPoints(scenario, view.control);
    this.points.replaceChildren(...CAMPS.map((c: Camp) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(scenario, c)}: `, el('strong', {}, String(vp[c])))));
    this.renderUnit(this.controller.selected());
    const sorties = view.sortiesLeft[session.camp];
    this.airButton.textContent = this.controller.mode === 'air' ? t().panel_cancel_air() : t().panel_air_strike({ count: sorties });
    this.airButton.disabled = !session.isPlayersPhase || sorties <= 0;
    this.airButton.setAttribute('aria-pressed', String(this.controller.mode === 'air'));
    this.threatButton.setAttribute('aria-pressed', String(this.controller.showThreats));
    const unit = this.controller.selected();
    this.pontoonButton.hidden = !unit || !this.controller.isEngineer(unit);
    this.pontoonButton.disabled = !this.controller.canBuildPontoon() && this.controller.mode !== 'pontoon';
    this.pontoonButton.textContent = this.controller.mode === 'pontoon' ? t().panel_cancel_pontoon() : t().panel_build_pontoon();
    this.pontoonButton.setAttribute('aria-pressed', String(this.controller.mode === 'pontoon'));
    // Once the game is over, the panel offers the result screen again beside the disabled End turn.
    this.resultButton.hidden = view.status !== 'over';
    if (!this.busy) {
      this.endButton.disabled = !session.isPlayersPhase;
      this.endButton.textContent = t().panel_end_turn();
    }
    if (this.refocusEnd && session.isPlayersPhase && !this.busy) {
      this.refocusEnd = false;
      if (document.activeElement === document.body || document.activeElement === null) this.endButton.focus();
    }
    const msg = this.controller.message;
    this.message.textContent = msg?.text ?? this.modeHint();
    this.message.className = `message ${msg?.kind ?? 'info'}`;
    this.renderUnitList();
    this.renderTargets();
    if (this.controller.round !== this.announced) {
      this.announced = this.controller.round;
      this.status.textContent = announcement(this.controller.lastRound);
    }
    this.renderLog();
  }

  /**
   * The log, newest line first. Lines added since the last render go on top and the oldest drop off
   * the end, so a round lays out its new lines only; any other change to the log rebuilds the list.
   */
  private renderLog(): void {
    const log = this.controller.log;
    const shown = this.logShown;
    if (log.length === shown.length && log.at(-1) === shown.last) return;
    const line = (l: LogLine): HTMLElement => {
      if (!l.hex) return el('li', {}, el('span', { class: 'log-turn' }, `T${l.turn}`), ' ', l.text);
      // A line with a place is a button: a click (or Enter) centres the map there.
      const hex = l.hex;
      const b = el('button', { type: 'button', class: 'log-place', title: t().panel_show_on_map() }, el('span', { class: 'log-turn' }, `T${l.turn}`), ' ', l.text);
      b.addEventListener('click', () => this.controller.focusHex(hex));
      return el('li', {}, b);
    };
    const from = shown.last ? log.lastIndexOf(shown.last) + 1 : 0;
    if (from > 0 && this.log.childElementCount === shown.length) {
      const fresh = document.createDocumentFragment();
      for (let i = log.length - 1; i >= from; i--) fresh.append(line(log[i]!));
      this.log.prepend(fresh);
      while (this.log.childElementCount > log.length) this.log.lastElementChild!.remove();
    } else {
      this.log.replaceChildren(...[...log].reverse().map(line));
    }
    this.logShown = { length: log.length, last: log.at(-1) };
  }

  /** The hex under the pointer: name, terrain, objective and owner, and the units the player sees there. */
  private renderHover(): void {
    const h = this.controller.hover;
    const { scenario } = this.controller.session;
    const terrain = h ? scenario.map.terrainAt(h) : undefined;
    if (!h || !terrain) {
      this.hoverInfo.textContent = t().panel_point_at_hex();
      return;
    }
    const view = this.controller.session.view();
    const k = hexKey(h);
    const parts = [`${hexName(scenario, h)} (${TERRAIN_NAME[terrain]})`];
    const obj = scenario.objectiveAt.get(k);
    if (obj) {
      const owner = view.control[obj.id];
      parts.push(t().panel_objective({ points: obj.points, holder: owner ? campName(scenario, owner) : t().panel_nobody() }));
    }
    if (!view.visible.includes(k)) parts.push(t().panel_out_of_sight());
    const here = view.units.filter((u) => hexKey(u.hex) === k).map((u) => unitLabel(scenario, u));
    if (here.length > 0) parts.push(here.join(', '));
    this.hoverInfo.textContent = parts.join(' · ');
  }

  /** The highlighted targets as buttons too, so attacks and strikes work from the keyboard. */
  private renderTargets(): void {
    const { session } = this.controller;
    const o = this.controller.overlay();
    const unit = this.controller.selected();
    const strike = this.controller.mode === 'air';
    const targets = strike ? o.strikes : o.targets;
    this.targetList.replaceChildren(...targets.map((t) => {
      const names = session.view().units.filter((u) => hexKey(u.hex) === hexKey(t.hex)).map((u) => unitLabel(session.scenario, u)).join(', ');
      const rival = this.controller.isRivalHex(t.hex) ? '⚠ ' : '';
      const preview = o.previews.get(hexKey(t.hex));
      const b = el('button', { type: 'button' }, `${rival}${strike ? words().panel_strike() : words().panel_attack()} ${names || hexName(session.scenario, t.hex)}: ${preview ? previewTag(preview) : `${t.odds.odds} · ${t.odds.hitPct}%`}`);
      b.addEventListener('click', () => {
        this.controller.fire(strike ? { type: 'air_strike', target: t.hex } : { type: 'attack', unit: unit!.id, target: t.hex }, t.hex, t.odds.kind);
      });
      if (!preview) return el('li', {}, b);
      // The full preview under its button: what each side may lose, the hex, retreat.
      const details = el('dl', { class: 'combat-preview', 'data-testid': 'combat-preview' },
        ...previewLines(preview).flatMap((r) => [el('dt', {}, r.label), el('dd', {}, r.text)]));
      return el('li', {}, b, details);
    }));
  }

  private modeHint(): string {
    const pick = this.controller.pick;
    if (pick) return pick.kind === 'area' ? t().panel_hint_pick_area() : t().panel_hint_pick_line();
    const mode = this.controller.mode;
    if (mode === 'air') return this.controller.overlay().strikes.length > 0 ? t().panel_hint_strike() : t().panel_hint_no_strike();
    if (mode === 'pontoon') return t().panel_hint_pontoon();
    return '';
  }

  private renderUnit(unit: Unit | undefined): void {
    if (!unit) {
      this.unitBox.replaceChildren(el('p', { class: 'muted' }, t().panel_no_unit()));
      return;
    }
    const type = typeOf(this.controller.session.scenario, unit);
    const row = (k: string, v: string) => [el('dt', {}, k), el('dd', {}, v)];
    this.unitBox.replaceChildren(
      el('p', { class: 'unit-name' }, unitLabel(this.controller.session.scenario, unit)),
      el('dl', {},
        ...row(t().panel_type(), typeOf(localScenario(this.controller.session.scenario), unit).name),
        ...row(t().panel_strength(), t().panel_strength_value({ strength: unit.strength, steps: type.steps })),
        ...row(t().panel_movement(), t().panel_movement_value({ mp: unit.mp, movement: type.movement })),
        ...row(t().panel_combat_values(), `${type.attack} / ${type.defence} / ${type.range}`),
        ...row(t().panel_great_power(), unit.greatPower ? t().panel_yes() : t().panel_no()),
        ...row(t().panel_status(), unit.acted ? t().panel_acted() : t().panel_ready()),
      ),
      ...this.proxyOrders(unit),
    );
  }

  /**
   * A proxy of the player's: its patron's order (restrained or free), the chance it opens fire on its
   * own at the end of the phase, and the button that changes the order.
   */
  private proxyOrders(unit: Unit): HTMLElement[] {
    const { session } = this.controller;
    if (!isProxy(unit) || unit.camp !== session.camp) return [];
    const risk = proxyFireRisk(session.view(), unit);
    const m = t();
    const order = unit.restrained ? m.panel_proxy_restrained() : m.panel_proxy_free();
    const chance = risk.target
      ? m.panel_proxy_fire_chance({ chance: risk.chance, target: unitLabel(session.scenario, risk.target), distance: risk.distance })
      : m.panel_proxy_no_target();
    const restrain = !unit.restrained;
    const button = el('button', { type: 'button', 'data-testid': 'proxy-order', 'aria-pressed': String(!restrain) },
      restrain ? m.panel_proxy_restrain() : m.panel_proxy_free_button());
    button.disabled = !session.isPlayersPhase || (restrain && unit.acted);
    if (restrain && unit.acted) button.title = m.panel_proxy_acted();
    button.addEventListener('click', () => this.controller.command({ type: 'order', unit: unit.id, order: restrain ? 'restrain' : 'free' }));
    return [el('p', { class: 'proxy-order', 'data-testid': 'proxy-status' }, `${order} ${chance}`), el('div', { class: 'buttons' }, button)];
  }

  private renderUnitList(): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset.unit;
    const units = this.controller.ownUnits();
    this.unitList.replaceChildren(...units.map((u) => {
      const type = typeOf(this.controller.session.scenario, u);
      const b = el('button', { type: 'button', 'data-unit': u.id, 'aria-pressed': String(u.id === this.controller.selectedId) },
        `${unitLabel(this.controller.session.scenario, u)} (${CAMP_TAG[u.camp]} ${u.strength}/${type.steps}${u.acted ? t().panel_unit_done() : u.mp <= 0 ? t().panel_unit_moved() : ''}${u.restrained ? t().panel_unit_restrained() : ''})`);
      b.addEventListener('click', () => this.controller.select(u.id));
      return el('li', {}, b);
    }));
    if (focused) this.unitList.querySelector<HTMLButtonElement>(`button[data-unit="${CSS.escape(focused)}"]`)?.focus();
  }
}
