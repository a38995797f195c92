// Where the time of a traced stretch goes: the renderer main thread's rendering work (style,
// layout, paint…) from the timeline events, and the self time per JS function from V8's sampling
// profiler, mapped back to the TypeScript source through the bench bundle's source map.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

/** Main-thread events worth naming (inclusive ms; nested ones like Layout inside a script are counted too). */
const TIMELINE = [
  'FireAnimationFrame',
  'EventDispatch',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'HitTest',
  'ParseHTML',
];
/** V8's pseudo-frames: idle, native work outside JS (rendering, commit, waiting on the OS), GC. */
const NOT_JS = new Set(['(idle)', '(program)', '(root)', '(garbage collector)']);

/**
 * @param {{ traceEvents?: object[] } | object[]} trace Chrome's trace JSON.
 * @param {string} mapFile the bench bundle's source map.
 * @param {string} bundleUrl the URL the bundle was loaded from (other scripts keep their URL).
 */
export function summariseTrace(trace, mapFile, bundleUrl, top = 15) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  // Several renderers can be traced (the page's and idle ones): the page's main thread is the busiest.
  const busy = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      busy.set(`${e.pid}:${e.tid}`, { pid: e.pid, tid: e.tid, us: 0 });
  }
  for (const e of events) {
    const thread = e.ph === 'X' ? busy.get(`${e.pid}:${e.tid}`) : undefined;
    if (thread) thread.us += e.dur ?? 0;
  }
  const main = [...busy.values()].sort((a, b) => b.us - a.us)[0];
  const onMain = (e) => main && e.pid === main.pid && e.tid === main.tid;

  const timeline = new Map();
  let frames = 0;
  for (const e of events) {
    if (!onMain(e) || e.ph !== 'X' || !TIMELINE.includes(e.name)) continue;
    if (e.name === 'FireAnimationFrame') frames += 1;
    timeline.set(e.name, (timeline.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }

  // ProfileChunks carry the call tree's nodes (once each) and the samples with their time deltas.
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || (main && e.pid !== main.pid)) continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(n.id, n.callFrame);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => samples.push([id, (deltas[i + 1] ?? 0) / 1000]));
  }
  let map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  } catch {
    map = undefined;
  }
  const where = (frame) => {
    if (frame.url === bundleUrl && map) {
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
      if (entry?.originalSource)
        return `${relative(process.cwd(), resolve(dirname(mapFile), entry.originalSource))}:${entry.originalLine + 1}`;
    }
    return frame.url ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '(native)';
  };
  const self = new Map();
  let total = 0;
  for (const [id, ms] of samples) {
    const frame = nodes.get(id);
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    const key = NOT_JS.has(name) ? name : `${name} ${where(frame)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    if (!NOT_JS.has(name)) total += ms;
  }
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    frames,
    jsMs: round(total),
    gcMs: round(self.get('(garbage collector)') ?? 0),
    timeline: [...timeline]
      .sort((a, b) => b[1] - a[1])
      .map(([event, ms]) => ({ event, ms: round(ms), 'ms per frame': frames ? round(ms / frames) : '-' })),
    selfTime: [...self]
      .filter(([key]) => !NOT_JS.has(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({
        function: fn,
        'self ms': round(ms),
        'share of JS': `${Math.round((ms / (total || 1)) * 100)}%`,
        'ms per frame': frames ? round(ms / frames) : '-',
      })),
  };
}
