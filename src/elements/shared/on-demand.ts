import type { ReactiveControllerHost } from 'lit';

/**
 * Code that a first paint does not need, loaded the first time it is used: a dynamic import, its own
 * chunk for bundlers and a file beside the script-tag bundle. `load()` imports it once; a failed load
 * (the network) is tried again by the next call.
 */
export class OnDemand<M> {
  private module: M | Promise<M> | undefined;

  constructor(private readonly importer: () => Promise<M>) {}

  /** The module itself once it has loaded (so later charts draw with it in their first update), else the import. */
  load(): M | Promise<M> {
    this.module ??= this.importer().then(
      (loaded) => (this.module = loaded),
      (error: unknown) => {
        this.module = undefined;
        throw error;
      },
    );
    return this.module;
  }

  /** The module if it has loaded, else undefined. */
  get loaded(): M | undefined {
    return this.module instanceof Promise ? undefined : this.module;
  }
}

/**
 * An element's use of on-demand code while rendering: `use()` gives the module if it has loaded, else
 * starts loading it and gives undefined (the element draws without it), then updates the element once
 * it arrives. `pending` is what the element's `updateComplete` waits for, so that "complete" includes it.
 */
export class OnDemandUse {
  private readonly loading = new Map<OnDemand<unknown>, Promise<unknown>>();
  /**
   * Code whose load failed: the element draws without it from then on (a reload tries again), rather
   * than asking the network again on every update (every pan step, every hover).
   */
  private readonly failed = new Set<OnDemand<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  use<M>(code: OnDemand<M>): M | undefined {
    const loaded = code.loaded;
    if (loaded !== undefined || this.loading.has(code) || this.failed.has(code)) return loaded;
    const load = code.load();
    if (!(load instanceof Promise)) return load;
    // Either way the element draws again: with the code, or saying (or silently drawing) without it.
    const pending = load.then(
      () => this.host.requestUpdate(),
      () => {
        this.failed.add(code);
        this.host.requestUpdate();
      },
    );
    this.loading.set(
      code,
      pending.finally(() => this.loading.delete(code)),
    );
    return undefined;
  }

  /** Whether `code` is being loaded for this element. */
  isLoading(code: OnDemand<unknown>): boolean {
    return this.loading.has(code);
  }

  /** Whether loading `code` failed for this element (it draws without it until the page is reloaded). */
  hasFailed(code: OnDemand<unknown>): boolean {
    return this.failed.has(code);
  }

  /** Settles when every load started has arrived (or failed); undefined when none is in flight. */
  get pending(): Promise<unknown> | undefined {
    return this.loading.size > 0 ? Promise.all(this.loading.values()) : undefined;
  }
}

/** The image export (export-image.ts): loaded by an element's first `toSVG()` or `toPNG()`, which are async for it. */
export const exportImageCode = new OnDemand(() => import('./export-image.js'));

type Rasteriser = { svgToPNG(svg: string, scale: number): Promise<Blob> };

/**
 * Every chart's `toPNG()`: the PNG of `svgText` at `scale`, or a rejection `<tag>: nothing to export`
 * (and why, when `reason` says) when the chart drew nothing. The rasteriser is on-demand code:
 * `rasteriser` loads it (the image export's, unless the chart has it in another chunk).
 */
export async function pngOf(
  tag: string,
  svgText: string,
  scale: number,
  { reason, rasteriser = () => exportImageCode.load() }: { reason?: string; rasteriser?: () => Rasteriser | Promise<Rasteriser> } = {},
): Promise<Blob> {
  if (!svgText) throw new Error(`${tag}: nothing to export${reason ? ` (${reason})` : ''}`);
  return (await rasteriser()).svgToPNG(svgText, scale);
}
