const formatters = new Map<string, Intl.NumberFormat>();

/** A count with digit grouping in the reader's language: `14000` -> "14,000". */
export function formatNumber(value: number, lang = ''): string {
  const key = lang || 'en';
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(key, { maximumFractionDigits: 2 });
    } catch {
      formatter = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
