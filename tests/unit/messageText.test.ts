// The hotline's formal text: one case per message kind, on the main scenario's map and calendar.
import { describe, expect, it } from 'vitest';
import type { HotlineMessage, Incident, MessageBody, Power } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { messageTime } from '../../src/text/crisisText';
import { type MessageContext, formatBody, formatMessage, messageHeader, statusText } from '../../src/text/messageText';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const CITY = { q: 1, r: 20 }; // Deir ez-Zor
const MU_HASAN = { q: 3, r: 23 };

const incident: Incident = {
  id: 'I2', turn: 2, hex: MU_HASAN, type: 'misidentified_strike', cause: null, victim: 'russia',
  knowledge: { coalition: 'caused', russia: 'suspects' }, losses: [{ unit: 'ru-1', camp: 'russia', steps: 1, greatPower: true }],
  escalation: 23, roll: { value: 10, chance: 25 }, status: 'open',
};

function message(id: string, from: Power, body: MessageBody, extra: Partial<HotlineMessage> = {}): HotlineMessage {
  return {
    id, turn: 1, at: '2017-09-09T06:20Z', from, to: from === 'coalition' ? 'russia' : 'coalition', channel: 'commanders',
    body, status: 'info', answer: null, ...extra,
  };
}

const proposal = message('H1', 'russia', { kind: 'propose_line', line: { kind: 'river' } }, { status: 'pending' });
const protest = message('H5', 'russia', { kind: 'protest', incident: 'I2' }, { status: 'pending', turn: 2 });
const holdFire = message('H6', 'russia', { kind: 'request_hold_fire', area: { centre: CITY, radius: 2 }, turns: 2 }, { status: 'pending' });
const ctx: MessageContext = { crisis: { messages: [proposal, protest, holdFire], incidents: [incident] } };
const text = (from: Power, body: MessageBody, turn = 1) => formatBody(scenario, from, body, turn, ctx);

describe('formal hotline text', () => {
  it('notify: a strike notice names the aircraft, the area by its place and hex, and the days', () => {
    const t = text('coalition', { kind: 'notify', activity: 'strike', area: { centre: CITY, radius: 1 }, turn: 1 });
    expect(t.title).toBe('NOTIFICATION OF STRIKE ACTIVITY');
    expect(t.body).toBe('Coalition aircraft will strike within 5 km of Deir ez-Zor (hex 1,20) on 9–10 Sep 2017 (turn 1). Request your forces keep clear.');
    const op = text('russia', { kind: 'notify', activity: 'operation', area: { centre: CITY, radius: 0 }, turn: 2 });
    expect(op.title).toBe('NOTIFICATION OF GROUND OPERATION');
    expect(op.body).toContain('Russian ground forces will operate at Deir ez-Zor (hex 1,20) on 11–12 Sep 2017 (turn 2)');
  });

  it('propose_line: the river line says which bank each side keeps; a hex strip names its ends', () => {
    const river = text('russia', proposal.body);
    expect(river.title).toBe('PROPOSAL OF DECONFLICTION LINE');
    expect(river.body).toContain('the Euphrates: Coalition forces keep to the east bank, Russian and government forces to the west bank');
    const strip = text('coalition', { kind: 'propose_line', line: { kind: 'hexes', hexes: [CITY, { q: 2, r: 20 }, MU_HASAN] } });
    expect(strip.body).toContain('a strip of 3 hexes from Deir ez-Zor (hex 1,20) to Mu Hasan (hex 3,23) that neither side\'s forces enter');
  });

  it('share_positions: for how long, to which date', () => {
    const t = text('coalition', { kind: 'share_positions', area: { centre: MU_HASAN, radius: 2 }, turns: 2 }, 3);
    expect(t.title).toBe('SHARING OF POSITIONS');
    expect(t.body).toContain('positions of Coalition forces within 10 km of Mu Hasan (hex 3,23) are shared with you for 2 turns, through 16 Sep 2017 (turn 4)');
  });

  it('request_hold_fire: asks the other power to hold fire into the area', () => {
    const t = text('russia', holdFire.body);
    expect(t.title).toBe('REQUEST TO HOLD FIRE');
    expect(t.body).toBe('Request Coalition forces hold all fire into the area within 10 km of Deir ez-Zor (hex 1,20) for 2 turns, through 12 Sep 2017 (turn 2). Request your answer.');
  });

  it('request_withdrawal: asks the other power to leave and stay out', () => {
    const t = text('coalition', { kind: 'request_withdrawal', area: { centre: MU_HASAN, radius: 1 }, turns: 1 });
    expect(t.title).toBe('REQUEST FOR WITHDRAWAL');
    expect(t.body).toContain('Request Russian forces withdraw from the area within 5 km of Mu Hasan (hex 3,23)');
    expect(t.body).toContain('stay out for 1 turn, through 10 Sep 2017 (turn 1)');
  });

  it('warn: the consequence, and whether it is public', () => {
    const t = text('russia', { kind: 'warn', area: { centre: CITY, radius: 1 }, consequence: 'strike_back', public: true });
    expect(t.title).toBe('PUBLIC WARNING');
    expect(t.body).toContain('Coalition forces are to keep out of the area within 5 km of Deir ez-Zor (hex 1,20) through 12 Sep 2017 (turn 2).');
    expect(t.body).toContain('Russian forces will strike back at any force that enters it or fires from it.');
    expect(t.body).toContain('This warning is made public.');
    const quiet = text('coalition', { kind: 'warn', area: { centre: CITY, radius: 1 }, consequence: 'hold_responsible', public: false });
    expect(quiet.title).toBe('WARNING');
    expect(quiet.body).not.toContain('public');
  });

  it('protest: the incident\'s date, place, type and losses', () => {
    const t = formatMessage(scenario, protest, ctx);
    expect(t.title).toBe('PROTEST OF INCIDENT I2');
    expect(t.body).toBe('On 11–12 Sep 2017 (turn 2) at Mu Hasan (hex 3,23): misidentified strike (I2). Our forces lost 1 step, great-power personnel among them. We protest this incident and request your explanation.');
  });

  it('request_meeting: a meeting next turn', () => {
    const t = text('coalition', { kind: 'request_meeting' }, 4);
    expect(t.title).toBe('REQUEST FOR MEETING');
    expect(t.body).toContain('face-to-face meeting of commanders on 17–18 Sep 2017 (turn 5)');
  });

  it('accept and reject quote the message they answer', () => {
    const yes = text('coalition', { kind: 'accept', to: 'H1' });
    expect(yes).toEqual({ title: 'ACCEPTANCE OF H1', body: 'Reference your H1, proposal of a deconfliction line along the Euphrates. Accepted.' });
    const no = text('coalition', { kind: 'reject', to: 'H6' });
    expect(no.title).toBe('REJECTION OF H6');
    expect(no.body).toBe('Reference your H6, request to hold fire within 10 km of Deir ez-Zor (hex 1,20) for 2 turns. Not accepted.');
  });

  it('counter: rejects the line and proposes another', () => {
    const t = text('coalition', { kind: 'counter', to: 'H1', line: { kind: 'hexes', hexes: [CITY] } });
    expect(t.title).toBe('COUNTER-PROPOSAL TO H1');
    expect(t.body).toContain('Reference your H1, proposal of a deconfliction line along the Euphrates. Not accepted.');
    expect(t.body).toContain('a single hex, Deir ez-Zor (hex 1,20), that neither side\'s forces enter');
  });

  it('acknowledge: a protest acknowledged admits the incident; a notice is received', () => {
    expect(text('coalition', { kind: 'acknowledge', to: 'H5' }).body).toBe('Reference your H5, protest of incident I2. We acknowledge responsibility for incident I2 and regret it.');
    const notice = message('H7', 'russia', { kind: 'notify', activity: 'strike', area: { centre: CITY, radius: 1 }, turn: 1 });
    const t = formatBody(scenario, 'coalition', { kind: 'acknowledge', to: 'H7' }, 1, { crisis: { messages: [notice], incidents: [] } });
    expect(t).toEqual({ title: 'ACKNOWLEDGEMENT OF H7', body: 'Reference your H7, notification of strike activity within 5 km of Deir ez-Zor (hex 1,20). Received and understood.' });
  });

  it('deny: denies responsibility for the protested incident', () => {
    expect(text('coalition', { kind: 'deny', to: 'H5' })).toEqual({
      title: 'DENIAL OF H5', body: 'Reference your H5, protest of incident I2. We deny responsibility for incident I2.',
    });
  });

  it('a reply to a message not in the context still names it', () => {
    expect(text('coalition', { kind: 'accept', to: 'H99' }).body).toBe('Reference your H99. Accepted.');
  });

  it('headers: id, channel, date-time group, from and to; and the status in words', () => {
    expect(messageTime('2017-09-09T06:20Z')).toBe('09 SEP 2017 0620Z');
    expect(messageTime('2017-10-01T20:40Z')).toBe('01 OCT 2017 2040Z');
    expect(messageHeader({ ...proposal, channel: 'air' })).toBe('H1 · Air channel · 09 SEP 2017 0620Z · Russia to Coalition');
    expect(statusText(proposal)).toBe('pending, awaiting answer');
    expect(statusText({ ...proposal, status: 'answered', answer: 'H2' })).toBe('answered by H2');
    expect(statusText({ ...proposal, status: 'unanswered' })).toBe('unanswered');
    expect(statusText({ ...proposal, status: 'info' })).toBe('for information');
    expect(statusText({ ...proposal, status: 'info', answer: 'H3' })).toBe('acknowledged by H3');
  });
});
