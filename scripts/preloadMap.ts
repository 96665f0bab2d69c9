// Build-only Vite plugin: the game page (index.html) modulepreloads the map's chunks (the scene, the
// unit symbols and Phaser, with what they import), so they download and compile while the page starts,
// instead of after the menu or the first screen asks for them (src/pages/mapLoader.ts).
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

/** The map's dynamically imported modules, as paths ending their module ids. */
const MAP_MODULES = ['/src/scenes/startGame.ts', '/src/scenes/symbolImages.ts'];

export function preloadMap(): Plugin {
  let base = './';
  return {
    name: 'preload-map',
    apply: 'build',
    configResolved(config) { base = config.base; },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('/index.html')) return undefined;
        const chunks = Object.values(ctx.bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const roots = MAP_MODULES.map((m) => {
          const c = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(m)));
          if (!c) throw new Error(`preload-map: no chunk holds ${m}`);
          return c;
        });
        // A chunk and its static imports, transitively, into `into`.
        const walk = (c: Rolldown.OutputChunk, into: Set<string>): void => {
          if (into.has(c.fileName)) return;
          into.add(c.fileName);
          for (const i of c.imports) { const d = byName.get(i); if (d) walk(d, into); }
        };
        // Vite preloads the entry's own static imports already.
        const entry = new Set<string>();
        if (ctx.chunk) walk(ctx.chunk, entry);
        const map = new Set<string>();
        roots.forEach((c) => walk(c, map));
        return [...map].filter((f) => !entry.has(f)).map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' }));
      },
    },
  };
}
