// The controller's side of issue 17's attention items: Notify first leads back to its strike once the
// notice is sent; a click off the map during a pick is answered, never dropped; log lines carry their
// place; calls to the player wait to be acknowledged. The same game as tests/e2e/attention.e2e.ts.
import { describe, expect, it } from 'vitest';
import type { Hex, OpeningBody } from '../../src/engine';
import { defaultDoctrine, withOpponentDoctrine } from '../../src/game/doctrine';
import { Controller } from '../../src/presenter/controller';
import { GameSession } from '../../src/presenter/session';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';

const CITY: Hex = { q: 1, r: 20 };

function coalitionGame(): Controller {
  const main = builtinScenario(MAIN_SCENARIO_ID)!;
  const controller = new Controller(new GameSession(withOpponentDoctrine(main, 'coalition', defaultDoctrine(main, 'coalition')), 'coalition', 'hotline-co-0'));
  controller.start();
  return controller;
}

describe('Notify first', () => {
  it('sending the notice brings back the warning for the same strike, now notified', () => {
    const c = coalitionGame();
    const composed: OpeningBody[] = [];
    c.onCompose((b) => composed.push(b));
    const focused: Hex[] = [];
    c.onFocus((h) => focused.push(h));
    c.setMode('air');
    c.clickHex(CITY);
    expect(c.warning?.risk.notified).toBe(false);
    c.notifyFirst();
    expect(c.warning).toBeNull();
    expect(composed).toHaveLength(1);
    const sent = c.sendHotline(composed[0]!);
    expect(sent.ok).toBe(true);
    expect(c.warning?.command).toEqual({ type: 'air_strike', target: CITY });
    expect(c.warning?.risk.notified).toBe(true);
    expect(c.mode).toBe('air');
    expect(focused).toEqual([CITY]);
    // Another message sent later does not bring it back again.
    c.cancelWarning();
    c.sendHotline({ kind: 'request_meeting' });
    expect(c.warning).toBeNull();
  });
});

describe('map clicks during a pick', () => {
  it('a click off the map says so and leaves the pick running; a hex on the map says what it did', () => {
    const c = coalitionGame();
    const hexes: Hex[] = [];
    c.startPick({ kind: 'line', radius: () => 0, hexes: () => hexes, choose: (h) => { hexes.push(h); return false; }, end: () => {} });
    c.clickHex({ q: -9, r: -9 });
    expect(c.message).toEqual({ text: 'That click was off the map: pick a hex on the map (Esc ends the pick).', kind: 'error' });
    expect(c.pick).not.toBeNull();
    expect(hexes).toEqual([]);
    c.clickHex(CITY);
    expect(c.message?.text).toBe('Added to the line: 1 hex.');
  });
});

describe('log lines and the attention banner', () => {
  it('lines about a place carry it; the call of turn 1 waits until acknowledged', () => {
    const c = coalitionGame();
    const placed = c.log.filter((l) => l.hex);
    expect(placed.length).toBeGreaterThan(0);
    expect(c.log.find((l) => /air strike hit/.test(l.text))?.hex).toBeDefined();
    const calls = c.attentionNow().filter((a) => a.kind === 'call');
    expect(calls.map((a) => a.text)).toEqual([expect.stringMatching(/^Hotline H1, Russia to Coalition: PROPOSAL OF DECONFLICTION LINE/)]);
    c.acknowledge(calls[0]!.id);
    expect(c.attentionNow()).toEqual([]);
  });

  it('a call answered from the hotline leaves the banner without acknowledging', () => {
    const c = coalitionGame();
    const call = c.attentionNow().find((a) => a.kind === 'call')!;
    expect(c.sendHotline({ kind: 'reject', to: call.message! }).ok).toBe(true);
    expect(c.attentionNow()).toEqual([]);
  });
});

describe('messages that ask for no answer', () => {
  it('an answer to the player\'s own call, or a notice, is not put on the banner as a call to answer', () => {
    const c = coalitionGame();
    // The coalition answers Russia's proposal and asks for a meeting; Russia's phase answers it.
    const proposal = c.attentionNow().find((a) => a.kind === 'call')!;
    expect(c.sendHotline({ kind: 'reject', to: proposal.message! }).ok).toBe(true);
    expect(c.sendHotline({ kind: 'request_meeting' }).ok).toBe(true);
    for (let turn = 0; turn < 3; turn++) c.command({ type: 'end_phase' });
    const view = c.session.view();
    const info = view.crisis.messages.filter((m) => m.to === 'coalition' && m.status === 'info').map((m) => m.id);
    const asked = view.crisis.messages.filter((m) => m.to === 'coalition' && m.status !== 'info').map((m) => m.id);
    expect(info.length, 'the other camp sent something that asks for no answer').toBeGreaterThan(0);
    const onBanner = c.attention.filter((a) => a.message !== undefined);
    expect(onBanner.filter((a) => info.includes(a.message!)).map((a) => a.kind)).toEqual(info.map(() => 'message'));
    expect(onBanner.filter((a) => a.kind === 'call').map((a) => a.message)).toEqual(asked);
  });
});
