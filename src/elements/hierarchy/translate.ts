/** The hierarchy's strings: the translate function its templates receive, and counted phrases. */

export type Translate = (key: string, english: string, vars?: Readonly<Record<string, string | number>>) => string;

/** `x-field-hospital` → "field hospital", `army-group` → "army group": an enum code as English words. */
export function words(code: string): string {
  return code.replace(/^x-/, '').replace(/-/g, ' ');
}

/** A counted phrase: key `<key>.one` / `<key>.other` (English plural rules; translations may override either). */
export function counted(t: Translate, key: string, count: number, one: string, other: string): string {
  return count === 1 ? t(`${key}.one`, one, { count }) : t(`${key}.other`, other, { count });
}
