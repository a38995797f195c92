/**
 * Built-in translations of the elements' UI text (not of the data: names come from the dataset).
 * Keys are shared by all elements; English is the fallback written at each call site.
 */
export const BUILTIN_STRINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/** Fills `{name}` placeholders. */
export function interpolate(text: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Looks a UI string up: page overrides, then the built-in locale for `lang`, then English. */
export function lookupString(
  key: string,
  english: string,
  lang: string | undefined,
  overrides: Readonly<Record<string, string>>,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const text = overrides[key] ?? BUILTIN_STRINGS[primary]?.[key] ?? english;
  return interpolate(text, vars);
}
