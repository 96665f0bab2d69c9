// The start screen: choose a camp and a seed. Resolves once the player presses Start.
import type { Power } from '../engine';
import type { LoadResult } from '../game/saves';
import { el } from './dom';
import { saveNotice } from './saveNotice';

export interface GameChoice { camp: Power; seed: string }
/** A new game, or the autosave continued. */
export type MenuChoice = ({ kind: 'new' } & GameChoice) | { kind: 'continue' };

export const CAMP_LABEL: Readonly<Record<Power, string>> = {
  coalition: 'US-backed coalition (SDF + US)',
  russia: 'Russian-backed government side (SAA + Russia)',
};

/** A short random seed for a new game (display only: the engine gets it as a string). */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

export function showStartMenu(root: HTMLElement, defaults: Partial<GameChoice>, save: LoadResult = { kind: 'none' }): Promise<MenuChoice> {
  const seedInput = el('input', { id: 'seed', name: 'seed', type: 'text', value: defaults.seed ?? randomSeed(), autocomplete: 'off', spellcheck: 'false' });
  const radio = (camp: Power) => el('label', { class: 'camp-choice' },
    el('input', { type: 'radio', name: 'camp', value: camp, checked: (defaults.camp ?? 'coalition') === camp }),
    ' ', CAMP_LABEL[camp]);
  let onContinue = (): void => {};
  const notice = saveNotice(save, () => onContinue());
  const form = el('form', { class: 'menu-card' },
    el('h1', {}, 'Deconfliction — The race for Deir ez-Zor, September 2017'),
    el('p', { class: 'lede' },
      'September 2017: the siege of Deir ez-Zor is broken. Government forces with Russian support push into the city and toward the river; ',
      'the SDF with US support drives down the Khabur toward the east bank\'s oil and gas. IS holds the ground between them, ',
      'and the two great powers must not collide.'),
    notice,
    el('fieldset', {}, el('legend', {}, save.kind === 'none' ? 'Choose your camp' : 'New game: choose your camp'), radio('coalition'), radio('russia')),
    el('label', { for: 'seed', class: 'seed-label' }, 'Seed (the same seed replays the same dice)'),
    seedInput,
    el('button', { type: 'submit', id: 'start-button', class: save.kind === 'ok' ? undefined : 'primary' }, save.kind === 'none' ? 'Start' : 'Start a new game'),
  );
  const overlay = el('div', { class: 'overlay', id: 'start-menu', role: 'dialog', 'aria-labelledby': 'menu-title' }, form);
  form.querySelector('h1')!.id = 'menu-title';
  root.append(overlay);
  return new Promise((resolve) => {
    onContinue = () => {
      overlay.remove();
      resolve({ kind: 'continue' });
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const checked = form.querySelector<HTMLInputElement>('input[name="camp"]:checked');
      const camp: Power = checked?.value === 'russia' ? 'russia' : 'coalition';
      const seed = seedInput.value.trim() || randomSeed();
      overlay.remove();
      resolve({ kind: 'new', camp, seed });
    });
  });
}
