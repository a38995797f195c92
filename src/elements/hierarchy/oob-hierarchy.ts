import { isServer, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseDate } from '../../data/dates.js';
import { countDescendants } from '../../layout/hierarchy/forest.js';
import { withExpanded } from '../../layout/hierarchy/expansion.js';
import type { ExpansionState } from '../../layout/hierarchy/expansion.js';
import { fitView, panIntoView } from '../../layout/hierarchy/fit-transform.js';
import { treeKeyAction } from '../../layout/hierarchy/keys.js';
import type { TreeKeyAction } from '../../layout/hierarchy/keys.js';
import type { HierarchyLayout, LaidOutNode } from '../../layout/hierarchy/types.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty } from '../shared/error-panel.js';
import { ResizeController } from '../shared/resize-controller.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { svgToPNG } from '../shared/export-image.js';
import { CullCache } from '../../layout/hierarchy/cull.js';
import { linkedSelection } from '../shared/linked.js';
import { linkedItems } from '../shared/linked-items.js';
import type { Culled } from '../../layout/hierarchy/cull.js';
import { exportHierarchySVG } from './export-svg.js';
import { HierarchyModel } from '../../layout/hierarchy/hierarchy-model.js';
import type { ModelView } from '../../layout/hierarchy/hierarchy-model.js';
import { asOfText } from './as-of-text.js';
import { handleTreeKey, typeAheadTarget } from './keyboard.js';
import { linkData } from '../../layout/hierarchy/link-path.js';
import { nodeView } from './node-view.js';
import { counted, renderNode } from './render-node.js';
import type { NodeRenderContext } from './render-node.js';
import { overviewLinks, renderOverview } from './render-overview.js';
import { symbolFor } from './render-symbol.js';
import { Memo } from '../../layout/memo.js';
import { closestNodeId, pointerHandlers } from './pointer-handlers.js';
import { renderChart } from './render-chart.js';
import { renderToolbar } from './render-toolbar.js';
import { renderTooltip, TOOLTIP_ID, tooltipPlace } from './render-tooltip.js';
import { styles } from './styles.js';
import { summaryText } from './summary.js';
import { LayoutTween } from './tween-controller.js';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';

/** A node at the place it is drawn this frame. */
type DrawnNode = LaidOutNode<HierarchyNodeAt>;
import { TypeAheadBuffer } from './type-ahead-buffer.js';
import { ZoomController } from './zoom-controller.js';

/** Above this many nodes in view, the chart draws the zoomed-out overview instead of every node. */
const MAX_DETAILED = 300;
/** Below this scale labels are unreadable (12px × 0.2): more than a few nodes go to the overview. */
const MIN_READABLE_SCALE = 0.2;
/** Transitions are skipped for bigger trees; they would cost more than they show. */
const MAX_ANIMATED = 3000;

/**
 * `<oob-hierarchy>`: the order-of-battle hierarchy chart: who commands whom as of a date, drawn
 * with APP-6 unit symbols, with pan and zoom, keyboard navigation (ARIA tree) and export.
 *
 * @summary Order-of-battle hierarchy chart (tidy, horizontal, radial or outline) as of a date.
 * @fires {UnitSelection} oob-select - A unit was selected (click, Enter or Space); `detail` has `kind: 'unit'`, the `id` and the `unit`.
 * @fires {OobToggleDetail} oob-toggle - A unit was expanded or collapsed by the user; `detail` has the `id` and `expanded`. Not fired by Expand all / Collapse all or `expandAll()` / `collapseAll()`.
 * @fires {OobErrorDetail} oob-error - The data could not be used; `detail.problems` lists each problem with its JSON path.
 * @csspart base - The box holding the chart, caption, toolbar and tooltip.
 * @csspart chart - The `<svg>`.
 * @csspart node - Each unit (an ARIA treeitem); the selected one also has `node-selected`.
 * @csspart node-selected - The selected unit.
 * @csspart symbol - A unit symbol (frame, icon, echelon mark).
 * @csspart label - A unit name.
 * @csspart commander - A commander's name.
 * @csspart marker - A change marker (changed, or change of uncertain date).
 * @csspart badge - The expand/collapse badge with the number of hidden subordinates.
 * @csspart link - A line from a unit to a subordinate.
 * @csspart toolbar - The zoom / fit / expand buttons.
 * @csspart caption - The date and unit count above the chart.
 * @csspart tooltip - The details of the hovered or focused unit.
 * @cssprop [--oob-hierarchy-height=480px] - Height of the chart.
 * @cssprop [--oob-node-fill=var(--oob-background)] - Background of a node.
 * @cssprop [--oob-node-stroke=transparent] - Outline of a node.
 * @cssprop [--oob-selected-stroke=var(--oob-accent)] - Outline of the selected node.
 * @cssprop [--oob-link-stroke=var(--oob-border-color)] - Colour of links.
 * @cssprop [--oob-link-width=var(--oob-stroke-width)] - Width of links.
 * @cssprop [--oob-symbol-stroke=var(--oob-text-color)] - Outline and icon colour of unit symbols.
 * @cssprop [--oob-friendly-fill=#80e0ff] - Frame fill of friendly units.
 * @cssprop [--oob-hostile-fill=#ff8080] - Frame fill of hostile units.
 * @cssprop [--oob-neutral-fill=#aaffaa] - Frame fill of neutral units.
 * @cssprop [--oob-unknown-fill=#ffff80] - Frame fill of units of unknown affiliation.
 * @cssprop [--oob-label-color=var(--oob-text-color)] - Unit names.
 * @cssprop [--oob-label-font-size=12px] - Size of unit names.
 * @cssprop [--oob-change-color=#9a6700] - Fill of the "changed" marker and outline of the "uncertain date" marker.
 * @cssprop [--oob-badge-fill=var(--oob-surface)] - Background of the expand/collapse badge.
 */
export class OobHierarchy extends OobDataElement {
  static override styles = [themeStyles, stateStyles, styles];

  /** The date to show the order of battle at (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the end of it). Default: the dataset's latest date. */
  @property() date: string | undefined;

  /** `tidy` (top-down tree), `horizontal` (left to right), `radial` (rings) or `indented` (outline list). */
  @property() layout: HierarchyLayout = 'tidy';

  /** How many levels are expanded initially (0: only the top units). Changing it resets the user's expand/collapse choices. */
  @property({ type: Number }) depth = 2;

  /** Id of the selected unit. */
  @property() selected: string | undefined;

  /** `app6`: NATO APP-6 unit symbols; `none`: plain colour swatches. */
  @property() symbols: 'app6' | 'none' = 'app6';

  /** Id of a unit to show alone with its subordinates (default: every top-level unit, as a forest). */
  @property() root: string | undefined;

  @state() private expansion: ExpansionState = { depth: 2, expanded: new Set(), collapsed: new Set() };
  @state() private activeId: string | undefined;
  @state() private hoveredId: string | undefined;
  @state() private treeFocused = false;
  @state() private tooltipDismissed = false;

  private readonly size = new ResizeController(this, () => {
    this.needsFit = true;
  });
  private readonly zoom = new ZoomController(this, () => this.viewport, [0.001, 4]);
  private readonly tween = new LayoutTween<HierarchyNodeAt>(this);
  private readonly model = new HierarchyModel();
  private readonly cull = new CullCache<DrawnNode>();
  private linkedIds: ReadonlySet<string> = new Set();
  private readonly typeAhead = new TypeAheadBuffer();
  private readonly detailedMemo = new Memo<readonly DrawnNode[]>();
  private view: ModelView | undefined;
  private needsFit = true;
  private animateNext = false;
  private lastDataset: unknown;
  /** The date asked for when it cannot be read (set once per update). */
  private invalidDate: string | undefined;

  /** Zooms and pans so the whole tree is in view (called on first render and on resize). */
  fit(): void {
    const transform = this.view ? fitView(this.view.layout, this.viewport) : undefined;
    this.needsFit = !transform;
    if (transform) this.zoom.set(transform);
  }

  /** Expands every unit, then fits the whole tree in view. */
  expandAll(): void {
    this.expansion = { depth: Infinity, expanded: new Set(), collapsed: new Set() };
    this.needsFit = true;
  }

  /** Collapses everything to the top-level units, then fits them in view. */
  collapseAll(): void {
    this.expansion = { depth: 0, expanded: new Set(), collapsed: new Set() };
    this.needsFit = true;
  }

  /** Expands the unit's superiors, pans it into view and focuses it; false if it is not in the tree at the date. */
  async focusUnit(id: string): Promise<boolean> {
    await this.updateComplete;
    const units = this.view?.hierarchy.units;
    if (!units?.has(id)) return false;
    let expansion = this.expansion;
    const seen = new Set<string>();
    for (let p = units.get(id)?.parent ?? null; p !== null && !seen.has(p); p = units.get(p)?.parent ?? null) {
      seen.add(p);
      expansion = withExpanded(expansion, p, true);
    }
    this.expansion = expansion;
    await this.updateComplete;
    if (!this.view?.layout.byId.has(id)) return false;
    await this.moveFocus(id);
    return true;
  }

  /** The chart as a standalone SVG document (all expanded units, styles inlined). Empty when nothing is drawn. */
  toSVG(): string {
    const view = this.view;
    if (!view || !this.parsed || !this.shadowRoot) return '';
    const ctx = { ...this.renderContext(view), activeId: undefined };
    const nodes = svg`${view.layout.nodes.map((n) => this.renderOne(ctx, view, n))}`;
    return exportHierarchySVG(this.shadowRoot, this, view.layout, nodes, this.summary(view));
  }

  /** The chart as a PNG image, `scale` times the size of `toSVG()` (default 2, for sharp prints and high-density screens). */
  toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return svgToPNG(this.toSVG(), scale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('depth')) this.expansion = { depth: this.depth, expanded: new Set(), collapsed: new Set() };
    if (changed.has('layout') || changed.has('root') || this.parsed !== this.lastDataset) this.needsFit = true;
    this.lastDataset = this.parsed;
    if (changed.has('provided') || (changed as PropertyValues).has('parsed')) {
      const selection = linkedSelection(this.provided, this.parsed);
      this.linkedIds = this.parsed && selection && selection.kind !== 'unit' ? linkedItems(this.parsed, selection, this.effectiveDate).units : new Set();
    }
    // The one parse of the date per update; render() and the caption read the result.
    const date = this.effectiveDate;
    const parsedDate = date === undefined ? undefined : parseDate(date);
    this.invalidDate = date !== undefined && !parsedDate ? date : undefined;
    const previous = this.view;
    this.view =
      this.parsed && this.invalidDate === undefined
        ? this.model.compute({ dataset: this.parsed, date: parsedDate?.end, root: this.root, expansion: this.expansion, layout: this.layout })
        : undefined;
    const next = this.view;
    const moved = previous && next && previous.layout !== next.layout && previous.layout.kind === next.layout.kind && previous.roots.length > 0;
    if (moved && (changed.has('date') || changed.has('provided') || this.animateNext) && !this.needsFit && next.layout.nodes.length <= MAX_ANIMATED) {
      this.tween.begin(previous.layout);
    }
    this.animateNext = false;
  }

  protected override updated(): void {
    this.zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.chart'));
    if (this.needsFit && this.view && this.viewport.width > 0) this.fit();
  }

  /**
   * The chart's size: from the ResizeObserver, or measured once when it has not reported yet (it
   * reports on the next frame, which hidden pages never draw).
   */
  private get viewport(): { width: number; height: number } {
    if (this.size.width > 0 && this.size.height > 0) return this.size;
    return { width: this.clientWidth, height: this.clientHeight };
  }

  private get effectiveDate(): string | undefined {
    return this.date || this.provided?.date || undefined;
  }

  private get selectedId(): string | undefined {
    // Only a selection made on the same dataset names one of our units.
    const shared = linkedSelection(this.provided, this.parsed);
    return this.selected ?? (shared?.kind === 'unit' ? shared.id : undefined);
  }

  private renderContext(view: ModelView): NodeRenderContext {
    // The tab stop: the node last focused, else the selected one, else the first (APG tree pattern).
    const selectedId = this.selectedId;
    const activeId = [this.activeId, selectedId].find((id) => id !== undefined && view.layout.byId.has(id)) ?? view.flat[0]?.id;
    return { kind: view.layout.kind, geometry: view.geometry, symbols: this.symbols, selectedId, linkedIds: this.linkedIds, activeId, t: this.t.bind(this) };
  }

  private renderOne(ctx: NodeRenderContext, view: ModelView, n: DrawnNode): SVGTemplateResult {
    const unit = n.node.item?.unit;
    if (!unit || !this.parsed) return svg``;
    const index = view.flatIndex.get(n.id);
    const describedBy = this.tooltipId === n.id && this.treeFocused ? TOOLTIP_ID : undefined;
    return renderNode(ctx, n.node, index === undefined ? undefined : view.flat[index], n.x, n.y, nodeView(this.parsed, unit, this.lang, view.geometry), describedBy);
  }

  private get tooltipId(): string | undefined {
    if (this.tooltipDismissed) return undefined;
    return this.hoveredId ?? (this.treeFocused ? this.activeId : undefined);
  }

  private summary(view: ModelView): string {
    const dataset = this.parsed;
    if (!dataset) return '';
    return summaryText(view.roots, this.asOfText(view), (n) => nodeView(dataset, n.unit, this.lang, view.geometry).name.text, this.t.bind(this));
  }

  private asOfText(view: ModelView): string {
    return asOfText(view.hierarchy.asOf, this.effectiveDate, this.lang);
  }

  private async moveFocus(id: string): Promise<void> {
    const view = this.view;
    const node = view?.layout.byId.get(id);
    if (!view || !node) return;
    this.activeId = id;
    this.tooltipDismissed = false;
    const b = view.layout.box;
    const box = { x0: node.x + b.x0, y0: node.y + b.y0, x1: node.x + b.x1, y1: node.y + b.y1 };
    const target = panIntoView(this.zoom.transform, box, this.viewport, 24);
    if (target.x !== this.zoom.transform.x || target.y !== this.zoom.transform.y) this.zoom.set(target);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`.node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  private setExpanded(id: string, expanded: boolean): void {
    const node = this.view?.layout.byId.get(id)?.node;
    if (!node || node.childCount === 0 || node.expanded === expanded) return;
    this.animateNext = true;
    this.expansion = withExpanded(this.expansion, id, expanded);
    this.emit('oob-toggle', { id, expanded });
  }

  private selectUnit(id: string): void {
    const unit = this.parsed?.unitsById.get(id);
    if (!unit) return;
    this.selected = id;
    const detail = { kind: 'unit' as const, id, unit };
    this.emit('oob-select', detail);
    this.provided?.select(detail);
  }

  private applyKeyAction(action: TreeKeyAction): void {
    if (action.type === 'focus') void this.moveFocus(action.id);
    else if (action.type === 'expand') this.setExpanded(action.id, true);
    else if (action.type === 'collapse') this.setExpanded(action.id, false);
    else if (action.type === 'select') this.selectUnit(action.id);
    else if (action.type === 'expand-siblings') action.ids.forEach((id) => this.setExpanded(id, true));
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const view = this.view;
    const dataset = this.parsed;
    if (!view || !dataset) return;
    const activeId = this.renderContext(view).activeId;
    handleTreeKey(event, {
      typeAhead: this.typeAhead,
      onItem: closestNodeId(event) !== undefined,
      tooltipOpen: this.tooltipId !== undefined,
      dismissTooltip: () => (this.tooltipDismissed = true),
      zoomBy: (factor) => this.zoom.scaleBy(factor),
      fit: () => this.fit(),
      treeAction: (key) => this.applyKeyAction(treeKeyAction(view.flat, activeId, key)),
      typeAheadTo: (query) => {
        const id = typeAheadTarget(view, dataset, this.lang, activeId, query);
        if (id !== undefined) void this.moveFocus(id);
      },
    });
  };

  private readonly handlers = pointerHandlers({
    isExpanded: (id) => this.view?.layout.byId.get(id)?.node.expanded,
    activate: (id) => {
      if (id === this.activeId) return;
      this.activeId = id;
      this.tooltipDismissed = false;
    },
    toggle: (id, expanded) => this.setExpanded(id, expanded),
    select: (id) => this.selectUnit(id),
    hover: (id) => {
      if (id === this.hoveredId) return;
      this.hoveredId = id;
      if (id !== undefined) this.tooltipDismissed = false;
    },
    focusWithin: (focused) => (this.treeFocused = focused),
  });

  override render(): TemplateResult {
    const state = this.renderState();
    if (state) return state;
    const date = this.invalidDate;
    if (date !== undefined) return renderEmpty(this.t('invalidDate', 'The date "{date}" is not a date this chart understands (use YYYY, YYYY-MM or YYYY-MM-DD).', { date }));
    const view = this.view;
    if (!view) return renderEmpty(this.t('loading', 'Loading order of battle…'));
    if (view.rootMissing) return renderEmpty(this.t('rootMissing', 'There is no unit "{id}" in the order of battle at this date.', { id: this.root ?? '' }));
    if (view.layout.nodes.length === 0) return renderEmpty(this.t('noUnits', 'No units at this date.'));
    return this.renderChart(view);
  }

  private renderChart(view: ModelView): TemplateResult {
    const transform = this.zoom.transform;
    const ctx = this.renderContext(view);
    const { nodes, positions } = this.tween.placed(view.layout);
    const viewport = this.viewport;
    // No size yet: nothing to cull against. In the browser the first measure comes a frame later; on
    // the server (SSR) there is none, so the whole tree is written out, up to the detail limit.
    const culled: Culled<DrawnNode> =
      viewport.width > 0
        ? this.cull.get(nodes, positions, view.layout.links, transform, viewport, view.layout.box)
        : isServer
          ? { nodes: nodes.slice(0, MAX_DETAILED), links: [...view.layout.links] }
          : { nodes: [], links: [] };
    const overview = culled.nodes.length > MAX_DETAILED || (culled.nodes.length > 60 && transform.k < MIN_READABLE_SCALE);
    const frame = symbolFor('friend', undefined, undefined, view.geometry.symbolSize).frame;
    const dots = frame.x1 - frame.x0 < 8 / transform.k;
    // The tab stop is always drawn, in view or not, so keyboard focus never lands on nothing.
    // Drawn in outline (depth-first) order, not the layout's breadth-first order, so the DOM of the
    // ARIA tree reads parent, children, grandchildren the way the tree pattern expects.
    const detailed = this.detailedMemo.get([culled.nodes, overview, ctx.activeId], () => {
      const active = ctx.activeId === undefined ? undefined : nodes.find((n) => n.id === ctx.activeId);
      if (overview) return active ? [active] : [];
      const drawn = active && !culled.nodes.includes(active) ? [...culled.nodes, active] : [...culled.nodes];
      const rank = (n: DrawnNode) => view.flatIndex.get(n.id) ?? Number.MAX_SAFE_INTEGER;
      return drawn.sort((a, b) => rank(a) - rank(b));
    });
    const tip = this.tooltipId;
    const tipAt = tip === undefined ? undefined : positions.get(tip);
    const tipNode = tip === undefined ? undefined : view.layout.byId.get(tip)?.node;
    const t = this.t.bind(this);
    return renderChart({
      transform,
      background: guard([culled, overview, dots], () =>
        overview
          ? renderOverview(culled.nodes.map((n) => ({ x: n.x, y: n.y, affiliation: this.parsed?.sidesById.get(n.node.item?.unit.side ?? '')?.affiliation })), overviewLinks(culled.links, positions), frame, dots)
          : svg`<g class="links" aria-hidden="true">${repeat(culled.links, (l) => l.targetId, (l) => svg`<path class="link" part="link" d=${linkData(view.layout, positions, l)}></path>`)}</g>`,
      ),
      items: guard([detailed, ctx.selectedId, ctx.linkedIds, ctx.activeId, this.lang, this.symbols, this.strings, this.treeFocused && tip], () => repeat(detailed, (n) => n.id, (n) => this.renderOne(ctx, view, n))),
      treeLabel: t('treeLabel', 'Order of battle'),
      caption: t('caption', 'As of {date} · {units}', { date: this.asOfText(view), units: counted(t, 'units', view.roots.reduce((sum, r) => sum + 1 + countDescendants(r), 0), '{count} unit', '{count} units') }),
      toolbar: renderToolbar(t, { zoomIn: () => this.zoom.scaleBy(1.25), zoomOut: () => this.zoom.scaleBy(0.8), fit: () => this.fit(), expandAll: () => this.expandAll(), collapseAll: () => this.collapseAll() }),
      summary: guard([view.roots, this.lang, this.strings], () => this.summary(view)),
      tooltip:
        tipAt && tipNode?.item && this.parsed
          ? renderTooltip(tipNode.item.unit, nodeView(this.parsed, tipNode.item.unit, this.lang, view.geometry), tipNode.expanded ? 0 : countDescendants(tipNode.item), tooltipPlace(tipAt, view.layout.box, transform, viewport), t)
          : nothing,
      keydown: this.handleKeydown,
      handlers: this.handlers,
    });
  }
}
