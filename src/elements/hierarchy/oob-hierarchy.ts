import { isServer, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { countDescendants } from '../../layout/hierarchy/forest.js';
import { withExpanded } from '../../layout/hierarchy/expansion.js';
import type { ExpansionState } from '../../layout/hierarchy/expansion.js';
import { fitView, panIntoView, readableTransform } from '../../layout/hierarchy/fit-transform.js';
import { expandedTo } from '../../layout/hierarchy/expansion.js';
import type { SearchMatch } from '../../layout/hierarchy/search.js';
import { SearchController } from './search-controller.js';
import { treeKeyAction } from '../../layout/hierarchy/keys.js';
import type { TreeKeyAction } from '../../layout/hierarchy/keys.js';
import type { HierarchyLayout, LaidOutLink, LaidOutNode, Point, Size, ZoomTransform } from '../../layout/hierarchy/types.js';
import { clearTextMeasures, textMeasurer } from '../shared/measure-text.js';
import { hostMetrics } from '../shared/host-metrics.js';
import type { HostMetrics } from '../shared/host-metrics.js';
import type { NodeView, TextMetrics } from './node-view.js';
import { FOOTER_HEIGHT, HEADER_HEIGHT } from './styles.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty, renderLoading } from '../shared/error-panel.js';
import { ResizeController } from '../shared/resize-controller.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { CullCache, treeExceedsView, viewWindow } from '../../layout/hierarchy/cull.js';
import type { Culled } from '../../layout/hierarchy/cull.js';
import { HierarchyModel } from '../../layout/hierarchy/hierarchy-model.js';
import type { ModelView } from '../../layout/hierarchy/hierarchy-model.js';
import { handleTreeKey, TypeAheadBuffer, typeAheadTarget } from './keyboard.js';
import { linkData } from '../../layout/hierarchy/link-path.js';
import { nodeView } from './node-view.js';
import { counted, renderNode } from './render-node.js';
import type { NodeRenderContext } from './render-node.js';
import { symbolFor } from './render-symbol.js';
import { milsymbolStatus } from '../shared/milsymbol.js';
import { Memo } from '../../layout/memo.js';
import { closestNodeId, pointerHandlers } from './pointer-handlers.js';
import { renderChart, TOOLTIP_ID } from './render-chart.js';
import { renderToolbar } from './render-toolbar.js';
import { styles } from './styles.js';
import { textWidth } from '../../layout/text.js';
import { asOfText, summaryText } from './summary.js';
import { LayoutTween } from './tween-controller.js';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { HierarchyDiff } from '../../data/diff.js';
import type { Dataset } from '../../data/types.js';
import { displayName, langText } from './node-view.js';
import { ellipsize } from '../../layout/hierarchy/label.js';
import { compareModeCode, exportCode, extrasCode } from './on-demand-code.js';
import { pngOf } from '../shared/on-demand.js';
import type { CompareMode } from './on-demand-code.js';
import type { CompareNode } from './render-node.js';

/** A node at the place it is drawn this frame. */
type DrawnNode = LaidOutNode<HierarchyNodeAt>;
import { ZoomController } from './zoom-controller.js';

/** Above this many nodes in view, the chart draws the zoomed-out overview instead of every node. */
const MAX_DETAILED = 300;
/** Below this scale labels are unreadable (12px × 0.2): more than a few nodes go to the overview. */
const MIN_READABLE_SCALE = 0.2;
/** Transitions are skipped for bigger trees; they would cost more than they show. */
const MAX_ANIMATED = 3000;
/** The smallest text on screen, in CSS px: commanders and badges (one px under the names) never render smaller at first paint. */
const READABLE_PX = 11;

/**
 * The layouts `layout="auto"` tries, in order of preference for the box: wide boxes (700 px and
 * up) prefer the top-down tidy tree, narrower ones the compact stacks and the outline.
 */
function autoKinds(width: number): HierarchyLayout[] {
  return width >= 700 ? ['tidy', 'compact', 'horizontal', 'indented'] : ['compact', 'indented', 'tidy', 'horizontal'];
}

/**
 * `<oob-hierarchy>`: the order-of-battle hierarchy chart: who commands whom as of a date, drawn
 * with APP-6 unit symbols, with pan and zoom, keyboard navigation (ARIA tree) and export.
 *
 * First paint is readable in any box: every text renders at 11 CSS px or more, nothing overlaps and
 * nothing is cut. When the tree opened to `depth` levels does not fit the box at that size, fewer
 * levels are opened (the badges and Expand all lead to the rest) and, if even the top does not
 * fit, the view starts at the top of the tree with a minimap; Fit all shows the whole tree at any scale.
 *
 * `layout="auto"` (the default) picks the layout when the chart first draws a dataset, and again
 * on resize while nothing was expanded or collapsed by hand: among tidy, compact, horizontal and
 * indented, the one that shows the most levels readably (as above); on a tie, the first in the
 * order tidy, compact, horizontal, indented for boxes 700 px wide or more, and compact, indented,
 * tidy, horizontal for narrower ones. Radial is never chosen automatically.
 *
 * Compare mode: with `compare` set (or the enclosing `<oob-dataset>`'s `compare`, which a range
 * `<oob-timeline>` sets), the chart draws the union of the trees at `compare` and at `date` and marks
 * each unit by what changed between the two (docs/compare.md): a shape beside its symbol for each
 * kind (added, removed, changed side, moved, upgraded, downgraded, redesignated, other, and "date
 * uncertain"), named in a legend and in the unit's accessible name; removed units are faded with a
 * dashed outline; a moved unit keeps a dashed link to its old superior; a redesignated unit shows
 * its old name struck through under the new one. `changes-only` folds the unchanged units away. The
 * changes are listed in words with their sources after the chart (the accessible summary), and
 * `toCSV()` exports the same list.
 *
 * @summary Order-of-battle hierarchy chart (tidy, compact, horizontal, radial or outline) as of a date.
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
 * @csspart marker - A change marker (changed, or change of uncertain date), outside compare mode.
 * @csspart mark - Compare mode: a change mark beside a unit's symbol (its `data-kind` says which change).
 * @csspart old-name - Compare mode: a redesignated unit's old name, struck through.
 * @csspart old-link - Compare mode: the dashed line from a moved unit to its superior at the earlier date (also has part `link`).
 * @csspart legend - Compare mode: the row naming each mark, with the number of units it marks.
 * @csspart changes - Compare mode: the list of changes in words with their sources (visually hidden; read by screen readers).
 * @csspart badge - The expand/collapse badge with the number of hidden subordinates.
 * @csspart link - A line from a unit to a subordinate.
 * @csspart toolbar - The search field and the zoom / fit / expand buttons.
 * @csspart search - The find-a-unit box (field and results).
 * @csspart search-input - The find-a-unit field.
 * @csspart search-results - The list of units found.
 * @csspart minimap - The overview inset shown when the tree is larger than the box.
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
 * @cssprop [--oob-change-color=#9a6700] - Fill of the "changed" marker and outline of the "uncertain date" marker; in compare mode, the ring of each change mark.
 * @cssprop [--oob-badge-fill=var(--oob-surface)] - Background of the expand/collapse badge.
 */
export class OobHierarchy extends OobDataElement {
  static override styles = [themeStyles, stateStyles, styles];
  static override properties: PropertyDeclarations = {
    date: {},
    layout: {},
    depth: { type: Number },
    noSearch: { type: Boolean, attribute: 'no-search' },
    selected: {},
    symbols: {},
    root: {},
    compare: {},
    changesOnly: { type: Boolean, attribute: 'changes-only' },
    expansion: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    hoveredId: { state: true, attribute: false },
    treeFocused: { state: true, attribute: false },
    tooltipDismissed: { state: true, attribute: false },
    kind: { state: true, attribute: false },
  };

  /** The date to show the order of battle at (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the end of it). Default: the dataset's latest date. */
  date: string | undefined;

  /**
   * `auto` (default: chosen from the box and the tree, see above), `tidy` (top-down tree), `compact` (leaf units
   * stacked under their parent), `horizontal` (left to right), `radial` (rings) or `indented` (outline list).
   */
  layout: HierarchyLayout | 'auto' = 'auto';

  /**
   * How many levels are expanded initially (0: only the top units), fewer when they would not fit readably.
   * Changing it resets the user's expand/collapse choices.
   */
  depth = 2;

  /** Hides the find-a-unit field. */
  noSearch = false;

  /** Id of the selected unit. */
  selected: string | undefined;

  /** `app6`: NATO APP-6 unit symbols; `none`: plain colour swatches. */
  symbols: 'app6' | 'none' = 'app6';

  /** Id of a unit to show alone with its subordinates (default: every top-level unit, as a forest). */
  root: string | undefined;

  /**
   * Compare mode: a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) to compare `date` with. The chart draws both trees in one and marks
   * what changed between the two dates. Unset, it follows the enclosing `<oob-dataset>`'s `compare` (a range timeline's start).
   */
  compare: string | undefined;

  /** Compare mode: folds away the units that did not change, keeping the superiors of those that did. */
  changesOnly = false;

  private expansion: ExpansionState = { depth: 2, expanded: new Set(), collapsed: new Set() };
  private activeId: string | undefined;
  private hoveredId: string | undefined;
  private treeFocused = false;
  private tooltipDismissed = false;
  /** The layout drawn: `layout`, or what `auto` chose. */
  private kind: HierarchyLayout = 'tidy';

  private readonly size = new ResizeController(this, () => {
    // The observer's first report usually repeats the size the first fit already used.
    const { width, height } = this.viewport;
    if (width === this.fittedSize.width && height === this.fittedSize.height) return;
    this.needsFit = this.toggled ? 'view' : 'choose';
  });
  /** The drawing size the last fit was made for. */
  private fittedSize: Size = { width: 0, height: 0 };
  private readonly zoom = new ZoomController(this, () => this.viewport, [0.001, 4]);
  private readonly tween = new LayoutTween<HierarchyNodeAt>(this);
  private readonly model = new HierarchyModel(() => compareModeCode.loaded);
  /** Compare mode's code, once loaded (compare-mode.ts; a dynamic import when `compare` is first set, which `updateComplete` waits for). */
  private compareMode: CompareMode | undefined;
  /** The extras' styles (extras-styles.ts) are in this chart's shadow root. */
  private extrasStyled = false;
  private readonly cull = new CullCache<DrawnNode>();
  private linkedIds: ReadonlySet<string> = new Set();
  private readonly typeAhead = new TypeAheadBuffer();
  private readonly detailedMemo = new Memo<readonly DrawnNode[]>();
  /** Compare mode: the old-superior links of the layout, found once per diff and layout (not on every pan step). */
  private readonly oldLinksMemo = new Memo<LaidOutLink[]>();
  private view: ModelView | undefined;
  /** What the next update does before drawing: pick layout and depth and fit (`choose`), fit readably (`view`), fit all (`all`). */
  private needsFit: 'choose' | 'view' | 'all' | false = 'choose';
  private metrics: { text: TextMetrics; minScale: number; em: number } | undefined;
  /** The host's size and fonts, read with other charts' before an update that needs them (see `scheduleUpdate`). */
  private hostRead: HostMetrics | undefined;
  private readonly finder = new SearchController(this, {
    tree: () => (this.view ? { hierarchy: this.view.hierarchy, roots: this.view.roots, lang: this.lang } : undefined),
    goTo: (id) => void this.focusUnit(id),
  });
  /** The user opened or closed units (or all of them) since the last automatic choice: resizes keep that. */
  private toggled = false;
  /** The tree had keyboard focus when this update started; if its node went away, focus moves to a survivor. */
  private restoreFocus = false;
  private animateNext = false;
  private lastDataset: unknown;
  /** Whether the last update compared two dates (turning compare mode on or off chooses the layout again). */
  private lastCompared = false;
  /** Height of the compare legend row (px), computed before the drawing's size is read; 0 outside compare mode. */
  private legendHeight = 0;

  /**
   * Loads compare mode's code, which a chart otherwise imports when `compare` is first set (showing its
   * loading state meanwhile). A server renders synchronously: await this before rendering charts that compare.
   */
  static loadCompareMode(): Promise<unknown> {
    return Promise.resolve(compareModeCode.load());
  }

  /** Zooms and pans so the whole tree is in view, however small that makes it (the Fit all button and the 0 key). */
  fit(): void {
    const transform = this.view ? fitView(this.view.layout, this.viewport) : undefined;
    if (transform) this.zoom.set(transform);
    else this.needsFit = 'all';
  }

  /** Expands every unit, then shows the top of the tree at a readable scale (the minimap and Fit all give the overview). */
  expandAll(): void {
    this.toggled = true;
    this.expansion = expandedTo(Infinity);
    this.needsFit = 'view';
  }

  /** Collapses everything to the top-level units, then fits them in view. */
  collapseAll(): void {
    this.toggled = true;
    this.expansion = expandedTo(0);
    this.needsFit = 'view';
  }

  /**
   * The units of the tree at the date whose names (in any language), aliases, abbreviations or
   * commanders contain `query`, ignoring case and diacritics; best matches first, at most `limit`.
   * Each has the names of its superiors as `path`. Empty before the data is drawn. The search's code
   * loads on demand (the first search, or the field's focus); rejects when it cannot be fetched.
   */
  search(query: string, limit = 50): Promise<SearchMatch[]> {
    return this.finder.search(query, limit);
  }

  /** Expands the unit's superiors, pans it into view and focuses it; false if it is not in the tree at the date. */
  async focusUnit(id: string): Promise<boolean> {
    await this.updateComplete;
    const units = this.view?.hierarchy.units;
    if (!units?.has(id)) return false;
    const seen = new Set<string>();
    for (let p = units.get(id)?.parent ?? null; p !== null && !seen.has(p); p = units.get(p)?.parent ?? null) seen.add(p);
    const expansion = withExpanded(this.expansion, seen, true);
    this.toggled = true;
    this.expansion = expansion;
    await this.updateComplete;
    if (!this.view?.layout.byId.has(id)) return false;
    await this.moveFocus(id, true);
    return true;
  }

  /**
   * The chart as a standalone SVG document (all expanded units, styles inlined), as it is drawn when the export's
   * code has loaded (on demand, the first time). Empty when nothing is drawn.
   */
  async toSVG(): Promise<string> {
    // Checked first, which spares an empty chart the download, and again once the code is there: the
    // chart may have changed, or left the page, which leaves no styles to copy.
    if (!this.exportable()) return '';
    const { exportHierarchySVG } = await exportCode.load();
    const view = this.exportable();
    if (!view || !this.shadowRoot) return '';
    const ctx = { ...this.renderContext(view), activeId: undefined };
    const nodes = view.layout.nodes.map((n) => this.renderOne(ctx, view, n));
    const oldLinks = view.diff ? (this.renderOldLinks(view, view.layout.byId, view.layout.links) as SVGTemplateResult) : undefined;
    return exportHierarchySVG(this.shadowRoot, this, view.layout, nodes, this.summary(view), oldLinks);
  }

  /** The view drawn, when there is one to export. */
  private exportable(): ModelView | undefined {
    const view = this.view;
    return this.isConnected && view && this.parsed && view.layout.nodes.length > 0 ? view : undefined;
  }

  /**
   * In compare mode, every change between the two dates as CSV (RFC 4180, cells that a spreadsheet would run as a
   * formula prefixed with `'`): the header `unit, change, from, to, date, source`, then one row per change in outline
   * order, as the accessible summary lists them. Empty outside compare mode or before the data is drawn.
   */
  toCSV(): string {
    const diff = this.view?.diff;
    const mode = this.compareMode;
    return diff && mode ? mode.toCSV(mode.diffCsvRows(diff)) : '';
  }

  /** The chart as a PNG image, `scale` times the size of `toSVG()` (default 2, for sharp prints and high-density screens). Rejects when nothing is drawn. */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    // The export and the rasteriser are on-demand code (export-svg.ts, extras.ts).
    return pngOf('oob-hierarchy', await this.toSVG(), scale, { rasteriser: () => extrasCode.load() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.fontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.fontsLoaded);
  }

  /** Draws again once milsymbol, which draws some SIDCs, has loaded (see `renderMilsymbol`). */
  private readonly redraw = (): void => this.requestUpdate();

  /** Widths measured before web fonts arrived are of a fallback font: measure again with the real ones. */
  private readonly fontsLoaded = (): void => {
    if (this.metrics === undefined) return;
    clearTextMeasures();
    this.metrics = undefined;
    this.requestUpdate();
  };

  /**
   * Until the resize observer has reported (it does on the next frame) and until the fonts are read,
   * an update reads the host's size and fonts: together with the other charts that update in the
   * same round, so that a page adding many charts at once is laid out once, not once per chart.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isServer && (this.size.width === 0 || this.metrics === undefined))
      this.hostRead = await hostMetrics(this, ['--_label-font-size', '--_font-family']);
    await super.scheduleUpdate();
    this.hostRead = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('depth')) this.expansion = expandedTo(this.depth);
    const compareAt = this.comparedWith.unreadable === undefined ? this.comparedWith.parsed?.end : undefined;
    const comparing = compareAt !== undefined;
    this.compareMode = comparing ? this.onDemand.use(compareModeCode) : undefined;
    if (comparing && !this.compareMode) {
      // Until compare mode has loaded, a chart already drawn stays as it is, and a new one shows its loading
      // state: never a single-date chart that compare mode then replaces.
      return;
    }
    if (
      changed.has('depth') ||
      changed.has('layout') ||
      changed.has('root') ||
      changed.has('changesOnly') ||
      comparing !== this.lastCompared ||
      this.parsed !== this.lastDataset
    ) {
      this.needsFit = 'choose';
      this.toggled = false;
    }
    this.lastDataset = this.parsed;
    this.lastCompared = comparing;
    if (changed.has('provided') || (changed as PropertyValues).has('parsed')) {
      this.linkedIds = this.linkedSelection?.kind === 'unit' ? new Set() : this.linked.units;
    }
    // The base resolved and parsed the date once for this update.
    const parsedDate = this.asOf.parsed;
    const previous = this.view;
    this.legendHeight = 0;
    const em = this.parsed ? this.textMetrics().em : 1;
    const diff = this.parsed && comparing ? this.model.diffFor(this.parsed, parsedDate?.end, compareAt) : undefined;
    // No width yet (or on the server): the legend is sized as if each item took a line, never too short.
    const width = this.size.width > 0 ? this.size.width : (this.hostRead?.width ?? this.clientWidth) || 0;
    if (diff && this.compareMode)
      this.legendHeight = this.compareMode.legendHeight(diff, width, this.textMetrics().text.commander, em, this.t.bind(this));
    const viewport = this.viewport;
    const sized = viewport.width > 0 && viewport.height > 0;
    if (this.layout !== 'auto') this.kind = this.layout;
    const input =
      this.parsed && this.asOf.unreadable === undefined && this.comparedWith.unreadable === undefined
        ? {
            dataset: this.parsed,
            date: parsedDate?.end,
            root: this.root,
            width: sized ? viewport.width : Infinity,
            em,
            compare: compareAt,
            changesOnly: this.changesOnly,
          }
        : undefined;
    if (input && this.needsFit === 'choose' && sized) {
      const kinds = this.layout === 'auto' ? autoKinds(viewport.width) : [this.layout];
      const { kind, expansion } = this.model.chooseReadable(input, this.depth, kinds, viewport, this.textMetrics().minScale);
      this.kind = kind;
      if (!this.toggled) this.expansion = expansion;
    }
    this.view = input ? this.model.compute({ ...input, expansion: this.expansion, layout: this.kind }) : undefined;
    const next = this.view;
    if (next && this.needsFit && sized) {
      // Fitted here, before the render: the first paint is already at its place, with no second update.
      const transform =
        this.needsFit === 'all' ? fitView(next.layout, viewport) : readableTransform(next.layout, viewport, this.textMetrics().minScale);
      if (transform) this.zoom.set(transform);
      this.needsFit = false;
      this.fittedSize = viewport;
    }
    const moved =
      previous && next && previous.layout !== next.layout && previous.layout.kind === next.layout.kind && previous.roots.length > 0;
    if (
      moved &&
      (changed.has('date') || changed.has('compare') || changed.has('provided') || this.animateNext) &&
      next.layout.nodes.length <= MAX_ANIMATED
    ) {
      this.tween.begin(previous.layout);
    }
    this.animateNext = false;
    this.keepFocus(previous);
    if (next?.roots !== previous?.roots) this.finder.refresh();
  }

  protected override updated(): void {
    this.zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.chart'));
    // In the update that first draws with the extras, before the browser paints it.
    const extras = extrasCode.loaded;
    if (extras && !this.extrasStyled) {
      this.extrasStyled = true;
      extras.styleExtras(this.renderRoot as ShadowRoot);
    }
    if (this.restoreFocus) {
      this.restoreFocus = false;
      const root = this.renderRoot as ShadowRoot;
      if (!root.activeElement) root.querySelector<SVGGElement>('.node[tabindex="0"]')?.focus({ preventScroll: true });
    }
  }

  /**
   * When the focused unit is gone from the new tree (another dataset, or a date when it did not
   * exist), the tab stop moves to its nearest superior still drawn, else the first item, and
   * `updated` puts keyboard focus there, so it never falls back to the page.
   */
  private keepFocus(previous: ModelView | undefined): void {
    if (isServer) return;
    const root = this.renderRoot as ShadowRoot | undefined;
    const focused = root?.activeElement;
    const hadFocus = focused instanceof SVGElement && focused.classList.contains('node');
    const view = this.view;
    const id = this.activeId;
    // A node can also be re-created (overview on or off): `updated` only acts when focus was lost.
    this.restoreFocus = hadFocus;
    if (id === undefined || view?.layout.byId.has(id)) return;
    let fallback: string | undefined;
    const seen = new Set<string>();
    for (
      let p = previous?.layout.byId.get(id)?.node.parentId ?? previous?.hierarchy.units.get(id)?.parent ?? null;
      p !== null && !seen.has(p);
    ) {
      seen.add(p);
      if (view?.layout.byId.has(p)) {
        fallback = p;
        break;
      }
      p = previous?.hierarchy.units.get(p)?.parent ?? null;
    }
    this.activeId = fallback ?? view?.flat[0]?.id;
  }

  /**
   * Text measures for the resolved fonts (canvas `measureText`; the estimate on the server) and
   * the smallest scale at which the smallest text is still 11 CSS px: read once, then after web
   * fonts load.
   */
  private textMetrics(): { text: TextMetrics; minScale: number; em: number } {
    if (this.metrics) return this.metrics;
    if (isServer) {
      const estimate = (size: number) => (text: string) => textWidth(text, size);
      return (this.metrics = { text: { key: 'estimate', label: estimate(12), commander: estimate(11) }, minScale: 1, em: 1 });
    }
    const read = this.hostRead?.values;
    const style = read ? undefined : getComputedStyle(this);
    const value = (name: string) => (read ? (read[name] ?? '') : (style as CSSStyleDeclaration).getPropertyValue(name).trim());
    const size = Number.parseFloat(value('--_label-font-size')) || 12;
    const family = value('--_font-family') || 'sans-serif';
    const label = `600 ${size}px ${family}`;
    const commander = `400 ${size - 1}px ${family}`;
    this.metrics = {
      text: { key: `${label}|${commander}`, label: textMeasurer(label, size), commander: textMeasurer(commander, size - 1) },
      minScale: READABLE_PX / Math.max(size - 1, 1),
      em: size / 12,
    };
    return this.metrics;
  }

  /**
   * The chart's size: from the ResizeObserver, or measured once when it has not reported yet (it
   * reports on the next frame, which hidden pages never draw).
   */
  private get viewport(): Size {
    const width = this.size.width > 0 ? this.size.width : (this.hostRead?.width ?? this.clientWidth);
    const height = this.size.height > 0 ? this.size.height : (this.hostRead?.height ?? this.clientHeight);
    // The drawing sits between the toolbar and caption rows, whose heights are fixed.
    return { width, height: Math.max(0, height - HEADER_HEIGHT - FOOTER_HEIGHT - this.legendHeight) };
  }

  protected override get ownDate(): string | undefined {
    return this.date;
  }

  protected override get ownCompare(): string | undefined {
    return this.compare;
  }

  private get selectedId(): string | undefined {
    // Only a selection made on the same dataset names one of our units.
    const shared = this.linkedSelection;
    return this.selected ?? (shared?.kind === 'unit' ? shared.id : undefined);
  }

  private renderContext(view: ModelView): NodeRenderContext {
    // The tab stop: the node last focused, else the selected one, else the first (APG tree pattern).
    const selectedId = this.selectedId;
    const activeId = [this.activeId, selectedId].find((id) => id !== undefined && view.layout.byId.has(id)) ?? view.flat[0]?.id;
    return {
      kind: view.layout.kind,
      geometry: view.geometry,
      symbols: this.symbols,
      selectedId,
      linkedIds: this.linkedIds,
      activeId,
      t: this.t.bind(this),
      lang: this.lang,
      redraw: this.redraw,
    };
  }

  private renderOne(ctx: NodeRenderContext, view: ModelView, n: DrawnNode): SVGTemplateResult {
    const unit = n.node.item?.unit;
    if (!unit || !this.parsed) return svg``;
    const index = view.flatIndex.get(n.id);
    const describedBy = this.tooltipId === n.id && this.treeFocused && extrasCode.loaded ? TOOLTIP_ID : undefined;
    const item = index === undefined ? undefined : view.flat[index];
    return renderNode(
      ctx,
      n.node,
      item,
      n.x,
      n.y,
      nodeView(this.parsed, unit, this.lang, view.geometry, this.textMetrics().text),
      describedBy,
      this.compareNode(view, n.id),
    );
  }

  /** A node's place in the diff, with its old name cut to the commander's line when it was redesignated. */
  private compareNode(view: ModelView, id: string): CompareNode | undefined {
    const node = view.diff?.nodes.get(id);
    const mode = this.compareMode;
    if (!node || !mode) return undefined;
    const before = node.before;
    if (!before || !node.after || before.name === node.after.name) return { node, mode, oldName: undefined };
    const text = langText(displayName(before, this.lang));
    return { node, mode, oldName: { text, line: ellipsize(text.text, view.geometry.label.maxWidth, this.textMetrics().text.commander) } };
  }

  private get tooltipId(): string | undefined {
    if (this.tooltipDismissed) return undefined;
    return this.hoveredId ?? (this.treeFocused ? this.activeId : undefined);
  }

  /** Compare mode: some collapsed unit drawn has changed units under it. */
  private hidesChanges(view: ModelView): boolean {
    const nodes = view.diff?.nodes;
    return (
      nodes !== undefined && view.flat.some((item) => item.expandable && !item.expanded && (nodes.get(item.id)?.changedBelow ?? 0) > 0)
    );
  }

  /** The tooltip's contents; in compare mode the changes listed are the diff's, in words with their sources. */
  private tooltipView(view: ModelView, item: HierarchyNodeAt): NodeView {
    const base = nodeView(this.parsed as Dataset, item.unit, this.lang, view.geometry, this.textMetrics().text);
    const node = view.diff?.nodes.get(item.unit.id);
    return node && this.compareMode
      ? { ...base, changes: this.compareMode.changeLines(node, this.lang, this.t.bind(this)), uncertain: [] }
      : base;
  }

  /**
   * Compare mode: dashed links from moved units to their superiors at the earlier date, when both are drawn and one of them is
   * in view (`links`: the culled links at the new superiors).
   */
  private renderOldLinks(
    view: ModelView,
    positions: ReadonlyMap<string, Point>,
    links: readonly LaidOutLink[],
  ): SVGTemplateResult | typeof nothing {
    const mode = this.compareMode;
    if (!view.diff || !mode) return nothing;
    const { oldLinkPath, oldParentLinks } = mode;
    const inView = new Set(links.map((l) => l.targetId));
    const all = this.oldLinksMemo.get([view.diff, view.layout], () => oldParentLinks(view.diff as HierarchyDiff, view.layout.byId));
    const old = all.filter((l) => inView.has(l.targetId) || inView.has(l.sourceId));
    return svg`${repeat(
      old,
      (l) => `old:${l.targetId}`,
      (l) =>
        svg`<path class="link old-link" part="link old-link" data-source=${l.sourceId} data-target=${l.targetId} d=${oldLinkPath(view.layout.kind, positions.get(l.sourceId) as Point, positions.get(l.targetId) as Point)}></path>`,
    )}`;
  }

  private caption(view: ModelView): string {
    const t = this.t.bind(this);
    const diff = view.diff;
    if (diff) {
      // The diff reads forwards in time: the earlier of the two dates asked for comes first.
      const [early, late] = diff.swapped ? [this.asOf.text, this.comparedWith.text] : [this.comparedWith.text, this.asOf.text];
      const changed = diff.outline.length - diff.counts.unchanged;
      return t('compareSpan', '{from} → {to} · {changed}', {
        from: asOfText(diff.from, early, this.lang),
        to: asOfText(diff.to, late, this.lang),
        changed: counted(t, 'changedUnits', changed, '{count} unit changed', '{count} units changed'),
      });
    }
    const units = counted(
      t,
      'units',
      view.roots.reduce((sum, r) => sum + 1 + countDescendants(r), 0),
      '{count} unit',
      '{count} units',
    );
    return t('caption', 'As of {date} · {units}', { date: this.asOfText(view), units });
  }

  private summary(view: ModelView): string {
    const dataset = this.parsed;
    if (!dataset) return '';
    const diff = view.diff;
    if (diff) {
      const t = this.t.bind(this);
      return t('compareSummary', 'What changed in the order of battle: {caption}; {count}, listed after the chart.', {
        caption: this.caption(view),
        count: counted(t, 'changeCount', diff.changes.length, '{count} change', '{count} changes'),
      });
    }
    return summaryText(
      view.roots,
      this.asOfText(view),
      (n) => nodeView(dataset, n.unit, this.lang, view.geometry, this.textMetrics().text).name.text,
      this.t.bind(this),
    );
  }

  private asOfText(view: ModelView): string {
    return asOfText(view.hierarchy.asOf, this.asOf.text, this.lang);
  }

  /** Makes `id` the tab stop and focuses it, panning it into view (`readable`: zoomed to a readable scale first, if smaller). */
  private async moveFocus(id: string, readable = false): Promise<void> {
    const view = this.view;
    const node = view?.layout.byId.get(id);
    if (!view || !node) return;
    this.activeId = id;
    this.tooltipDismissed = false;
    const b = view.layout.box;
    const box = { x0: node.x + b.x0, y0: node.y + b.y0, x1: node.x + b.x1, y1: node.y + b.y1 };
    const viewport = this.viewport;
    let from: ZoomTransform = this.zoom.transform;
    const minScale = this.textMetrics().minScale;
    if (readable && from.k < minScale) {
      // Centre the unit at the readable scale; the pan below then only nudges it inside the edges.
      from = { k: minScale, x: viewport.width / 2 - node.x * minScale, y: viewport.height / 2 - node.y * minScale };
    }
    const target = panIntoView(from, box, viewport, 24);
    const now = this.zoom.transform;
    if (target.x !== now.x || target.y !== now.y || target.k !== now.k) this.zoom.set(target);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`.node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  private setExpanded(id: string, expanded: boolean): void {
    const node = this.view?.layout.byId.get(id)?.node;
    if (!node || node.childCount === 0 || node.expanded === expanded) return;
    this.animateNext = true;
    this.toggled = true;
    this.expansion = withExpanded(this.expansion, id, expanded);
    this.emit('oob-toggle', { id, expanded });
  }

  private selectUnit(id: string): void {
    const unit = this.parsed?.unitsById.get(id);
    if (!unit) return;
    this.selected = id;
    const detail = { kind: 'unit' as const, id, unit };
    this.emit('oob-select', detail);
  }

  private applyKeyAction(action: TreeKeyAction): void {
    if (action.type === 'focus') void this.moveFocus(action.id);
    else if (action.type === 'expand') this.setExpanded(action.id, true);
    else if (action.type === 'collapse') this.setExpanded(action.id, false);
    else if (action.type === 'select') this.selectUnit(action.id);
    else if (action.type === 'expand-siblings') action.ids.forEach((id) => this.setExpanded(id, true));
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    // Keys typed in the search field are text, not chart commands.
    if (event.composedPath()[0] instanceof HTMLInputElement) return;
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
        const id = typeAheadTarget(view, dataset, this.lang, this.textMetrics().text, activeId, query);
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
    const date = this.asOf.unreadable;
    const unreadable = date ?? this.comparedWith.unreadable;
    if (unreadable !== undefined) {
      return renderEmpty(
        this.t('invalidDate', 'The date "{date}" is not a date this chart understands (use YYYY, YYYY-MM or YYYY-MM-DD).', {
          date: unreadable,
        }),
      );
    }
    if (this.comparedWith.parsed && this.onDemand.hasFailed(compareModeCode)) {
      return renderEmpty(this.t('compareUnavailable', 'Compare mode could not be loaded: reload the page to try again.'));
    }
    const view = this.view;
    if (!view) {
      const loading = this.t('loading', 'Loading order of battle…');
      return this.onDemand.isLoading(compareModeCode) ? renderLoading(loading) : renderEmpty(loading);
    }
    if (view.rootMissing)
      return renderEmpty(this.t('rootMissing', 'There is no unit "{id}" in the order of battle at this date.', { id: this.root ?? '' }));
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
    const { diff } = view;
    const mode = this.compareMode;
    const beyond = viewport.width > 0 && treeExceedsView(view.layout.bounds, transform, viewport);
    const tipItem = tipAt && this.parsed ? tipNode?.item : undefined;
    // The overview, minimap and tooltip are drawn once their code has loaded (a moment; `updateComplete` waits for it).
    const extras = overview || beyond || tipItem ? this.onDemand.use(extrasCode) : undefined;
    return renderChart({
      transform,
      background: guard([culled, overview, dots, extras], () =>
        overview
          ? extras?.renderOverview(
              culled.nodes.map((n) => ({
                x: n.x,
                y: n.y,
                affiliation: this.parsed?.sidesById.get(n.node.item?.unit.side ?? '')?.affiliation,
              })),
              extras.overviewLinks(culled.links, positions),
              frame,
              dots,
            )
          : svg`<g class="links" aria-hidden="true">${repeat(
              culled.links,
              (l) => l.targetId,
              (l) => svg`<path class="link" part="link" d=${linkData(view.layout, positions, l)}></path>`,
            )}${this.renderOldLinks(view, positions, culled.links)}</g>`,
      ),
      items: guard(
        [
          detailed,
          ctx.selectedId,
          ctx.linkedIds,
          ctx.activeId,
          this.lang,
          this.symbols,
          this.strings,
          this.treeFocused && tip,
          extrasCode.loaded,
          milsymbolStatus(),
        ],
        () =>
          repeat(
            detailed,
            (n) => n.id,
            (n) => this.renderOne(ctx, view, n),
          ),
      ),
      treeLabel: t('treeLabel', 'Order of battle'),
      caption: this.caption(view),
      legend: diff && mode ? mode.renderLegend(diff, this.hidesChanges(view), this.legendHeight, this.textMetrics().em, t) : nothing,
      changes: diff && mode ? guard([diff, this.lang, this.strings], () => mode.renderChangeList(diff, this.lang, t)) : nothing,
      toolbar: renderToolbar(t, {
        zoomIn: () => this.zoom.scaleBy(1.25),
        zoomOut: () => this.zoom.scaleBy(0.8),
        fitAll: () => this.fit(),
        expandAll: () => this.expandAll(),
        collapseAll: () => this.collapseAll(),
        search: this.noSearch ? undefined : { state: this.finder.state, ...this.finder.handlers },
      }),
      minimap:
        beyond && extras
          ? extras.renderMinimap(view.layout, viewWindow(transform, viewport), (x, y) => {
              const { k } = transform;
              this.zoom.set({ k, x: viewport.width / 2 - x * k, y: viewport.height / 2 - y * k });
            })
          : nothing,
      summary: guard([view.roots, this.lang, this.strings], () => this.summary(view)),
      tooltip:
        tipAt && tipNode && tipItem && extras
          ? extras.renderTooltip(
              TOOLTIP_ID,
              tipItem.unit,
              this.tooltipView(view, tipItem),
              tipNode.expanded ? 0 : countDescendants(tipItem),
              extras.tooltipPlace(tipAt, view.layout.box, transform, viewport),
              t,
            )
          : nothing,
      keydown: this.handleKeydown,
      handlers: this.handlers,
    });
  }
}
