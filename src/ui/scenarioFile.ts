// "Load a scenario file": a file input in the start menu. The file is validated with the same checks
// as `npm run scenario -- validate`; its errors are listed, each with its JSON path and reason, and
// the page stays as it was. A file that validates is handed on to join the menu's list.
import { type DataError, type Scenario, dataError } from '../engine';
import { MAX_SCENARIO_BYTES } from '../scenarioFileLimit';
import { el } from './dom';
import { t } from '../i18n/messages';
import { dataErrorText } from '../text/dataErrorText';
import { readChosenFile } from './fileRead';

/** At most this many errors are listed; the rest are counted. */
const SHOWN = 30;

const item = (e: DataError): HTMLLIElement => el('li', {}, el('code', {}, e.path), `: ${dataErrorText(e)}`);

export function scenarioFilePicker(builtinIds: ReadonlySet<string>, onLoaded: (s: Scenario) => void): HTMLElement {
  // The browser draws its file widget in its own language, so a button of ours opens the chooser.
  const input = el('input', { type: 'file', id: 'scenario-file', accept: '.json,application/json', class: 'sr-only', tabindex: '-1', 'data-testid': 'scenario-file' });
  const choose = el('button', { type: 'button', 'data-testid': 'scenario-file-choose', 'aria-describedby': 'scenario-file-label scenario-file-hint' }, t().menu_file_choose());
  choose.addEventListener('click', () => input.click());
  const status = el('div', { class: 'scenario-file-status', role: 'status', 'data-testid': 'scenario-file-status' });
  const show = (title: string, list: readonly DataError[], error: boolean): void => {
    const shown = list.slice(0, SHOWN).map(item);
    if (list.length > SHOWN) shown.push(el('li', {}, t().menu_file_more({ count: list.length - SHOWN })));
    status.replaceChildren(el('p', { class: error ? 'error' : 'ok' }, title), ...(shown.length > 0 ? [el('ul', { 'data-testid': error ? 'scenario-file-errors' : 'scenario-file-warnings', tabindex: '0', 'aria-label': error ? t().menu_file_errors() : t().menu_file_warnings() }, ...shown)] : []));
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // the same file, edited, can be chosen again
    const refuse = (list: DataError[]): void => show(t().menu_file_refused({ file: file.name, count: list.length }), list, true);
    if (file.size > MAX_SCENARIO_BYTES) return refuse([dataError('(root)', 'file_too_big', { kb: Math.ceil(file.size / 1024), limit: MAX_SCENARIO_BYTES / 1024 })]);
    // The validator (zod) loads with the first file, not with the menu.
    Promise.all([readChosenFile(file), import('../scenarioFile')]).then(([read, { validateScenarioText }]) => {
      if (!read.ok) return refuse([dataError('(root)', 'file_unreadable', { detail: read.detail, fault: read.fault })]);
      const report = validateScenarioText(read.text);
      if (report.scenario && builtinIds.has(report.scenario.id)) {
        return refuse([dataError('id', 'builtin_id', { id: report.scenario.id })]);
      }
      if (!report.scenario) return refuse(report.errors);
      const loaded = { file: file.name, title: report.scenario.data.title };
      show(report.warnings.length > 0 ? t().menu_file_loaded_warnings({ ...loaded, count: report.warnings.length }) : t().menu_file_loaded(loaded), report.warnings, false);
      onLoaded(report.scenario);
    }, (e: unknown) => {
      console.warn(e); // the checker's code did not load, or threw: the player reads only that the file was not read
      refuse([dataError('(root)', 'file_unreadable', { detail: e instanceof Error ? e.message : String(e), fault: 'other' })]);
    });
  });
  return el('details', { class: 'scenario-file', 'data-testid': 'scenario-file-section' },
    el('summary', {}, t().menu_file_section()),
    el('label', { for: 'scenario-file', id: 'scenario-file-label', class: 'field-label' }, t().menu_file_label()), choose, input,
    el('p', { class: 'hint', id: 'scenario-file-hint' }, t().menu_file_hint()),
    status);
}
