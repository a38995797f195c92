/** The UTC day of an instant as `YYYY-MM-DD` (`-YYYY-MM-DD` before year 0, as EDTF writes it). */
export function isoDay(instant: number): string {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
