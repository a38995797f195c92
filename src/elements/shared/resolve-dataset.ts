import { parseOrderOfBattle } from '../../data/parse.js';
import { MAX_JSON_LENGTH } from '../../data/validate/limits.js';
import type { OrderOfBattle, ParseResult, ProblemCode } from '../../data/types.js';
import { OnDemand } from './on-demand.js';

// One parse per input object: several charts given the same object share the Dataset.
const cache = new WeakMap<object, ParseResult>();

/** Parses `data` (object or JSON string), memoised per object. */
export function resolveData(data: OrderOfBattle | string | object): ParseResult {
  if (typeof data === 'string') return parseOrderOfBattle(data);
  const hit = cache.get(data);
  if (hit) return hit;
  const result = parseOrderOfBattle(data);
  cache.set(data, result);
  return result;
}

const builtIn = new OnDemand(() =>
  import('../../data/ili-national-army.js').then(({ iliNationalArmy }) => parseOrderOfBattle(iliNationalArmy)),
);

/**
 * The built-in Ili National Army dataset, parsed once. It is a dynamic import, so pages whose
 * charts all have `data`, `src` or a provider never load it (bundlers put it in its own chunk; the
 * script-tag build loads it as a second file beside the bundle). Returns the result itself once
 * loaded, so later charts draw it in their first update.
 */
export function loadBuiltInDataset(): ParseResult | Promise<ParseResult> {
  return builtIn.load();
}

/** How long `src` may take, in milliseconds, before the element gives up (`fetch-timeout`). */
export const DEFAULT_TIMEOUT = 30_000;

export interface FetchOptions {
  /** Milliseconds until the request is abandoned with a `fetch-timeout` problem; 0 or less waits forever. */
  timeout?: number;
  /** Largest body accepted, in bytes; larger bodies are refused while streaming (`too-large`). */
  maxBytes?: number;
}

/**
 * Media types read as a dataset: JSON (`application/json`, any `+json` type) and `text/plain`
 * (static servers and raw file hosts often serve `.json` as text). A missing type is read as well.
 */
export function isDatasetType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json') || type === 'text/plain' || type === 'text/json';
}

class Refused extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches and parses a JSON dataset. Network and HTTP failures are `fetch-failed`; a server that
 * answers with something other than JSON (a web page: an error or login page, an SPA fallback) is
 * `fetch-failed` saying so; a request that takes longer than `timeout` is `fetch-timeout`; a body
 * over `maxBytes` (default 50 MiB, the parser's limit) is `too-large`, refused as soon as the bytes
 * read pass the limit. Rejects only when `signal` aborts.
 */
export async function fetchDataset(url: string, signal: AbortSignal, options: FetchOptions = {}): Promise<ParseResult> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? MAX_JSON_LENGTH;
  const request = new AbortController();
  const stop = () => request.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = timeout > 0 ? setTimeout(() => ((timedOut = true), request.abort()), timeout) : undefined;
  try {
    const response = await fetch(url, { signal: request.signal, headers: { accept: 'application/json, text/plain;q=0.5' } });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new Refused('fetch-failed', `could not load "${url}": HTTP ${status}`);
    }
    const type = response.headers.get('content-type');
    if (!isDatasetType(type)) {
      const what = /html/i.test(type ?? '') ? 'a web page' : `"${type}"`;
      const hint = 'check the URL; the server must send application/json or text/plain';
      throw new Refused('fetch-failed', `could not load "${url}": the server answered with ${what}, not a JSON dataset (${hint})`);
    }
    return parseOrderOfBattle(await readText(response, maxBytes, url, request.signal));
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof Refused) return fail(error.code, error.message);
    if (timedOut) {
      return fail('fetch-timeout', `could not load "${url}": no complete answer within ${formatSeconds(timeout)} (the element's timeout)`);
    }
    return fail('fetch-failed', `could not load "${url}": ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/** The body as text, refused as soon as more than `maxBytes` arrived (or were announced). */
async function readText(response: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<string> {
  const tooLarge = (size: string) => new Refused('too-large', `"${url}" is larger than the limit of ${maxBytes} bytes (${size})`);
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) throw tooLarge(`announced: ${announced} bytes`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // A body that stalls must still end at the timeout: not every stream errors when fetch aborts.
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => void reader.cancel().catch(() => undefined));
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      throw tooLarge(`refused after ${bytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function fail(code: ProblemCode, message: string): ParseResult {
  return { ok: false, problems: [{ path: '', code, message }] };
}
