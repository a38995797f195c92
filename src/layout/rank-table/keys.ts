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

/**
 * The rank a key moves focus to in the comparison, whose `rows` hold one list of rank ids per
 * system (column). Up and Down stay in the same system: to the rank above or below in a cell of
 * several, else to the nearest row above or below where that system has a rank (empty cells are
 * skipped, the ends stop). Other keys move in table order, as {@link moveFocus}.
 */
export function moveFocusInColumns(rows: readonly (readonly (readonly string[])[])[], current: string, key: string): string | undefined {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return moveFocus(rows.flatMap((row) => row.flat()), current, key);
  const step = key === 'ArrowDown' ? 1 : -1;
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      const i = cell.indexOf(current);
      if (i < 0) continue;
      const inCell = cell[i + step];
      if (inCell !== undefined) return inCell;
      for (let next = r + step; next >= 0 && next < rows.length; next += step) {
        const target = rows[next]?.[c] ?? [];
        if (target.length > 0) return step > 0 ? target[0] : target[target.length - 1];
      }
      return current;
    }
  }
  return undefined;
}
