/**
 * Main-thread time of one extension in a Chromium trace of a page load, as the reader pays it.
 *
 * Per top-level task of the page's main thread (CrRendererMain): the duration of the extension's
 * script evaluations (`EvaluateScript`/`v8.compile` with a chrome-extension://<id>/ URL: compiling
 * and running a content script, which the sampler shows as "(program)"), plus, outside those, the
 * CPU-profiler samples whose stack holds a frame from the extension's scripts (function calls,
 * timers, events, idle callbacks, promise continuations, `scheduler.yield` resumptions — whatever
 * queued them). A task's attributed time is the extension's share of that task; the longest one
 * is the longest time the extension held the page in one go.
 */
export type TraceEvent = {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number } };
  id?: string;
};
type ProfileNode = { id: number; parent?: number; callFrame: { url?: string; functionName?: string } };

export type ExtensionCost = {
  /** Main-thread ms attributed to the extension over the whole trace. */
  totalMs: number;
  /** The largest attribution within one task, ms. */
  longestTaskMs: number;
  /** Tasks in which the extension ran. */
  tasks: number;
  /** Script URLs of the extension seen evaluating (e.g. to tell whether a bundle was injected). */
  scripts: string[];
};

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const EVAL_NAMES = new Set(['EvaluateScript', 'v8.compile']);

/**
 * The renderer main thread that evaluated a script of `origin` (the page's renderer).
 * `isPageScript` narrows that to content scripts: an extension's own pages (e.g. the offscreen
 * document that analyses page snapshots) evaluate its scripts too, in another process.
 */
function mainThreadOf(events: TraceEvent[], origins: string[], isPageScript: (url: string) => boolean): { pid: number; tid: number } | null {
  for (const e of events) {
    const url = e.args?.data?.url;
    if (e.name === 'EvaluateScript' && typeof url === 'string' && origins.some((o) => url.startsWith(o)) && isPageScript(url)) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

/** Samples of the CPU profile on (pid, tid): [time µs, stack holds a frame of `origin`] per origin. */
function samplesOf(events: TraceEvent[], pid: number, origins: string[]): Array<{ t: number; dt: number; hits: boolean[] }> {
  const nodes = new Map<number, ProfileNode>();
  const chunks: Array<{ samples: number[]; deltas: number[] }> = [];
  let start: number | null = null;
  // The profile of the main thread: its "Profile" event (same pid) names the id the chunks use.
  const profileIds = new Set<string>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && e.id) {
      profileIds.add(e.id);
      if (start === null && typeof e.args?.data?.startTime === 'number') start = e.args.data.startTime;
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || (e.id && !profileIds.has(e.id))) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    chunks.push({ samples: d?.cpuProfile?.samples ?? [], deltas: d?.timeDeltas ?? [] });
  }
  if (start === null) return [];
  const memo = new Map<number, boolean[]>();
  const hitsOf = (id: number): boolean[] => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = nodes.get(id);
    const url = node?.callFrame.url ?? '';
    const own = origins.map((o) => url.startsWith(o));
    const up = node?.parent !== undefined ? hitsOf(node.parent) : origins.map(() => false);
    const hits = own.map((h, i) => h || (up[i] ?? false));
    memo.set(id, hits);
    return hits;
  };
  // Parents: the nodes list gives children or parent depending on the version.
  for (const n of nodes.values()) for (const c of (n as unknown as { children?: number[] }).children ?? []) {
    const child = nodes.get(c);
    if (child && child.parent === undefined) child.parent = n.id;
  }
  const out: Array<{ t: number; dt: number; hits: boolean[] }> = [];
  let t = start;
  for (const { samples, deltas } of chunks) {
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      out.push({ t, dt: 0, hits: hitsOf(samples[i] as number) });
    }
  }
  out.sort((a, b) => a.t - b.t);
  // A sample stands for the time until the next one (capped: a gap means the thread was idle).
  for (let i = 0; i < out.length; i++) {
    const next = out[i + 1];
    (out[i] as { dt: number }).dt = next ? Math.min(next.t - (out[i] as { t: number }).t, 2_000) : 0;
  }
  return out;
}

/** The cost of each extension (by origin, e.g. chrome-extension://<id>/) in the trace. */
export function extensionCosts(events: TraceEvent[], origins: string[], isPageScript: (url: string) => boolean = () => true): ExtensionCost[] {
  const thread = mainThreadOf(events, origins, isPageScript);
  const empty = origins.map(() => ({ totalMs: 0, longestTaskMs: 0, tasks: 0, scripts: [] as string[] }));
  if (!thread) return empty;
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => TASK_NAMES.has(e.name)).sort((a, b) => a.ts - b.ts);
  // Outermost tasks only (RunTask nests inside ThreadControllerImpl::RunTask).
  const top: TraceEvent[] = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(task);
  }
  const evals = onMain.filter((e) => EVAL_NAMES.has(e.name) && typeof e.args?.data?.url === 'string');
  const samples = samplesOf(events, thread.pid, origins);
  return origins.map((origin, k) => {
    const mine = evals.filter((e) => (e.args?.data?.url as string).startsWith(origin));
    // Outermost evaluations (v8.compile nests inside EvaluateScript).
    const outer = mine.filter((e) => !mine.some((o) => o !== e && o.ts <= e.ts && e.ts + (e.dur ?? 0) <= o.ts + (o.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0)));
    const scripts = [...new Set(mine.map((e) => e.args?.data?.url as string))];
    let total = 0;
    let longest = 0;
    let count = 0;
    let s = 0;
    for (const task of top) {
      const end = task.ts + (task.dur ?? 0);
      const inTask = outer.filter((e) => e.ts >= task.ts && e.ts < end);
      let us = inTask.reduce((n, e) => n + (e.dur ?? 0), 0);
      while (s < samples.length && (samples[s] as { t: number }).t < task.ts) s++;
      for (let j = s; j < samples.length && (samples[j] as { t: number }).t < end; j++) {
        const sample = samples[j] as { t: number; dt: number; hits: boolean[] };
        if (!sample.hits[k]) continue;
        if (inTask.some((e) => sample.t >= e.ts && sample.t < e.ts + (e.dur ?? 0))) continue;
        us += Math.min(sample.dt, end - sample.t);
      }
      if (us <= 0) continue;
      count++;
      total += us;
      longest = Math.max(longest, us);
    }
    return { totalMs: total / 1000, longestTaskMs: longest / 1000, tasks: count, scripts };
  });
}
