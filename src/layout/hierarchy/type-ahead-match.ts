/** Lower case without diacritics, so "ghu" finds "Ghulja" and "sui" finds "Süidün". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Index of the label that type-ahead `query` moves to, searching forward from `from` and wrapping;
 * -1 when nothing matches. A query of one repeated character ("g", "gg") cycles through the labels
 * starting with it; a longer query keeps the current label while it still matches.
 */
export function typeAheadMatch(labels: readonly string[], from: number, query: string): number {
  const q = fold(query);
  if (q.length === 0 || labels.length === 0) return -1;
  const chars = [...q];
  const repeated = chars.every((c) => c === chars[0]);
  const prefix = repeated ? (chars[0] as string) : q;
  const start = repeated ? from + 1 : Math.max(from, 0);
  for (let i = 0; i < labels.length; i += 1) {
    const index = (((start + i) % labels.length) + labels.length) % labels.length;
    if (fold(labels[index] ?? '').startsWith(prefix)) return index;
  }
  return -1;
}
