import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderInsignia } from './render-insignia.js';
import type { RankCell, RankView } from '../../layout/rank-table/view.js';

/** What the layout templates need from the element. */
export interface RenderContext {
  view: RankView;
  /** Prefix of ids in this element's shadow root. */
  uid: string;
  focusId: string | undefined;
  selectedId: string | undefined;
  /** Ranks linked to the selection of an enclosing `<oob-dataset>` (e.g. the selected unit's commander's rank). */
  linkedIds: ReadonlySet<string>;
  /** The holders tooltip was dismissed with Escape. */
  dismissed: boolean;
  t: (key: string, english: string, vars?: Readonly<Record<string, string | number>>) => string;
}

/** What the templates of single ranks need: the context without the one-system view (the comparison has several). */
export type PartsContext = Omit<RenderContext, 'view'>;

/** Footnote marks, read as "(note 2)" by screen readers. */
export function renderMarks(marks: readonly number[], ctx: PartsContext): TemplateResult | typeof nothing {
  if (marks.length === 0) return nothing;
  const label = ctx.t(marks.length === 1 ? 'noteMark' : 'notesMark', marks.length === 1 ? 'note' : 'notes');
  return html`<sup class="marks"><span class="sr-only"> (${label} </span>${marks.join(', ')}<span class="sr-only">)</span></sup>`;
}

/** The English name with footnote marks, then each native name on its own line with its language and direction. */
export function renderRankName(cell: RankCell, ctx: PartsContext): TemplateResult {
  return html`<span class="name">${cell.rank.name}${renderMarks(cell.marks, ctx)}</span>${cell.native.map(
    (n) => html`<span class="native" part="native-name" lang=${n.lang} dir=${n.dir}>${n.text}</span>`,
  )}`;
}

/** Id of the holders list of a rank, unique in the shadow root. */
export function holdersId(cell: RankCell, ctx: PartsContext): string {
  return `${ctx.uid}-holders-${cell.index}`;
}

/** The people the dataset names in a rank: a tooltip (columns) or an inline list (rows). */
export function renderHolders(cell: RankCell, ctx: PartsContext, inline: boolean): TemplateResult | typeof nothing {
  if (cell.holders.length === 0) return nothing;
  const items = cell.holders.map(
    (h) =>
      html`<li><span class="holder">${h.person.name}</span>${h.role.title ? html` <span class="holder-role">(${h.role.title})</span>` : nothing}</li>`,
  );
  const heading = ctx.t('holdersHeading', 'Named in this rank:');
  if (inline) return html`<span class="holders-inline"><span class="holders-heading">${heading}</span> <ul>${items}</ul></span>`;
  return html`<span class="holder-badge" aria-hidden="true">${ctx.t('holdersBadge', '{count} named', { count: cell.holders.length })}</span>
    <span class="holders ${ctx.dismissed ? 'dismissed' : ''}" part="holders" role="tooltip" id=${holdersId(cell, ctx)} aria-hidden="true"
      ><span class="holders-heading">${heading}</span> <ul>${items}</ul></span
    >`;
}

/** The insignia `<svg>` with its text alternative, or nothing when the rank has none. */
export function renderInsigniaSvg(cell: RankCell, ctx: PartsContext): TemplateResult | typeof nothing {
  const insignia = cell.insignia;
  if (!insignia) return nothing;
  const { width, height } = insignia.geometry;
  return html`<svg part="insignia" class="insignia" role="img" aria-label=${insignia.label} viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet">
    ${renderInsignia(insignia.geometry, `${ctx.uid}-clip-${cell.index}`)}
  </svg>`;
}

/** Attributes shared by every focusable rank header. */
export function rankState(cell: RankCell, ctx: PartsContext) {
  const id = cell.rank.id;
  return {
    tabindex: id === ctx.focusId ? 0 : -1,
    // aria-selected (allowed on column and row headers) says which rank Enter/Space selected.
    current: id === ctx.selectedId ? 'true' : undefined,
    linked: ctx.linkedIds.has(id),
  };
}
