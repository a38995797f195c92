/**
 * Built-in translations of the elements' UI text (not of the data: names come from the dataset).
 * Keys are shared by all elements; English is the fallback written at each call site, so a key
 * missing here shows in English. Page authors override any key with the `strings` property.
 * The translations (builtin-strings.ts) load on demand: a page whose elements are all in English
 * never downloads them, and an element in another language waits for them before it draws.
 */
import { OnDemand } from './on-demand.js';

type Strings = Readonly<Record<string, string>>;

/** The languages with built-in strings (primary subtags), each loaded the first time an element uses it. */
export const builtInLocales: ReadonlyMap<string, OnDemand<Strings | undefined>> = new Map(
  ['ug'].map((lang) => [lang, new OnDemand(() => import('./builtin-strings.js').then((m) => m.BUILTIN_STRINGS[lang]))]),
);

/** Each `lang` value's built-in locale: every UI string a chart draws is looked up, hundreds per chart. */
const locales = new Map<string, OnDemand<Strings | undefined> | undefined>();

function localeOf(lang: string | undefined): OnDemand<Strings | undefined> | undefined {
  const key = lang ?? '';
  let locale = locales.get(key);
  if (locale === undefined && !locales.has(key)) {
    locale = builtInLocales.get(key.toLowerCase().split('-')[0] ?? '');
    locales.set(key, locale);
  }
  return locale;
}

/**
 * Loads the built-in UI strings for `lang` (e.g. `ug`), if oob-charts has them. Elements load them
 * themselves before they draw; a server rendering elements with such a `lang` awaits this first.
 */
export async function loadBuiltInStrings(lang: string): Promise<void> {
  await localeOf(lang)?.load();
}

/** The load of `lang`'s built-in strings, started if needed; undefined when they are loaded or there are none. */
export function builtInStringsPending(lang: string | undefined): Promise<unknown> | undefined {
  const load = localeOf(lang)?.load();
  return load instanceof Promise ? load : undefined;
}

/** Fills `{name}` placeholders. */
export function interpolate(text: string, vars: Readonly<Record<string, string | number>> = {}): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Looks a UI string up: page overrides, then the built-in locale for `lang` (once loaded), then English. */
export function lookupString(
  key: string,
  english: string,
  lang: string | undefined,
  overrides: Readonly<Record<string, string>>,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const text = overrides[key] ?? localeOf(lang)?.loaded?.[key] ?? english;
  return interpolate(text, vars);
}
