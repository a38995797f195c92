/** What a chart reads from its host before laying itself out. */
export interface HostMetrics {
  /** The host's width and height inside its borders, in CSS pixels (0 when it is not rendered). */
  width: number;
  height: number;
  /** The host's computed `font-family`, which text is measured in. */
  fontFamily: string;
  /** The host's computed `direction` (`rtl` under a `dir="rtl"` ancestor); empty when it is not rendered. */
  direction: string;
  /** The computed values of the custom properties asked for, trimmed (empty when not set). */
  values: Readonly<Record<string, string>>;
}

interface Asking {
  properties: Set<string>;
  resolvers: ((metrics: HostMetrics) => void)[];
}

const waiting = new Map<HTMLElement, Asking>();

function read(host: HTMLElement, properties: ReadonlySet<string>): HostMetrics {
  const style = getComputedStyle(host);
  const values: Record<string, string> = {};
  for (const name of properties) values[name] = style.getPropertyValue(name).trim();
  return { width: host.clientWidth, height: host.clientHeight, fontFamily: style.fontFamily, direction: style.direction, values };
}

function flush(): void {
  const batch = [...waiting];
  waiting.clear();
  // Reads only, no writes in between: the browser lays the page out once for all of them.
  const metrics = batch.map(([host, asking]) => read(host, asking.properties));
  batch.forEach(([, asking], i) => {
    for (const resolve of asking.resolvers) resolve(metrics[i] as HostMetrics);
  });
}

/**
 * The host's size, font family, direction and the custom `properties` asked for, read together with
 * those of every element asking in the same round of microtasks. Each read forces the browser to
 * lay out the page; read during each chart's own update, after the previous chart drew itself, a
 * page that adds 100 charts at once is laid out 100 times, each time with one chart more, which
 * was most of such a page's first paint. Elements await it in `scheduleUpdate`: Lit runs every
 * element's update in its own microtask, so all charts added in one task ask before the first
 * answer is read.
 */
export function hostMetrics(host: HTMLElement, properties: readonly string[] = []): Promise<HostMetrics> {
  return new Promise((resolve) => {
    if (waiting.size === 0) queueMicrotask(flush);
    let asking = waiting.get(host);
    if (!asking) waiting.set(host, (asking = { properties: new Set(), resolvers: [] }));
    for (const name of properties) asking.properties.add(name);
    asking.resolvers.push(resolve);
  });
}
