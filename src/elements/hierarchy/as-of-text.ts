/** The date a chart shows, written for people in `lang`, as precise as the date asked for (`1947` → "1947"). */
export function asOfText(asOf: number, asked: string | undefined, lang: string): string {
  const precision = asked && asked.length <= 4 ? { year: 'numeric' as const } : asked && asked.length <= 7 ? { year: 'numeric' as const, month: 'long' as const } : { dateStyle: 'long' as const };
  return new Intl.DateTimeFormat(lang || undefined, { timeZone: 'UTC', ...precision }).format(new Date(asOf));
}
