/** How the rank table is navigated and oriented: focus moves by key, and the orientation that fits a width. */

/** Width of the row-header column (px). */
const ROW_HEAD = 96;
/** Least width of a rank column in the `columns` layout (px). */
const MIN_COLUMN = 72;
/** Least width of a system's column in the comparison (px). */
const COMPARE_COLUMN = 150;
/** Room beside a board in a comparison cell for a rank name of two short words (px). */
const NAME_ROOM = 110;

/**
 * `columns` when the table's columns fit `width` px (or the width is not known yet, 0), else
 * `rows`: `rankColumns` rank columns of the one-system table, or `systems` columns of a comparison.
 * Boards are `insigniaSize` px high and 60:150.
 */
export function fittingOrientation(
  width: number,
  insigniaSize: number,
  columns: { rankColumns?: number; systems?: number },
): 'columns' | 'rows' {
  if (width === 0) return 'columns';
  const board = (insigniaSize * 60) / 150;
  const needed =
    columns.systems === undefined
      ? ROW_HEAD + (columns.rankColumns ?? 0) * Math.max(MIN_COLUMN, board + 16)
      : ROW_HEAD + columns.systems * Math.max(COMPARE_COLUMN, board + NAME_ROOM);
  return width < needed ? 'rows' : 'columns';
}

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
  if (key !== 'ArrowDown' && key !== 'ArrowUp')
    return moveFocus(
      rows.flatMap((row) => row.flat()),
      current,
      key,
    );
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
