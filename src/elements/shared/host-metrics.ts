/** What a chart reads from its host before laying itself out. */
export interface HostMetrics {
  /** The host's content width in CSS pixels (0 when it is not rendered). */
  width: number;
  /** The host's computed `font-family`, which text is measured in. */
  fontFamily: string;
}

const waiting = new Map<HTMLElement, ((metrics: HostMetrics) => void)[]>();

function flush(): void {
  const batch = [...waiting];
  waiting.clear();
  // Reads only, no writes in between: the browser lays the page out once for all of them.
  const read = batch.map(([host]) => ({ width: host.clientWidth, fontFamily: getComputedStyle(host).fontFamily }));
  batch.forEach(([, resolvers], i) => {
    for (const resolve of resolvers) resolve(read[i] as HostMetrics);
  });
}

/**
 * The host's width and font family, read together with those of every element asking in the same
 * round of microtasks. Each read forces the browser to lay out the page; read during each chart's
 * own update, after the previous chart drew itself, a page that adds 100 charts at once is laid
 * out 100 times, each time with one chart more, which was most of such a page's first paint.
 * Elements await it in `scheduleUpdate`: Lit runs every element's update in its own microtask, so
 * all charts added in one task ask before the first answer is read.
 */
export function hostMetrics(host: HTMLElement): Promise<HostMetrics> {
  return new Promise((resolve) => {
    if (waiting.size === 0) queueMicrotask(flush);
    const resolvers = waiting.get(host);
    if (resolvers) resolvers.push(resolve);
    else waiting.set(host, [resolve]);
  });
}
