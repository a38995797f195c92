/** In-page helpers for `bench/*.bench.ts` files, which `npm run bench` bundles and runs in Chromium. */

export interface BenchRow {
  bench: string;
  case: string;
  [metric: string]: string | number;
}

declare global {
  interface Window {
    __benchRows: BenchRow[];
    __benchDone: boolean;
    __benchError: string | undefined;
  }
}

window.__benchRows = [];
window.__benchDone = false;

/** Records one result row; numbers are printed rounded to 0.1. */
export function record(row: BenchRow): void {
  window.__benchRows.push(row);
}

/** Median of `runs` timings of `fn` (ms), after one warm-up call. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Waits until the browser has painted the current frame. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** JS heap in use (MB), where Chromium exposes it. */
export function heapMB(): number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round((memory.usedJSHeapSize / 1048576) * 10) / 10 : Number.NaN;
}

/** Runs the bench body and signals the runner when it is done. */
export function bench(body: () => Promise<void>): void {
  body().then(
    () => {
      window.__benchDone = true;
    },
    (error: unknown) => {
      window.__benchError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      window.__benchDone = true;
    },
  );
}

/** Resolves inside the next animation-frame callback: code after `await nextFrame()` runs at the top of a frame. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Resolves when the frame being produced now has been rendered (style, layout, paint): a message
 * posted from inside a frame runs only after that frame's rendering steps. From a plain task, it
 * resolves before the next frame.
 */
export function frameEnd(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Milliseconds from the top of a frame, through `work` (input handling, renders in microtasks), to
 * the end of the frame that shows the result. Unlike two requestAnimationFrames it does not round
 * up to the 16.7 ms vsync, so it measures the work a frame costs. `work` that only draws a frame
 * later (d3 transitions) must await `nextFrame()` itself.
 */
export async function frameMs(work: () => unknown | Promise<unknown>): Promise<number> {
  await nextFrame();
  const start = performance.now();
  await work();
  await frameEnd();
  return performance.now() - start;
}

/**
 * Collects the garbage left so far (the runner exposes `gc`), so that a timed run does not pay for
 * the previous run's, which may be the other library's.
 */
export function collectGarbage(): void {
  (window as Window & { gc?: () => void }).gc?.();
}

/** Resolves when every element of `els` has finished updating (an update can ask for another). */
export async function allDrawn(els: readonly { updateComplete: Promise<boolean> }[]): Promise<void> {
  await Promise.all(
    els.map(async (el) => {
      while (!(await el.updateComplete));
    }),
  );
}

/** Median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * JS heap in use (MB) once the page is quiet: after two frames and a task (so observers, timers
 * and pending renders have let go of what they hold) and two full collections (the runner exposes
 * `gc`; DOM wrappers freed by the first are only reclaimed by the next).
 */
export async function retainedHeapMB(): Promise<number> {
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  collectGarbage();
  return heapMB();
}

/** One case measured for oob-charts and, where one can do it, a peer library, in the same page. */
export interface PairRow {
  group: string;
  case: string;
  /** The peer library, or why no peer is measured. */
  peer: string;
  /** The peer's median ms, or a reason it has none (it cannot do this case, or it was skipped). */
  peerMs: number | string;
  oursMs: number;
  /** Heap retained by the peer's / our chart (MB), where measured. */
  peerHeapMB?: number;
  oursHeapMB?: number;
  /** Timed runs (or frames) behind each median: ours, then the peer's. */
  runs: string;
  /** Every timing, for latest.json. */
  samples?: { ours: number[]; peer?: number[] };
}

/** Records a side-by-side row; the runner prints it in the comparison table with the ratio ours / peer. */
export function recordPair(row: PairRow): void {
  // Samples are arrays, which plain rows do not hold; the runner reads them from `bench: 'versus'` rows.
  window.__benchRows.push({ bench: 'versus', ...row } as unknown as BenchRow);
  const peer = typeof row.peerMs === 'number' ? `${row.peerMs.toFixed(1)} ms` : row.peerMs;
  console.log(`[bench] ${row.group}, ${row.case}: oob-charts ${row.oursMs.toFixed(1)} ms, peer ${peer}`);
}

/** Asks the runner to start or stop a Chrome trace (`npm run bench` summarises it); a no-op without the runner. */
export async function trace(action: 'start' | 'stop', label: string): Promise<void> {
  const hook = (window as Window & { __benchTrace?: (action: string, label: string) => Promise<void> }).__benchTrace;
  if (hook) await hook(action, label);
}

/** `npm run bench -- --quick`: fewer sizes and runs, for a check in about a minute. */
export const quick = new URLSearchParams(location.search).has('quick');

/** `npm run bench -- --slow-peers`: run a peer's biggest cases even when the previous size took many seconds. */
export const slowPeers = new URLSearchParams(location.search).has('slow-peers');
