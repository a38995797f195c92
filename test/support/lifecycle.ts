/**
 * Counts what an element can leave behind in a page: event listeners on anything that outlives it
 * (window, document, media queries, connected nodes), active ResizeObserver / MutationObserver /
 * IntersectionObserver observations, pending timers and animation frames. Installed on import by
 * wrapping the page's own APIs; `leftovers()` is a snapshot to compare before and after.
 */
interface Listener {
  type: string;
  listener: unknown;
  capture: boolean;
}

// Weakly held, so that counting listeners never keeps a removed element alive (instances are counted too).
const listenersOf = new WeakMap<EventTarget, Listener[]>();
const targets: WeakRef<EventTarget>[] = [];
const known = new WeakSet<EventTarget>();
const observations = new Map<object, Set<Node>>();
const timers = new Set<number>();
const frames = new Set<number>();

const captureOf = (options: unknown) =>
  typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (listener && !(typeof options === 'object' && options?.once)) {
    const capture = captureOf(options);
    const list = listenersOf.get(this) ?? [];
    if (!list.some((l) => l.type === type && l.listener === listener && l.capture === capture)) list.push({ type, listener, capture });
    listenersOf.set(this, list);
    if (!known.has(this)) {
      known.add(this);
      targets.push(new WeakRef(this));
    }
  }
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  const capture = captureOf(options);
  const list = listenersOf.get(this);
  if (list)
    listenersOf.set(
      this,
      list.filter((l) => !(l.type === type && l.listener === listener && l.capture === capture)),
    );
  return remove.call(this, type, listener, options);
};

/** Targets that outlive a removed element: globals, media queries, and nodes still in the document. */
function outliving(): EventTarget[] {
  return targets.map((ref) => ref.deref()).filter((t): t is EventTarget => t !== undefined && (!(t instanceof Node) || t.isConnected));
}

function wrapObserver(name: 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver'): void {
  const proto = (globalThis as unknown as Record<string, { prototype: Record<string, (...args: unknown[]) => unknown> }>)[name]?.prototype;
  if (!proto) return;
  const { observe, unobserve, disconnect } = proto;
  proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
    const set = observations.get(this) ?? new Set<Node>();
    set.add(target as Node);
    observations.set(this, set);
    return observe?.call(this, target, ...rest);
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: unknown) {
      observations.get(this)?.delete(target as Node);
      return unobserve.call(this, target);
    };
  }
  proto.disconnect = function (this: object) {
    observations.delete(this);
    return disconnect?.call(this);
  };
}
wrapObserver('ResizeObserver');
wrapObserver('MutationObserver');
wrapObserver('IntersectionObserver');

const {
  setTimeout: st,
  clearTimeout: ct,
  setInterval: si,
  clearInterval: ci,
  requestAnimationFrame: raf,
  cancelAnimationFrame: caf,
} = window;
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id: number = st(
    (...a: unknown[]) => {
      timers.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    timeout,
    ...args,
  );
  timers.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  ct(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = si(handler, timeout, ...args);
  timers.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  ci(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = raf((t) => {
    frames.delete(id);
    callback(t);
  });
  frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  caf(id);
};

/** What is still registered now; nodes that are not connected do not count (they die with their element). */
export interface Leftovers {
  listeners: number;
  observations: number;
  timers: number;
  frames: number;
}

export function leftovers(): Leftovers {
  let observed = 0;
  for (const set of observations.values()) observed += set.size;
  return {
    listeners: outliving().reduce((n, t) => n + (listenersOf.get(t)?.length ?? 0), 0),
    observations: observed,
    timers: timers.size,
    frames: frames.size,
  };
}

/** Listener descriptions, for a readable failure. */
export function listenerList(): string[] {
  return outliving().flatMap((t) => (listenersOf.get(t) ?? []).map((l) => `${t.constructor.name}:${l.type}`));
}

/** Runs the garbage collector when the browser exposes it (scripts/chromium-flags.mjs passes --expose-gc). */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  return true;
}
