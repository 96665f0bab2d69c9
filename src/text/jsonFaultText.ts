// Where a JSON text fails to parse, in the player's language (src/engine/jsonFault.ts reads it from the
// parser's English, which stays the error's message).
import type { JsonFault } from '../engine';
import { t } from '../i18n/messages';

export function jsonFaultText(f: JsonFault): string {
  const m = t();
  switch (f.kind) {
    case 'at': return m.error_json_at(f);
    case 'end': return m.error_json_end();
    case 'token': return m.error_json_token(f);
    case 'other': return m.error_json_other();
  }
}
