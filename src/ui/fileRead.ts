// Reading a file the player chose (a scenario, a replay, a class's replays). When the browser cannot,
// its error's message is its own words, in the browser's language: the screen words the error's name
// (fileFaultText) and the console keeps the message and the error.
import type { FileFault } from '../engine';

export type FileRead = { ok: true; text: string } | { ok: false; fault: FileFault; detail: string };

/** The DOMException's name as a kind the screen can word. */
export function fileFault(e: unknown): FileFault {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  if (name === 'NotFoundError') return 'gone';
  if (name === 'NotReadableError') return 'denied';
  return name === 'SecurityError' ? 'forbidden' : 'other';
}

export async function readChosenFile(file: Pick<File, 'name' | 'text'>): Promise<FileRead> {
  try {
    return { ok: true, text: await file.text() };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    console.warn(`"${file.name}" could not be read: ${detail}`, e);
    return { ok: false, fault: fileFault(e), detail };
  }
}
