/**
 * The rank a key moves focus to among `ids` (in table order), or `undefined` for keys that do not
 * move: arrows go to the previous/next rank in either layout, Home/End to the first/last.
 */
export function moveFocus(ids: readonly string[], current: string, key: string): string | undefined {
  const index = ids.indexOf(current);
  if (index < 0 || ids.length === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return ids[Math.min(ids.length - 1, index + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return ids[Math.max(0, index - 1)];
    case 'Home':
      return ids[0];
    case 'End':
      return ids[ids.length - 1];
    default:
      return undefined;
  }
}
