// Sharing a game: the replay as a file download, the replay as a link (the whole game deflated into
// the URL fragment), and the short game code of its scenario and seed.
import type { Replay } from '../../replay/format';
import { gameCode } from '../../replay/gameCode';
import { el } from '../dom';
import { t } from '../../i18n/messages';

/** "deconfliction-DEZ17-k3x9q-turn7.json": safe as a file name whatever the seed holds. */
export function replayFileName(replay: Replay, turn: number): string {
  return `deconfliction-${gameCode(replay.scenario.id, replay.seed)}-turn${turn}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function downloadReplay(replay: Replay, turn: number): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(replay, null, 1)], { type: 'application/json' }));
  const a = el('a', { href: url, download: replayFileName(replay, turn) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page's address without its fragment, then the replay's fragment (its compression loads on first use). */
export async function replayLink(replay: Replay, turn?: number): Promise<string> {
  const { replayFragment } = await import('../../replay/link');
  return `${location.origin}${location.pathname}${location.search}${replayFragment(replay, turn)}`;
}

/** A new game of the same scenario and seed: the same start and the same dice for the same orders. */
export function gameLink(scenarioId: string, seed: string): string {
  return `${location.origin}${location.pathname}?${new URLSearchParams({ scenario: scenarioId, seed })}`;
}

/** A labelled read-only field that shows a link, and puts it on the clipboard when asked. */
export class LinkField {
  readonly root: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly note = el('span', { class: 'link-note', role: 'status', 'data-testid': 'link-note' });

  constructor(id: string, label: string) {
    this.input = el('input', { id, type: 'text', readonly: true, class: 'link-field', 'data-testid': id });
    this.root = el('div', { class: 'link-box' }, el('label', { for: id, class: 'field-label' }, label), this.input, this.note);
    this.root.hidden = true;
  }

  async show(link: string): Promise<void> {
    this.root.hidden = false;
    this.input.value = link;
    this.input.focus();
    this.input.select();
    try {
      await navigator.clipboard.writeText(link);
      this.note.textContent = t().replay_copied({ size: String(Math.ceil(link.length / 1024)) });
    } catch {
      this.note.textContent = t().replay_copy_by_hand();
    }
  }
}
