// A recorded command in the viewer's words: unit names for ids and place names for coordinates, in the
// page's language (describeCommand in src/replay/verifyErrors.ts is the English of the CLI and its errors).
import type { Command, Hex, MessageKind } from '../engine';
import { t } from '../i18n/messages';
import { rulingText } from './crisisText';
import { MESSAGE_KIND_LABEL } from './messageText';

interface CommandWords {
  kindName?: (kind: MessageKind) => string;
  injectTitle?: (id: string) => string;
}

/**
 * `kindName` words a hotline message's kind: by default its label in the page's language.
 * `injectTitle` names a scenario inject by its id: the viewer gives its title, an error keeps the id.
 */
export function commandText(
  c: Command, unitName: (id: string) => string, place: (h: Hex) => string,
  { kindName = (k) => MESSAGE_KIND_LABEL[k] ?? k, injectTitle = (id) => id }: CommandWords = {},
): string {
  const m = t();
  switch (c.type) {
    case 'move': return m.replay_cmd_move({ unit: unitName(c.unit), place: place(c.to) });
    case 'attack': return m.replay_cmd_attack({ unit: unitName(c.unit), place: place(c.target) });
    case 'air_strike': return m.replay_cmd_air_strike({ place: place(c.target) });
    case 'build_pontoon': return m.replay_cmd_pontoon({ unit: unitName(c.unit), place: place(c.at) });
    case 'lay_mine': return m.replay_cmd_mine({ unit: unitName(c.unit), place: place(c.at) });
    case 'end_phase': return m.replay_cmd_end_phase();
    case 'hotline': return m.replay_cmd_hotline({ kind: kindName(c.message.kind) });
    case 'inject': return c.inject.kind === 'scenario' ? m.replay_cmd_inject({ title: injectTitle(c.inject.id) }) : m.replay_cmd_custom_inject({ title: c.inject.title });
    case 'order': return c.order === 'restrain' ? m.replay_cmd_order_restrain({ unit: unitName(c.unit) }) : m.replay_cmd_order_free({ unit: unitName(c.unit) });
    case 'ruling': return m.replay_cmd_ruling({ incident: c.incident, finding: rulingText(c.finding) });
  }
}
