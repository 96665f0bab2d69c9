// The controller hands back the hotline message it has just sent, taken from the command's event
// (the hotline form shows its id), or the engine's error.
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/presenter/controller';
import { GameSession } from '../../src/presenter/session';
import { hotlineGame } from './fixtures';

function russiaAtTheLine(): Controller {
  const { scenario, state } = hotlineGame();
  return new Controller(new GameSession(scenario, 'russia', 'controller-hotline', { state }));
}

describe('Controller.sendHotline', () => {
  it('returns the message the engine put on the line, with its id', () => {
    const controller = russiaAtTheLine();
    const before = controller.session.view().crisis.messages.map((m) => m.id);
    const sent = controller.sendHotline({ kind: 'request_meeting' });
    if (!sent.ok) throw new Error(sent.error.message);
    const after = controller.session.view().crisis.messages;
    const added = after.filter((m) => !before.includes(m.id));
    expect(added.map((m) => m.id)).toEqual([sent.message!.id]);
    expect(sent.message).toEqual(added[0]);
    expect(sent.message!.from).toBe('russia');
  });

  it("an answer returns the answer, not the message answered", () => {
    const controller = russiaAtTheLine();
    const asked = controller.session.view().crisis.messages.find((m) => m.to === 'russia' && m.status === 'pending')!;
    const sent = controller.sendHotline({ kind: 'accept', to: asked.id });
    if (!sent.ok) throw new Error(sent.error.message);
    expect(sent.message!.body).toEqual({ kind: 'accept', to: asked.id });
    expect(controller.session.view().crisis.messages.find((m) => m.id === asked.id)!.answer).toBe(sent.message!.id);
  });

  it('returns the engine error and changes nothing when the message is refused', () => {
    const controller = russiaAtTheLine();
    const before = controller.session.view().crisis.messages.length;
    const sent = controller.sendHotline({ kind: 'accept', to: 'H999' });
    expect(sent.ok).toBe(false);
    if (!sent.ok) expect(sent.error.message).toMatch(/H999/);
    expect(controller.session.view().crisis.messages.length).toBe(before);
  });
});
