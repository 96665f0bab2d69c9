// How fast the map animates engine events: off, 1×, 2× or 4×. Kept in localStorage; the URL
// parameter ?anim=off|1|2|4 overrides it for one page load without storing it (tests use anim=off).
// No DOM beyond storage and the URL, so the scene can read it.

export type AnimSpeed = 'off' | '1' | '2' | '4';
export const ANIM_SPEEDS: readonly AnimSpeed[] = ['off', '1', '2', '4'];
export const ANIM_STORAGE_KEY = 'deconfliction.animSpeed';

const isSpeed = (s: string | null | undefined): s is AnimSpeed => ANIM_SPEEDS.includes(s as AnimSpeed);

export class AnimSetting {
  private readonly listeners = new Set<(s: AnimSpeed) => void>();

  constructor(private current: AnimSpeed, private readonly storage?: Pick<Storage, 'setItem'>) {}

  /** The URL's ?anim= if valid, else the stored choice, else 1×. */
  static load(search: string, storage?: Pick<Storage, 'getItem' | 'setItem'>): AnimSetting {
    const fromUrl = new URLSearchParams(search).get('anim');
    let stored: string | null = null;
    try { stored = storage?.getItem(ANIM_STORAGE_KEY) ?? null; } catch { /* blocked storage */ }
    return new AnimSetting(isSpeed(fromUrl) ? fromUrl : isSpeed(stored) ? stored : '1', storage);
  }

  get speed(): AnimSpeed { return this.current; }

  /** Time multiplier; 0 when animation is off. */
  get factor(): number { return this.current === 'off' ? 0 : Number(this.current); }

  set(speed: AnimSpeed): void {
    if (speed === this.current) return;
    this.current = speed;
    try { this.storage?.setItem(ANIM_STORAGE_KEY, speed); } catch { /* blocked storage */ }
    for (const fn of this.listeners) fn(speed);
  }

  onChange(fn: (s: AnimSpeed) => void): void { this.listeners.add(fn); }
}

let shared: AnimSetting | undefined;

/** The page's one setting, loaded on first use. */
export function animSetting(): AnimSetting {
  if (!shared) {
    let storage: Storage | undefined;
    try { storage = window.localStorage; } catch { storage = undefined; }
    shared = AnimSetting.load(location.search, storage);
  }
  return shared;
}
