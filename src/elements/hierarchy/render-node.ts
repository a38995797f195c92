import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { FlatItem, ForestNode, HierarchyLayout } from '../../layout/hierarchy/types.js';
import type { NodeGeometry } from '../../layout/hierarchy/node-geometry.js';
import type { LangText, NodeView } from './node-view.js';
import { renderSymbol, symbolFor, unitSidc } from './render-symbol.js';
import type { DiffNode } from '../../data/diff.js';
import type { CompareMode } from './on-demand-code.js';
import { counted, words } from './translate.js';
import type { Translate } from './translate.js';

export { counted } from './translate.js';
export type { Translate } from './translate.js';

export interface NodeRenderContext {
  kind: HierarchyLayout;
  geometry: NodeGeometry;
  symbols: 'app6' | 'none';
  selectedId: string | undefined;
  /** Units linked to a selection made in another view of an enclosing `<oob-dataset>`. */
  linkedIds: ReadonlySet<string>;
  activeId: string | undefined;
  t: Translate;
  /** The chart's language (dates in compare mode's change lines). */
  lang: string;
  /** Draws the chart again: milsymbol, which draws some codes, has loaded. */
  redraw?: () => void;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** A node in compare mode: its place in the diff and, when redesignated, its old name (drawn struck through in the commander's place). */
export interface CompareNode {
  node: DiffNode;
  /** Compare mode's code, loaded on demand (compare-mode.ts). */
  mode: Pick<CompareMode, 'compareLabelWords' | 'renderMarks'>;
  oldName: { text: LangText; line: string } | undefined;
}

/**
 * The accessible name of a node. It starts with the node's visible text in reading order (name as
 * drawn, commander, hidden-children count), as WCAG 2.5.3 "label in name" asks, then adds what
 * the symbol shows: echelon, arm, change flags, and the full name when the drawn one is cut.
 */
export function nodeLabel(view: NodeView, node: ForestNode<HierarchyNodeAt>, t: Translate, compare?: CompareNode): string {
  const unit = node.item?.unit;
  const parts = [view.truncated ? view.lines.join(' ') : view.name.text];
  // The old name is drawn beside the item (see renderNode): the name says it in full after the
  // hidden-children count the badge shows; the commander, not drawn then, comes after it.
  const oldName = compare?.oldName;
  const commander = view.commander ? t('commandedBy', '{name} (commander)', { name: view.commander.text }) : undefined;
  if (!oldName && commander) parts.push(commander);
  if (!node.expanded && node.childCount > 0)
    parts.push(counted(t, 'hiddenChildren', node.childCount, '{count} subordinate unit hidden', '{count} subordinate units hidden'));
  if (oldName) parts.push(t('formerName', 'former name: {name}', { name: oldName.text.text }));
  if (oldName && commander) parts.push(commander);
  if (unit && unit.echelon !== 'unknown') parts.push(t(`echelon.${unit.echelon}`, words(unit.echelon)));
  if (unit?.arm && unit.arm !== 'unknown') parts.push(t(`arm.${unit.arm}`, words(unit.arm)));
  if (compare) parts.push(compare.mode.compareLabelWords(compare.node, !node.expanded && node.childCount > 0, t));
  if (!compare && view.changes.length > 0) parts.push(t('changed', 'changed'));
  if (!compare && view.uncertain.length > 0) parts.push(t('uncertainChange', 'change of uncertain date'));
  if (view.truncated) parts.push(t('fullName', 'full name: {name}', { name: view.name.text }));
  return parts.join(', ');
}

/**
 * The direction is always written: a left-to-right name in a right-to-left page (an English name
 * among Uyghur ones) would otherwise inherit `rtl`, and `text-anchor="start"` would grow it back
 * over its own symbol.
 */
function textAttrs(text: LangText) {
  return { lang: text.lang ?? nothing, dir: text.dir };
}

/** The line under the name: the commander, or in compare mode a redesignated unit's old name, struck through. */
interface SecondLine {
  text: LangText;
  line: string;
  cls: 'commander' | 'old-name';
}

function secondLine(view: NodeView, compare: CompareNode | undefined): SecondLine | undefined {
  if (compare?.oldName) return { ...compare.oldName, cls: 'old-name' };
  return view.commander ? { text: view.commander, line: view.commanderLine, cls: 'commander' } : undefined;
}

function renderSecond(second: SecondLine | undefined, x: number, y: number, anchor?: string): SVGTemplateResult | typeof nothing {
  if (!second) return nothing;
  const { text } = second;
  return svg`<text class="${second.cls} ${text.dir}" part=${second.cls} lang=${text.lang ?? nothing} direction=${text.dir} x=${x} y=${y} text-anchor=${anchor ?? nothing}
    text-decoration=${second.cls === 'old-name' ? 'line-through' : nothing}>${second.line}</text>`;
}

/** The name and, apart (see {@link renderNode}), the second line. */
type NodeTexts = [SVGTemplateResult, SVGTemplateResult | typeof nothing];

function renderCardText(view: NodeView, g: NodeGeometry, second: SecondLine | undefined): NodeTexts {
  const { lang, dir } = textAttrs(view.name);
  const commander = second;
  // With direction rtl, "start" is the right end: flip so start-aligned labels still grow away from the symbol.
  const anchor = (text: LangText) => (g.label.anchor === 'start' && text.dir === 'rtl' ? 'end' : g.label.anchor);
  const x = g.label.x;
  const lastLine = (view.lines.length - 1) * g.label.lineHeight;
  // Side cards centre the name and commander lines on the symbol (0.8 em above a baseline, 0.2 below); cards stack them below it.
  const span = lastLine + (commander ? g.commanderGap : 0);
  const y = g.variant === 'side' ? Math.round(-span / 2 + 5) : g.label.y;
  const commanderY = y + lastLine + g.commanderGap;
  return [
    svg`<text class="label ${view.name.dir}" part="label" lang=${lang} direction=${dir} x=${x} y=${y} text-anchor=${anchor(view.name)}>${view.lines.map(
      (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : g.label.lineHeight}>${line}</tspan> `,
    )}${view.truncated ? svg`<title .textContent=${view.name.text}></title>` : nothing}</text>`,
    renderSecond(commander, x, commanderY, commander ? anchor(commander.text) : undefined),
  ];
}

/** Outline rows: the name, and the commander on a second line, both cut to the row. */
function renderRowText(view: NodeView, g: NodeGeometry, second: SecondLine | undefined): NodeTexts {
  const { lang, dir } = textAttrs(view.name);
  const commander = second;
  // A row without a commander centres its name on the symbol.
  const y = commander ? g.label.y : 4;
  return [
    svg`<text class="label" part="label" x=${g.label.x} y=${y}><tspan class="name ${view.name.dir}" lang=${lang} direction=${dir}>${view.lines[0] ?? ''}</tspan>${
      view.truncated ? svg`<title .textContent=${view.name.text}></title>` : nothing
    }</text>`,
    renderSecond(commander, g.label.x, y + g.commanderGap),
  ];
}

function renderMarkers(view: NodeView, x: number, y: number, em: number, t: Translate): SVGTemplateResult[] {
  const r = 5 * em;
  const out: SVGTemplateResult[] = [];
  if (view.changes.length > 0) {
    out.push(
      svg`<g class="marker changed" part="marker" transform="translate(${x},${y})"><circle r=${r}></circle><title .textContent=${`${t('changes', 'Changes')}: ${view.changes.join('\n')}`}></title></g>`,
    );
  }
  if (view.uncertain.length > 0) {
    const dx = out.length > 0 ? 13 * em : 0;
    out.push(
      svg`<g class="marker uncertain" part="marker" transform="translate(${x + dx},${y})"><circle r=${r}></circle><text text-anchor="middle" dominant-baseline="central">?</text><title .textContent=${`${t('uncertainChanges', 'Date uncertain')}: ${view.uncertain.join('\n')}`}></title></g>`,
    );
  }
  return out;
}

/** The expand/collapse badge: "−" when open, "+N" (hidden subordinates) when closed; sized for its 11 px text. */
function renderBadge(ctx: NodeRenderContext, node: ForestNode<HierarchyNodeAt>): SVGTemplateResult | typeof nothing {
  if (node.childCount === 0) return nothing;
  const { badge, em } = ctx.geometry;
  const text = node.expanded ? '−' : `+${node.childCount}`;
  const width = (12 + text.length * 7) * em;
  const h = 8 * em;
  return svg`<g class="badge" part="badge" transform="translate(${badge.x},${badge.y})"><rect x=${-width / 2} y=${-h} width=${width} height=${2 * h} rx=${h}></rect><text text-anchor="middle" dominant-baseline="central">${text}</text></g>`;
}

/**
 * One node of the tree: an ARIA treeitem with its symbol, name, commander, change markers and badge;
 * in compare mode a redesignated unit's old name beside it (`.node-old-name[data-for=id]`).
 */
export function renderNode(
  ctx: NodeRenderContext,
  node: ForestNode<HierarchyNodeAt>,
  item: FlatItem | undefined,
  x: number,
  y: number,
  view: NodeView,
  describedBy?: string,
  compare?: CompareNode,
): SVGTemplateResult {
  const unit = node.item?.unit;
  const g = ctx.geometry;
  const selected = node.id === ctx.selectedId;
  const sidc = unitSidc(unit);
  const symbol = symbolFor(view.affiliation, unit?.arm, unit?.echelon, g.symbolSize, sidc);
  const box = g.box;
  const linked = !selected && ctx.linkedIds.has(node.id);
  const status = compare ? ` ${compare.node.status}` : '';
  const second = secondLine(view, compare);
  const [name, line2] = g.variant === 'row' ? renderRowText(view, g, second) : renderCardText(view, g, second);
  const at = `translate(${r1(x)},${r1(y)})`;
  // A redesignated unit's old name is drawn beside the treeitem, not in it: the accessible name says
  // "former name: …" in full, and axe's label-in-name check reads a treeitem's drawn texts as one run,
  // in which it counted a cut Arabic-script old name on some pages and not on others (its icon-ligature
  // test), so no single name could hold that run. Out of the item, the run is the name and the badge.
  // The space between the name and the commander is DOM text: without it the run reads them as one word.
  const oldName = second?.cls === 'old-name';
  return svg`<g class="node ${g.variant}${selected ? ' selected' : ''}${linked ? ' linked' : ''}${status}" part=${selected ? 'node node-selected' : 'node'} role="treeitem" data-id=${node.id}
    data-change=${compare ? compare.node.kinds.join(' ') || 'unchanged' : nothing}
    transform=${at} tabindex=${node.id === ctx.activeId ? 0 : -1}
    aria-level=${item?.level ?? node.depth + 1} aria-setsize=${item?.setSize ?? 1} aria-posinset=${item?.posInSet ?? 1}
    aria-expanded=${node.childCount > 0 ? String(node.expanded) : nothing} aria-selected=${selected ? 'true' : 'false'}
    aria-label=${nodeLabel(view, node, ctx.t, compare)} aria-describedby=${describedBy ?? nothing}>
    <rect class="node-box" x=${box.x0} y=${box.y0} width=${box.x1 - box.x0} height=${box.y1 - box.y0} rx="6"></rect>
    ${node.id === ctx.activeId ? svg`<rect class="focus-ring" x=${box.x0 - 3} y=${box.y0 - 3} width=${box.x1 - box.x0 + 6} height=${box.y1 - box.y0 + 6} rx="8"></rect>` : nothing}
    ${ctx.symbols === 'app6' ? renderSymbol(symbol, view.affiliation, sidc, g.symbolSize, ctx.redraw) : svg`<rect class="plain ${view.affiliation ?? 'unknown'}" part="symbol" x=${symbol.frame.x0} y=${symbol.frame.y0} width=${symbol.frame.x1 - symbol.frame.x0} height=${symbol.frame.y1 - symbol.frame.y0} rx="3"></rect>`}
    ${name} ${oldName ? nothing : line2}
    ${
      compare
        ? compare.mode.renderMarks(
            compare.node,
            !node.expanded && node.childCount > 0,
            g.variant,
            symbol.frame.x1 + (g.variant === 'card' ? g.marker.dx + 1.5 * g.em : 7 * g.em),
            symbol.frame.y0 + g.marker.dy,
            g.em,
            ctx.t,
            ctx.lang,
          )
        : renderMarkers(view, symbol.frame.x1 + g.marker.dx, symbol.frame.y0 + g.marker.dy, g.em, ctx.t)
    }
    ${renderBadge(ctx, node)}
  </g>${oldName ? svg`<g class="node-old-name${status}" data-for=${node.id} transform=${at} aria-hidden="true">${line2}</g>` : nothing}`;
}
