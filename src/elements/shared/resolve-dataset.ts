import { parseOrderOfBattle } from '../../data/parse.js';
import { iliNationalArmy } from '../../data/ili-national-army.js';
import type { OrderOfBattle, ParseResult } from '../../data/types.js';

// One parse per input object: several charts given the same object share the Dataset.
const cache = new WeakMap<object, ParseResult>();
let defaultResult: ParseResult | undefined;

/** Parses `data` (object or JSON string), memoised per object. */
export function resolveData(data: OrderOfBattle | string | object): ParseResult {
  if (typeof data === 'string') return parseOrderOfBattle(data);
  const hit = cache.get(data);
  if (hit) return hit;
  const result = parseOrderOfBattle(data);
  cache.set(data, result);
  return result;
}

/** The built-in Ili National Army dataset, parsed once. */
export function defaultDataset(): ParseResult {
  defaultResult ??= parseOrderOfBattle(iliNationalArmy);
  return defaultResult;
}

/** Fetches and parses a JSON dataset; network and HTTP failures become a `fetch-failed` problem. */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<ParseResult> {
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return fail(`could not load "${url}": HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(`could not load "${url}": ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseOrderOfBattle(text);
}

function fail(message: string): ParseResult {
  return { ok: false, problems: [{ path: '', code: 'fetch-failed', message }] };
}

/**
 * Loads datasets from URLs so that only the latest request is delivered: starting a request or
 * cancelling aborts the one before, whose result is dropped.
 */
export class LatestDatasetRequest {
  private current: AbortController | undefined;

  load(url: string, deliver: (result: ParseResult) => void): void {
    this.cancel();
    const request = new AbortController();
    this.current = request;
    fetchDataset(url, request.signal).then(
      (result) => {
        if (this.current !== request) return;
        this.current = undefined;
        deliver(result);
      },
      () => {
        /* aborted: a newer input replaced this request */
      },
    );
  }

  cancel(): void {
    this.current?.abort();
    this.current = undefined;
  }
}
