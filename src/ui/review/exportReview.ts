// Export of the review: the browser's print (the print stylesheet lays it out for A4), a single
// self-contained HTML file (the page's styles inlined, the charts' canvases turned into images, no
// scripts or buttons), and the Review object as JSON.
import type { Review } from '../../review/types';
import { el } from '../dom';
import { currentLocale, isRtl, t } from '../../i18n/messages';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileBase = (review: Review): string => `review-${review.scenario.id}-${review.seed}`.replace(/[^A-Za-z0-9._-]/g, '_');

/** Every rule of the page's own style sheets (all same-origin). */
function pageCss(): string {
  const out: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    try {
      for (const rule of [...sheet.cssRules]) out.push(rule.cssText);
    } catch {
      // a cross-origin sheet: its rules cannot be read, and the page has none
    }
  }
  return out.join('\n');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The review as one HTML document that needs nothing else to open or print. */
export function standaloneHtml(root: HTMLElement, review: Review): string {
  const clone = root.cloneNode(true) as HTMLElement;
  const canvases = root.querySelectorAll('canvas');
  clone.querySelectorAll('canvas').forEach((c, i) => {
    const img = document.createElement('img');
    img.src = canvases[i]!.toDataURL('image/png');
    img.alt = '';
    img.style.width = canvases[i]!.style.width;
    img.style.height = canvases[i]!.style.height;
    c.replaceWith(img);
  });
  clone.querySelectorAll('.no-print, button, input, script').forEach((n) => n.remove());
  const locale = currentLocale();
  return `<!doctype html>\n<html lang="${locale}" dir="${isRtl(locale) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${escapeHtml(t().review_doc_title({ title: review.scenario.title, seed: review.seed }))}</title>`
    + `<style>${pageCss().replace(/<\/style/gi, '<\\/style')}</style></head><body class="review-body">${clone.outerHTML}</body></html>\n`;
}

export function exportButtons(root: HTMLElement, review: Review): HTMLElement {
  const print = el('button', { type: 'button', class: 'primary', 'data-testid': 'review-print' }, t().review_print());
  const html = el('button', { type: 'button', 'data-testid': 'review-download-html' }, t().review_download_html());
  const json = el('button', { type: 'button', 'data-testid': 'review-download-json' }, t().review_download_json());
  print.addEventListener('click', () => window.print());
  html.addEventListener('click', () => download(`${fileBase(review)}.html`, 'text/html', standaloneHtml(root, review)));
  json.addEventListener('click', () => download(`${fileBase(review)}.json`, 'application/json', `${JSON.stringify(review, null, 1)}\n`));
  return el('div', { class: 'buttons no-print', role: 'group', 'aria-label': t().review_export() }, print, html, json);
}
