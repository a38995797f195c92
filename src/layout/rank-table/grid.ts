/**
 * Pure layout of the whole rank table as an SVG grid, for `toSVG()`: one block per section (a
 * caption, a row of group headers spanning their ranks, a row of insignia, a row of names), then
 * the footnotes. SVG text does not wrap, so words are wrapped here by an estimated character width.
 */
import type { Rect } from '../geometry.js';

export interface GridRankInput {
  name: string;
  native: { text: string; lang: string; dir: 'ltr' | 'rtl' | 'auto' }[];
  /** Index into the boards the caller draws; absent for placeholders and ranks without insignia. */
  board?: number;
  placeholder?: boolean;
}

export interface GridSectionInput {
  caption: string;
  groups: { name: string; ranks: GridRankInput[] }[];
}

export interface GridText {
  x: number;
  y: number;
  text: string;
  kind: 'caption' | 'group' | 'name' | 'native' | 'muted' | 'note';
  anchor: 'start' | 'middle';
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/** A group header box or a rank cell. */
export interface GridRect extends Rect {
  kind: 'group' | 'cell';
}

/** Where one drawn board goes; `board` indexes the boards the caller draws. */
export interface GridBoard extends Rect {
  board: number;
}

export interface TableGrid {
  width: number;
  height: number;
  rects: GridRect[];
  texts: GridText[];
  boards: GridBoard[];
}

/** How far a font's lines reach above and below their baseline, in px. */
export interface LineMetrics {
  ascent: number;
  descent: number;
}

export interface GridOptions {
  /** Drawn board height in px; the board is 60:150. */
  insigniaHeight: number;
  fontSize: number;
  /** Measured reach of the text lines (captions, headers, names); by default `fontSize` up and 0.3 × `fontSize` down. */
  text?: LineMetrics;
  /** Measured reach of the native-name lines, at their own size and font; by default as `text`. */
  native?: LineMetrics;
}

/** The lines of a rank's cell: its name, wrapped, then each native name. */
interface CellLine {
  text: string;
  /** Baseline below the top of the cell's text. */
  dy: number;
  native?: GridRankInput['native'][number];
}

/**
 * Stacks a rank's lines so each clears the one above by the fonts' own reach: a native name in a
 * script with tall marks (Arabic fonts reach over 2em) pushes itself down instead of overlapping.
 */
function cellLines(rank: GridRankInput, chars: number, text: LineMetrics, native: LineMetrics): { lines: CellLine[]; height: number } {
  const lines: CellLine[] = [];
  let bottom = 0;
  const push = (line: Omit<CellLine, 'dy'>, m: LineMetrics) => {
    lines.push({ ...line, dy: bottom + m.ascent });
    bottom += m.ascent + m.descent;
  };
  for (const line of wrapWords(rank.name, chars)) push({ text: line }, text);
  for (const n of rank.native) push({ text: n.text, native: n }, native);
  return { lines, height: bottom };
}

function metricsOf(options: GridOptions): { text: LineMetrics; native: LineMetrics; lineHeight: number } {
  const text = options.text ?? { ascent: options.fontSize, descent: Math.round(options.fontSize * (LINE - 1) * 100) / 100 };
  return { text, native: options.native ?? text, lineHeight: text.ascent + text.descent };
}

const LINE = 1.3;
/** Average advance of a character as a share of the font size (system sans-serif). */
const CHAR = 0.55;

/** Greedy word wrap to at most `max` characters a line (a longer word keeps its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutTableGrid(sections: readonly GridSectionInput[], notes: readonly string[], options: GridOptions): TableGrid {
  const { insigniaHeight, fontSize } = options;
  const { text, native, lineHeight } = metricsOf(options);
  const boardWidth = (insigniaHeight * 60) / 150;
  const column = Math.max(boardWidth + 16, fontSize * 7.5);
  const charsPerColumn = Math.max(6, Math.floor((column - 8) / (fontSize * CHAR)));
  const pad = 8;
  const widest = Math.max(1, ...sections.map((s) => s.groups.reduce((n, g) => n + Math.max(1, g.ranks.length), 0)));
  const width = Math.round(pad * 2 + widest * column);
  const rects: GridRect[] = [];
  const texts: GridText[] = [];
  const boards: GridBoard[] = [];
  let y = pad;

  for (const section of sections) {
    texts.push({ x: pad, y: y + text.ascent, text: section.caption, kind: 'caption', anchor: 'start' });
    y += lineHeight + 6;
    const groupLines = section.groups.map((g) => wrapWords(g.name, charsPerColumn * Math.max(1, g.ranks.length)));
    const groupHeight = Math.max(1, ...groupLines.map((l) => l.length)) * lineHeight + 8;
    const cellHeights = section.groups.flatMap((g) => g.ranks.map((r) => cellLines(r, charsPerColumn, text, native).height));
    const namesHeight = Math.max(lineHeight, ...cellHeights) + 8;
    const insigniaRow = insigniaHeight + 12;
    let x = pad;
    section.groups.forEach((g, gi) => {
      const span = Math.max(1, g.ranks.length) * column;
      rects.push({ x, y, width: span, height: groupHeight, kind: 'group' });
      (groupLines[gi] ?? []).forEach((line, li) =>
        texts.push({ x: x + span / 2, y: y + 4 + text.ascent + li * lineHeight, text: line, kind: 'group', anchor: 'middle' }),
      );
      const cells = g.ranks.length === 0 ? [undefined] : g.ranks;
      cells.forEach((rank, ri) => {
        const cx = x + ri * column;
        const mid = cx + column / 2;
        const top = y + groupHeight;
        rects.push({ x: cx, y: top, width: column, height: insigniaRow + namesHeight, kind: 'cell' });
        if (rank?.board !== undefined)
          boards.push({ board: rank.board, x: mid - boardWidth / 2, y: top + 6, width: boardWidth, height: insigniaHeight });
        const ty = top + insigniaRow + 4;
        if (!rank) {
          texts.push({ x: mid, y: ty + text.ascent, text: 'none named', kind: 'muted', anchor: 'middle' });
          return;
        }
        if (rank.placeholder) {
          texts.push({ x: mid, y: ty + text.ascent, text: '–', kind: 'muted', anchor: 'middle' });
          return;
        }
        texts.push(...cellLines(rank, charsPerColumn, text, native).lines.map((l) => cellText(l, mid, ty)));
      });
      x += span;
    });
    y += groupHeight + insigniaRow + namesHeight + 16;
  }

  return finish({ width, rects, texts, boards }, notes, y, options);
}

function cellText(line: CellLine, x: number, top: number): GridText {
  const n = line.native;
  return n
    ? { x, y: top + line.dy, text: line.text, kind: 'native', anchor: 'middle', lang: n.lang, dir: n.dir }
    : { x, y: top + line.dy, text: line.text, kind: 'name', anchor: 'middle' };
}

/** Writes the footnotes from `y` down, pads the bottom and rounds every coordinate to 0.01 px. */
function finish(grid: Omit<TableGrid, 'height'>, notes: readonly string[], top: number, options: GridOptions): TableGrid {
  const { width, rects, texts, boards } = grid;
  const { fontSize } = options;
  const { text, lineHeight } = metricsOf(options);
  const pad = 8;
  let y = top;
  const charsPerNote = Math.max(20, Math.floor((width - pad * 2) / (fontSize * 0.85 * CHAR)));
  for (const note of notes) {
    for (const line of wrapWords(note, charsPerNote)) {
      texts.push({ x: pad, y: y + text.ascent * 0.85, text: line, kind: 'note', anchor: 'start' });
      y += lineHeight * 0.9;
    }
    y += 4;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    width,
    height: Math.ceil(y + pad),
    rects: rects.map((r) => ({ ...r, x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) })),
    texts: texts.map((t) => ({ ...t, x: round(t.x), y: round(t.y) })),
    boards: boards.map((b) => ({ ...b, x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) })),
  };
}

export interface GridComparisonInput {
  caption: string;
  /** Heading of the first column (e.g. "NATO code"), then one heading per system. */
  headings: string[];
  /** One row per NATO code or uncoded group: its label and one list of ranks per system. */
  rows: { label: string; cells: GridRankInput[][] }[];
}

/**
 * The comparison as an SVG grid: per section a caption, a header row (the code column, then one
 * column per system), then a row per code whose cells stack their ranks (board above the names).
 */
export function layoutComparisonGrid(sections: readonly GridComparisonInput[], notes: readonly string[], options: GridOptions): TableGrid {
  const { insigniaHeight, fontSize } = options;
  const { text, native, lineHeight } = metricsOf(options);
  const boardWidth = (insigniaHeight * 60) / 150;
  const pad = 8;
  const labels = sections.flatMap((s) => [s.headings[0] ?? '', ...s.rows.map((r) => r.label)]);
  const first = Math.min(fontSize * 12, Math.max(fontSize * 5, ...labels.map((l) => l.length * fontSize * CHAR + 12)));
  const column = Math.max(boardWidth + 16, fontSize * 11);
  const chars = Math.max(6, Math.floor((column - 8) / (fontSize * CHAR)));
  const labelChars = Math.max(6, Math.floor((first - 8) / (fontSize * CHAR)));
  const systems = Math.max(1, ...sections.map((s) => s.headings.length - 1));
  const width = Math.round(pad * 2 + first + systems * column);
  const rects: GridRect[] = [];
  const texts: GridText[] = [];
  const boards: GridBoard[] = [];
  const entryHeight = (rank: GridRankInput) =>
    (rank.board === undefined ? 0 : insigniaHeight + 6) + cellLines(rank, chars, text, native).height + 8;
  let y = pad;

  for (const section of sections) {
    texts.push({ x: pad, y: y + text.ascent, text: section.caption, kind: 'caption', anchor: 'start' });
    y += lineHeight + 6;
    const headLines = section.headings.map((h, i) => wrapWords(h, i === 0 ? labelChars : chars));
    const headHeight = Math.max(1, ...headLines.map((l) => l.length)) * lineHeight + 8;
    section.headings.forEach((_, i) => {
      const x = i === 0 ? pad : pad + first + (i - 1) * column;
      const w = i === 0 ? first : column;
      rects.push({ x, y, width: w, height: headHeight, kind: 'group' });
      (headLines[i] ?? []).forEach((line, li) =>
        texts.push({ x: x + w / 2, y: y + 4 + text.ascent + li * lineHeight, text: line, kind: 'group', anchor: 'middle' }),
      );
    });
    y += headHeight;
    for (const row of section.rows) {
      const labelLines = wrapWords(row.label, labelChars);
      const height = Math.max(labelLines.length * lineHeight + 8, ...row.cells.map((cell) => cell.reduce((h, r) => h + entryHeight(r), 0)));
      rects.push({ x: pad, y, width: first, height, kind: 'group' });
      labelLines.forEach((line, li) =>
        texts.push({ x: pad + 6, y: y + 4 + text.ascent + li * lineHeight, text: line, kind: 'group', anchor: 'start' }),
      );
      row.cells.forEach((cell, ci) => {
        const x = pad + first + ci * column;
        const mid = x + column / 2;
        rects.push({ x, y, width: column, height, kind: 'cell' });
        let ty = y + 4;
        for (const rank of cell) {
          if (rank.board !== undefined) {
            boards.push({ board: rank.board, x: mid - boardWidth / 2, y: ty, width: boardWidth, height: insigniaHeight });
            ty += insigniaHeight + 6;
          }
          const { lines, height: textHeight } = cellLines(rank, chars, text, native);
          texts.push(...lines.map((l) => cellText(l, mid, ty)));
          ty += textHeight + 8;
        }
      });
      y += height;
    }
    y += 16;
  }
  return finish({ width, rects, texts, boards }, notes, y, options);
}
