// Build-only Vite plugin: `phaser` becomes src/scenes/phaserCustom.js, which pulls only the parts of
// Phaser's CommonJS sources the game uses, with sound compiled out. The dev server keeps the package's
// prebuilt bundle (fast to start; the same API), so this runs in `vite build` only.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const CUSTOM = fileURLToPath(new URL('../src/scenes/phaserCustom.js', import.meta.url));
// phaser's package.json exports only its bundles; its sources are found through the package's folder.
const PHASER_DIR = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
const PHASER_SRC = join(PHASER_DIR, 'src');

/** Phaser's build flags, as its webpack config defines them (`typeof FLAG` stands for a boolean). */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG_RE = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserCustomBuild(): Plugin {
  return {
    name: 'phaser-custom-build',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'phaser') return CUSTOM;
      if (id.startsWith('phaser/src/')) return join(PHASER_DIR, id.slice('phaser/'.length));
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC) || !code.includes('typeof ')) return null;
      return { code: code.replace(FLAG_RE, (_m, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}
