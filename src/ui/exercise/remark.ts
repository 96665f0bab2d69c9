// The free-text remark box of a hot-seat exercise, in the hotline panel above the compose form: its
// text goes with the next message the team sends or answers (the controller's remark hook), as part
// of the hotline command, so a replay reproduces it.
import { HOTLINE_REMARK_MAX } from '../../engine';
import type { Controller } from '../../presenter/controller';
import { t } from '../../i18n/messages';
import { el } from '../dom';

export function mountRemarkBox(panel: HTMLElement, controller: Controller): HTMLTextAreaElement {
  const box = el('textarea', { id: 'hl-remark', rows: '2', maxlength: String(HOTLINE_REMARK_MAX), 'data-testid': 'hl-remark', 'aria-describedby': 'hl-remark-hint' });
  const count = el('span', { id: 'hl-remark-hint', class: 'hint' });
  const section = el('section', { class: 'remark-box', 'aria-labelledby': 'hl-remark-label' },
    el('label', { for: 'hl-remark', id: 'hl-remark-label' }, t().exercise_remark_label()), box, count);
  const update = (): void => { count.textContent = t().exercise_remark_count({ count: box.value.length, max: HOTLINE_REMARK_MAX }); };
  box.addEventListener('input', update);
  update();
  const incoming = panel.querySelector('section[aria-labelledby="incoming-title"]');
  if (incoming) incoming.before(section);
  else panel.append(section);
  controller.remark = {
    peek: () => box.value.trim().slice(0, HOTLINE_REMARK_MAX) || undefined,
    clear: () => { box.value = ''; update(); },
  };
  return box;
}
