// The class server's own errors in the page's language, from their code (src/net/protocol.ts): the
// server's English message stays for logs. An engine refusal is worded from its reason (refusalText).
import type { ServerError, ServerErrorCode } from '../net/protocol';
import { type Messages, t } from '../i18n/messages';
import { refusalText } from './refusalText';

/** One wording per code: a code without one is a type error here and a failing test. */
const SERVER_ERROR: { readonly [C in ServerErrorCode]: (m: Messages) => string } = {
  malformed_message: (m) => m.class_error_malformed_message(),
  unknown_code: (m) => m.class_error_unknown_code(),
  code_expired: (m) => m.class_error_code_expired(),
  not_your_seat: (m) => m.class_error_not_your_seat(),
  not_teacher: (m) => m.class_error_not_teacher(),
  unknown_group: (m) => m.class_error_unknown_group(),
  rate_limited: (m) => m.class_error_rate_limited(),
  message_too_large: (m) => m.class_error_message_too_large(),
  server_error: (m) => m.class_error_server_error(),
  class_over: (m) => m.class_error_class_over(),
};

/** Every server code, for tests that enumerate them. */
export const SERVER_ERROR_CODES = Object.keys(SERVER_ERROR) as ServerErrorCode[];

/** A server error in the current language; an engine code is a refusal, worded from its reason. */
export function serverErrorText(e: Pick<ServerError, 'code' | 'message' | 'refusal'>): string {
  if (Object.hasOwn(SERVER_ERROR, e.code)) return SERVER_ERROR[e.code as ServerErrorCode](t());
  return refusalText(e);
}
