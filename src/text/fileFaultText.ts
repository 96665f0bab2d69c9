// Why a chosen file could not be read, in the player's language, from the kind of the browser's error
// (src/ui/fileRead.ts; the browser's own words are in the console).
import type { FileFault } from '../engine';
import { t } from '../i18n/messages';

export function fileFaultText(fault: FileFault): string {
  const m = t();
  switch (fault) {
    case 'gone': return m.menu_file_fault_gone();
    case 'denied': return m.menu_file_fault_denied();
    case 'forbidden': return m.menu_file_fault_forbidden();
    case 'other': return m.menu_file_fault_other();
  }
}
