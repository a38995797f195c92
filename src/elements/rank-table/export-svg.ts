/**
 * The rank table's SVG export (the whole table, the comparison or one rank's insignia, laid out as a
 * grid): code a first paint never runs, which the table imports on demand (its first `toSVG()`).
 */
// First, as in every entry point: see hierarchy/compare-mode.ts.
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see hierarchy/on-demand-code.ts).
import './oob-rank-table.js';
import { html, nothing, render, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { describeInsignia } from '../../insignia/index.js';
import type { RankSystem } from '../../data/types.js';
import { standaloneSVG } from '../shared/export-tree.js';
import { geometryOf } from '../../layout/rank-table/view.js';
import type { RankView } from '../../layout/rank-table/view.js';
import { renderInsignia } from './render-insignia.js';
import { renderTableSvg } from './render-table-svg.js';
import { layoutComparisonGrid, layoutTableGrid } from '../../layout/rank-table/grid.js';
import type { GridRankInput, LineMetrics } from '../../layout/rank-table/grid.js';
import type { ComparisonView } from '../../layout/rank-table/compare.js';
import type { Footnote, RankCell } from '../../layout/rank-table/view.js';

type Translate = (key: string, english: string, vars?: Readonly<Record<string, string | number>>) => string;

export interface ExportTemplate {
  template: TemplateResult;
  title: string;
}

/** One rank's board as an `<svg>` `height` px high; throws for a rank without insignia. */
export function insigniaTemplate(system: RankSystem, rankId: string, height: number, uid: string): ExportTemplate {
  const rank = system.ranks.find((r) => r.id === rankId);
  if (!rank?.insignia || rank.placeholder) throw new Error(`oob-rank-table: no insignia for rank "${rankId}"`);
  const geometry = geometryOf(rank.insignia);
  const label = describeInsignia(rank.insignia);
  const width = Math.round((height * geometry.width) / geometry.height);
  return {
    template: html`<svg class="insignia" viewBox="0 0 ${geometry.width} ${geometry.height}" width=${width} height=${height} role="img" aria-label=${label}>
      ${renderInsignia(geometry, `${uid}-export-clip`)}
    </svg>`,
    title: `${rank.name}: ${label}`,
  };
}

/** Measured reach of the grid's text and native-name lines (see {@link measureGridLines}). */
export interface GridLines {
  text?: LineMetrics;
  native?: LineMetrics;
}

/**
 * How far the exported grid's lines reach above and below their baselines in the fonts this page
 * draws them with: probe `<text>`s with the grid's own classes (so its font sizes and families) are
 * drawn off-screen in `root` and their boxes read. The layout stacks lines by it, so a native name
 * in a font with room for stacked marks (Noto Sans Arabic reaches over 2em) never covers the name
 * above; an estimate would hold for one font only. Nothing is measured where nothing is drawn.
 */
export function measureGridLines(root: ShadowRoot, cells: readonly RankCell[]): GridLines {
  const natives = cells.flatMap((c) => c.native);
  const host = document.createElement('div');
  host.className = 'export';
  host.setAttribute('aria-hidden', 'true');
  root.append(host);
  try {
    render(
      html`<svg>
        ${cells.map((c) => svg`<text class="grid-text grid-text-name" data-line="text">${c.rank.name}</text>`)}
        ${natives.map(
          (
            n,
          ) => svg`<text class="grid-text grid-text-native" data-line="native" lang=${n.lang} direction=${n.dir === 'rtl' ? 'rtl' : nothing}
            >${n.text}</text
          >`,
        )}
      </svg>`,
      host,
    );
    const reach = (kind: string): LineMetrics | undefined => {
      const boxes = [...host.querySelectorAll<SVGTextElement>(`text[data-line="${kind}"]`)]
        .map((n) => n.getBBox())
        .filter((b) => b.height > 0);
      if (boxes.length === 0) return undefined;
      // The probes sit on the baseline y = 0: a box reaches -y above it and y + height below.
      return { ascent: Math.max(...boxes.map((b) => -b.y)), descent: Math.max(...boxes.map((b) => b.y + b.height)) };
    };
    const text = reach('text');
    const native = reach('native');
    return { ...(text ? { text } : {}), ...(native ? { native } : {}) };
  } finally {
    host.remove();
  }
}

/** The whole table (every section, then the footnotes) as an SVG grid. */
export function tableTemplate(view: RankView, insigniaHeight: number, uid: string, t: Translate, lines: GridLines = {}): ExportTemplate {
  const boards = view.ranks.flatMap((c) => (c.insignia ? [c.insignia] : []));
  const sections = view.sections.map((s) => ({
    caption: `${view.system.name}: ${s.category === 'officers' ? t('officerRanks', 'officer ranks') : t('enlistedRanks', 'enlisted ranks')}`,
    groups: s.groups.map((g) => ({
      name: g.group.name,
      ranks: g.ranks.map((c) => ({
        name: c.rank.name,
        native: c.native,
        placeholder: c.rank.placeholder ?? false,
        ...(c.insignia ? { board: boards.indexOf(c.insignia) } : {}),
      })),
    })),
  }));
  const grid = layoutTableGrid(sections, noteLines(view.footnotes), { insigniaHeight, fontSize: 13, ...lines });
  return {
    template: html`<svg viewBox="0 0 ${grid.width} ${grid.height}" width=${grid.width} height=${grid.height} role="img" aria-label=${view.system.name}>
      ${renderTableSvg(grid, boards, uid)}
    </svg>`,
    title: view.system.name,
  };
}

const noteLines = (notes: readonly Footnote[]) =>
  notes.map((n) => `${n.mark}. ${n.title ? `${n.title}. ` : ''}${n.text}${n.sources ? ` ${n.sources}` : ''}`);

/** The comparison (every section, then the footnotes) as an SVG grid: a column per system, a row per code. */
export function comparisonTemplate(
  view: ComparisonView,
  insigniaHeight: number,
  uid: string,
  t: Translate,
  lines: GridLines = {},
): ExportTemplate {
  const boards = view.ranks.flatMap((c) => (c.insignia ? [c.insignia] : []));
  const rank = (c: RankCell): GridRankInput => ({
    name: c.rank.name,
    native: c.native,
    ...(c.insignia ? { board: boards.indexOf(c.insignia) } : {}),
  });
  const title = t('compareCaption', 'Ranks compared by NATO code');
  const sections = view.sections.map((s) => ({
    caption: `${title}: ${s.category === 'officers' ? t('officerRanks', 'officer ranks') : t('enlistedRanks', 'enlisted ranks')}`,
    headings: [t('natoHeading', 'NATO code'), ...view.systems.map((v) => v.system.name)],
    rows: s.rows.map((row) => ({
      label: `${row.code ?? row.group?.name ?? ''}${row.marks.length > 0 ? ` (${row.marks.join(', ')})` : ''}`,
      cells: row.cells.map((cells) => cells.map(rank)),
    })),
  }));
  const grid = layoutComparisonGrid(sections, noteLines(view.footnotes), { insigniaHeight, fontSize: 13, ...lines });
  return {
    template: html`<svg viewBox="0 0 ${grid.width} ${grid.height}" width=${grid.width} height=${grid.height} role="img" aria-label=${title}>
      ${renderTableSvg(grid, boards, uid)}
    </svg>`,
    title,
  };
}

/**
 * Renders `template` off-screen inside `root` (so the element's styles and tokens resolve), then
 * serialises it as a standalone SVG with computed colours inlined.
 */
export function serialiseInShadow(root: ShadowRoot, template: TemplateResult, options: { background: string; title: string }): string {
  const host = document.createElement('div');
  host.className = 'export';
  host.setAttribute('aria-hidden', 'true');
  root.append(host);
  try {
    render(template, host);
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('oob-rank-table: export failed');
    return standaloneSVG(svg, options);
  } finally {
    host.remove();
  }
}
