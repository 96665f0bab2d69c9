// The figures issue 14 asks for, before and after a change of layers: import circles (strongly
// connected groups of src/ files, type-only imports included), imports between scenes/ and ui/, the
// engine's export count and the longest file. Run: npx tsx scripts/layer-report.ts [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = filesUnder(src);
const edges = new Map<string, string[]>();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = info.importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t): t is string => t !== undefined);
  edges.set(file, [...new Set(targets)]);
}

// Tarjan's strongly connected components: each group of two or more files is one circle.
function circles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const seen = new Map<string, { index: number; low: number; onStack: boolean }>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    const node = { index, low: index, onStack: true };
    index++;
    seen.set(v, node);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      const next = seen.get(w);
      if (!next) { visit(w); node.low = Math.min(node.low, seen.get(w)!.low); }
      else if (next.onStack) node.low = Math.min(node.low, next.index);
    }
    if (node.low === node.index) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; seen.get(w)!.onStack = false; group.push(w); } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const f of files) if (!seen.has(f)) visit(f);
  return groups;
}

const rel = (f: string): string => relative(src, f);
const crossing = [...edges].flatMap(([from, tos]) => tos
  .filter((to) => (rel(from).startsWith('scenes/') && rel(to).startsWith('ui/')) || (rel(from).startsWith('ui/') && rel(to).startsWith('scenes/')))
  .map((to) => `${rel(from)} -> ${rel(to)}`));

function engineExports(): number {
  const index = join(src, 'engine', 'index.ts');
  const program = ts.createProgram([index], { noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(index)!);
  return symbol ? checker.getExportsOfModule(symbol).length : 0;
}

const lengths = files.map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 })).sort((a, b) => b.lines - a.lines);
const report = {
  files: files.length,
  circles: circles().map((g) => g.map(rel).sort()),
  scenesUiImports: crossing,
  engineExports: engineExports(),
  longestFiles: lengths.slice(0, 3),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`files: ${report.files}`);
  console.log(`import circles: ${report.circles.length}`);
  for (const g of report.circles) console.log(`  [${g.length}] ${g.join(', ')}`);
  console.log(`imports between scenes/ and ui/: ${crossing.length}`);
  for (const c of crossing) console.log(`  ${c}`);
  console.log(`engine exports: ${report.engineExports}`);
  console.log(`longest files: ${report.longestFiles.map((l) => `${l.file} (${l.lines})`).join(', ')}`);
}
