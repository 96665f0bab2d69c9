// `npm run chunks -- [chunk-name-substring...]`: builds the test build into
// node_modules/.chunk-report and lists, per JS chunk of the game page, its gzip size and the modules
// in it by rendered size, largest first. For finding what the first screen pulls in.
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const only = process.argv.slice(2);
const report: Plugin = {
  name: 'chunk-report',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (only.length && !only.some((s) => chunk.fileName.includes(s))) continue;
      const gz = gzipSync(chunk.code).length;
      console.log(`\n${chunk.fileName}: ${(chunk.code.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip; imports ${chunk.imports.join(' ')}; dynamic ${chunk.dynamicImports.join(' ')}`);
      const mods = Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength] as const).sort((a, b) => b[1] - a[1]);
      for (const [id, len] of mods.slice(0, 25)) console.log(`  ${(len / 1024).toFixed(1).padStart(7)} kB  ${id}`);
      if (mods.length > 25) console.log(`  ... ${mods.length - 25} more (${(mods.slice(25).reduce((s, m) => s + m[1], 0) / 1024).toFixed(1)} kB)`);
    }
  },
};
await build({ mode: 'test', logLevel: 'warn', plugins: [report], build: { outDir: 'node_modules/.chunk-report', emptyOutDir: true } });
