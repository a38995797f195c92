import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderOfBattle, ParseResult } from '../../data/types.js';
import { fetchDataset, loadBuiltInDataset, resolveData } from './resolve-dataset.js';
import type { FetchOptions } from './resolve-dataset.js';

/** Where a dataset came from: the `data` property, the `src` URL, or the built-in dataset. */
export type DatasetOrigin = 'data' | 'src' | 'built-in';

/** `data` as the elements accept it: unset is `undefined`, `null` or `''` (an empty attribute). */
export function hasData(data: OrderOfBattle | string | null | undefined): data is OrderOfBattle | string {
  return data !== undefined && data !== null && data !== '';
}

/**
 * Turns an element's input into a parsed dataset: `data` (parsed at once, memoised per object),
 * `src` (fetched) or the built-in dataset (loaded on first use, from its own chunk). Only the latest
 * request is delivered; starting another one, `clear()` or a disconnect abort the one before. A
 * request cut short by a disconnect starts again when the element is connected again (a chart
 * moved to another parent would otherwise wait forever).
 *
 * Used by every oob-charts element: the charts (`OobDataElement`) and `<oob-dataset>`.
 */
export class DatasetInput implements ReactiveController {
  /** The latest delivered result; `undefined` before the first one and while loading. */
  result: ParseResult | undefined;
  /** True while `src` or the built-in dataset is being loaded. */
  loading = false;
  /** Settles when a pending built-in load has been delivered (the element's `updateComplete` waits for it). */
  builtInPending: Promise<unknown> | undefined;

  private generation = 0;
  private abort: AbortController | undefined;
  private restart: (() => void) | undefined;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deliver: (result: ParseResult, origin: DatasetOrigin) => void,
  ) {
    host.addController(this);
  }

  /** Resolves the element's own `data`, else its `src`. */
  use(data: OrderOfBattle | string | null | undefined, src: string | null | undefined, options: FetchOptions = {}): void {
    if (hasData(data)) this.useData(data);
    else if (src) this.useSrc(src, options);
    else this.clear();
  }

  useData(data: OrderOfBattle | string): void {
    this.start(undefined);
    this.finish(resolveData(data), 'data');
  }

  useSrc(url: string, options: FetchOptions = {}): void {
    const generation = this.start(() => this.useSrc(url, options));
    const request = new AbortController();
    this.abort = request;
    fetchDataset(url, request.signal, options).then(
      (result) => {
        if (generation === this.generation) this.finish(result, 'src');
      },
      () => {
        /* aborted: a newer input, clear() or a disconnect replaced this request */
      },
    );
  }

  /** The built-in Ili National Army dataset; synchronous once it has been loaded on the page. */
  useBuiltIn(): void {
    const generation = this.start(() => this.useBuiltIn());
    const loading = loadBuiltInDataset();
    if (!(loading instanceof Promise)) {
      this.finish(loading, 'built-in');
      return;
    }
    const pending = loading.then((result) => {
      if (generation === this.generation) this.finish(result, 'built-in');
    });
    this.builtInPending = pending;
    void pending.finally(() => {
      if (this.builtInPending === pending) this.builtInPending = undefined;
    });
  }

  /** Forgets the input: nothing is loading and nothing will be delivered. */
  clear(): void {
    this.start(undefined);
    this.loading = false;
    this.result = undefined;
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.restart?.();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    // A removed element must not keep a request open; it starts again on reconnection.
    this.abort?.abort();
    this.abort = undefined;
    this.builtInPending = undefined;
    this.generation += 1;
    this.interrupted = true;
  }

  /** Aborts what is in flight and starts a new generation; `restart` repeats the new request. */
  private start(restart: (() => void) | undefined): number {
    this.abort?.abort();
    this.abort = undefined;
    this.builtInPending = undefined;
    this.interrupted = false;
    this.restart = restart;
    this.generation += 1;
    this.loading = restart !== undefined;
    if (this.loading) this.result = undefined;
    return this.generation;
  }

  private finish(result: ParseResult, origin: DatasetOrigin): void {
    this.abort = undefined;
    this.restart = undefined;
    this.loading = false;
    this.result = result;
    this.deliver(result, origin);
    this.host.requestUpdate();
  }
}
