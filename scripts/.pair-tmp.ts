// Scratch (not committed): cold loads of two builds alternated in one run, firstPlayable wall and CPU.
import { launchBrowser } from '../src/cli/chromium';
import { FIRST_PLAYABLE_PROBE, startPreview, stopPreview, tracedFirstPlayable } from '../src/cli/browserLoad';
import { median } from '../src/sim/benchStats';
import { loadavg } from 'node:os';
const [baseDir, newDir, nStr] = process.argv.slice(2);
const n = Number(nStr ?? 5);
const servers = [await startPreview('127.0.0.1', 4411, baseDir!), await startPreview('127.0.0.1', 4412, newDir!)];
const browser = await launchBrowser([]);
const res: Record<string, { wall: number[]; cpu: number[] }> = {};
console.log('load before', loadavg().map((x) => x.toFixed(2)).join(' '));
try {
  for (let i = 0; i < n; i++) for (const renderer of ['canvas', 'webgl']) for (const [label, port] of [['base', 4411], ['new', 4412]] as const) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.addInitScript(FIRST_PLAYABLE_PROBE);
    const r = await tracedFirstPlayable(browser, page, () => page.goto(`http://127.0.0.1:${port}/?camp=coalition&seed=bench&renderer=${renderer}`));
    await ctx.close();
    const k = `${renderer} ${label}`;
    (res[k] ??= { wall: [], cpu: [] }).wall.push(Math.round(r.wallMs));
    res[k].cpu.push(Math.round(r.cpuMs));
  }
} finally { await browser.close(); for (const s of servers) await stopPreview(s); }
console.log('load after', loadavg().map((x) => x.toFixed(2)).join(' '));
for (const [k, v] of Object.entries(res)) console.log(k, 'median wall', median(v.wall), 'cpu', median(v.cpu), 'samples', v.wall.map((w, i) => `${w}/${v.cpu[i]}`).join(' '));
for (const r of ['canvas', 'webgl']) {
  const b = res[`${r} base`]!, nw = res[`${r} new`]!;
  const ratios = nw.wall.map((w, i) => w / b.wall[i]!), cr = nw.cpu.map((c, i) => c / b.cpu[i]!);
  console.log(r, 'new/base paired median ratio: wall', median(ratios).toFixed(2), 'cpu', median(cr).toFixed(2));
}
