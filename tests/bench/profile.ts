/**
 * Where the time goes: a CPU profile (CDP Profiler, 100 µs sampling) of one bench function in real
 * Chromium, printed as self time and inclusive time per function of the core sources.
 *   npx tsx tests/bench/profile.ts analysis [corpus/path.html ...]   (analyzePage, 10 runs per page)
 *   npx tsx tests/bench/profile.ts figures <corpus/path.html>        (extractKeyFigures)
 * The bundle is built unminified, so function names are the source names.
 */
import { loadLabels, corpusDir } from '../helpers/corpus';
import { launchPlain } from './browser';
import { bundleBenchEntry } from './bundle';
import { startServer } from './server';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [what = 'analysis', ...paths] = process.argv.slice(2);
const labels = loadLabels();
const targets = paths.length ? paths : ['en-original/004.html', 'en/003.html', 'en-original/006.html', 'en-original/008.html'];
const server = await startServer(corpusDir());
server.set('/bench.js', await bundleBenchEntry(), 'text/javascript');
server.set('/host.html', '<!doctype html><html><body><script src="/bench.js"></script></body></html>');
const { browser, close } = await launchPlain();
const page = await browser.newPage();
await page.goto(`${server.origin}/host.html`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const p of targets) {
  await page.evaluate(async ([path, url, w]) => {
    const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
    const b = (globalThis as unknown as { rlCore: Record<string, (d: Document, u?: string) => unknown> }).rlCore;
    for (let i = 0; i < 10; i++) { if (w === 'figures') b.extractKeyFigures!(doc); else b.analyzePage!(doc, url); }
  }, [`/corpus/${p}`, labels[p]?.url ?? 'https://example.com/', what] as const);
}
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await close();
await server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const total = new Map<string, number>();
const key = (n: Node): string => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url.endsWith('bench.js') ? `:${n.callFrame.lineNumber + 1}` : ''}`;
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
  const n = byId.get(id);
  if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') return;
  all += dt;
  self.set(key(n), (self.get(key(n)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur) as Node);
    if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + dt); }
  }
});
const top = (m: Map<string, number>, n: number): string[] => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${((v / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log(`${what} on ${targets.join(', ')}: ${all.toFixed(0)} ms sampled\n\nself time:\n${top(self, 25).join('\n')}\n\ninclusive time:\n${top(total, 30).join('\n')}`);
