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
