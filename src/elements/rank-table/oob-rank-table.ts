import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Problem, RankCategory } from '../../data/types.js';
import { validateDescriptor } from '../../insignia/index.js';
import type { RankSelection } from '../../events/index.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty, renderLoading } from '../shared/error-panel.js';
import { pngOf } from '../shared/on-demand.js';
import { compareModeCode, exportCode } from './on-demand-code.js';
import type { CompareMode, RankExport } from './on-demand-code.js';
import { ResizeController } from '../shared/resize-controller.js';
import { Memo } from '../../layout/memo.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { buildRankView } from '../../layout/rank-table/view.js';
import type { ExportTemplate } from './export-svg.js';
import { styleProps } from '../shared/style-props.js';
import type { Footnote, RankCell, RankView, SectionView } from '../../layout/rank-table/view.js';
import type { CompareSection, ComparisonView } from '../../layout/rank-table/compare.js';
import { rankEquivalents } from '../../data/rank-table.js';
import type { CompareContext } from './render-compare.js';
import { renderColumns } from './render-columns.js';
import { renderNotes } from './render-notes.js';
import type { PartsContext, RenderContext } from './render-parts.js';
import { renderRows } from './render-rows.js';
import { styles } from './styles.js';
import { insigniaStyles } from './insignia-styles.js';
import { fittingOrientation, moveFocus, moveFocusInColumns } from '../../layout/rank-table/keys.js';

let instances = 0;
/** Why a table with no rank system shown exports nothing. */
const NO_SYSTEM = 'no valid rank system';
const spaceSeparated = (value: string | null) => value?.split(/\s+/).filter(Boolean);

/**
 * The rank table: rank groups and ranks of an army, each with its shoulder-board insignia drawn
 * from data (no image files), its English name and its native-script names (right-to-left where
 * they are). A real `<table>` with a caption, group and rank headers and footnotes; insignia that
 * the data marks as reconstructions are said to be so, in the footnotes and in each text alternative.
 * With `systems="a b"`, several rank systems side by side, rows aligned by NATO code (see docs/rank-systems.md).
 *
 * Keyboard: Tab reaches the ranks (one tab stop); arrow keys, Home and End move between ranks
 * (in a comparison, Up and Down stay in the same system); Enter or Space selects; Escape hides the holders tooltip.
 *
 * @summary Rank groups, ranks and procedurally drawn shoulder-board insignia.
 * @fires {RankSelection} oob-select - A rank was selected (click, Enter or Space): `{ kind: 'rank', id, rank, group, holders }`, plus
 *   `equivalents` (`[{ system, rank }]`, the other systems' ranks at the same NATO code) when `systems` compares several.
 * @fires {OobErrorDetail} oob-error - The data, or an insignia descriptor in it, cannot be used; each problem has a JSON path.
 * @csspart base - The wrapper of the tables and notes.
 * @csspart table - Each `<table>` (one per category: officers, enlisted).
 * @csspart group-header - A rank-group header cell (in a comparison: a system's column header, or a code's row group).
 * @csspart rank-cell - A rank's name cell (also the empty "no rank named" and "none named" cells); in a comparison, a rank's button.
 * @csspart insignia - An insignia `<svg>`.
 * @csspart native-name - A rank name in another language and script.
 * @csspart holders - The tooltip listing the people the dataset names in a rank.
 * @csspart notes - The footnotes under the table.
 * @cssprop [--oob-insignia-size=84px] - Height of the drawn boards (overrides the `insignia-size` attribute).
 * @cssprop [--oob-insignia-board=descriptor base or #c9a227] - Board field colour, for every board.
 * @cssprop [--oob-insignia-piping=descriptor piping or #b22222] - Piping colour.
 * @cssprop [--oob-insignia-stripe=descriptor colour or #b22222] - Officers' lengthwise stripes.
 * @cssprop [--oob-insignia-cross-stripe=descriptor colour or #8b1a1a] - NCOs' cross-stripes.
 * @cssprop [--oob-insignia-star=descriptor colour or #d9d9d9] - Stars.
 * @cssprop [--oob-insignia-button=#d4b24c] - Button and emblem.
 * @cssprop [--oob-insignia-pattern=rgb(0 0 0 / 0.2)] - Lines of the woven zigzag and galloon fields.
 * @cssprop [--oob-insignia-edge=var(--oob-text-color)] - Outline of each board.
 * @cssprop [--oob-rank-group-background=var(--oob-surface)] - Background of group and row headers.
 * @cssprop [--oob-rank-text-color=var(--oob-text-color)] - Text of the table.
 * @cssprop [--oob-rank-native-font-family=var(--oob-arabic-font-family)] - Font of Arabic-script rank names.
 */
export class OobRankTable extends OobDataElement {
  static override styles = [themeStyles, stateStyles, styles, insigniaStyles];
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    orientation: { reflect: true },
    insigniaSize: { type: Number, attribute: 'insignia-size' },
    system: {},
    systems: { converter: { fromAttribute: spaceSeparated, toAttribute: (value: string[]) => value.join(' ') } },
    focusId: { state: true, attribute: false },
    selectedId: { state: true, attribute: false },
    dismissed: { state: true, attribute: false },
  };

  /** Which ranks to show: `officers`, `enlisted` or `all` (one table per category). */
  category: RankCategory | 'all' = 'all';

  /** `columns` (ranks as columns, as wiki tables do) or `rows` (one rank per row). Narrow containers always get `rows`. */
  orientation: 'columns' | 'rows' = 'columns';

  /** Height of each drawn board in CSS pixels. */
  insigniaSize = 84;

  /** Id of the rank system to show; defaults to the dataset's first. */
  system: string | undefined;

  /**
   * Ids of rank systems to compare, space-separated (`systems="a b"`): one column per system, rows
   * aligned by NATO code; ranks without a code are listed under their group. Overrides `system`.
   */
  systems: string[] | undefined;

  private focusId: string | undefined;
  private selectedId: string | undefined;
  private dismissed = false;

  private linkedIds: ReadonlySet<string> = new Set();
  private readonly uid = `oob-rt${(instances += 1)}`;
  private readonly size = new ResizeController(this, undefined, { widthOnly: true });
  private view: RankView | undefined;
  private comparison: ComparisonView | undefined;
  /** Compare mode's code once it has loaded, while `systems` asks for a comparison. */
  private compareMode: CompareMode | undefined;
  /** One memo for both: the descriptor check behind either sets or clears the error state. */
  private readonly model = new Memo<{ view?: RankView | undefined; comparison?: ComparisonView | undefined }>();
  private equivalentIds: ReadonlySet<string> = new Set();
  private ownProblems = false;
  /** A rank had keyboard focus when this update began: give it back if the render replaced its cell. */
  private hadFocus = false;
  private pendingError: Problem[] | undefined;

  /** The orientation actually drawn: `rows` when asked for, or when the columns would not fit the container. */
  private drawnOrientation(): 'columns' | 'rows' {
    if (this.orientation === 'rows') return 'rows';
    if (this.comparison) return fittingOrientation(this.size.width, this.insigniaSize, { systems: this.comparison.systems.length });
    if (!this.view) return 'rows';
    return fittingOrientation(this.size.width, this.insigniaSize, {
      rankColumns: Math.max(0, ...this.view.sections.map((s) => s.columns)),
    });
  }

  /**
   * Loads compare mode's code, which a table otherwise imports when `systems` is first set (showing its
   * loading state meanwhile). A server renders synchronously: await this before rendering tables that compare.
   */
  static loadCompareMode(): Promise<unknown> {
    return Promise.resolve(compareModeCode.load());
  }

  /** Is a comparison asked for. */
  private get comparing(): boolean {
    return (this.systems?.length ?? 0) > 0;
  }

  /** Every selectable rank on screen, in table order. */
  private get ranks(): RankCell[] {
    return (this.comparing ? this.comparison?.ranks : this.view?.ranks) ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.hadFocus = this.focusedRank() !== undefined;
    const systems = this.systems?.join(' ') ?? '';
    const { parsed, category, lang } = this;
    // Until compare mode's code is there, the table shows its loading state (or why it cannot load).
    const mode = this.comparing ? this.onDemand.use(compareModeCode) : undefined;
    this.compareMode = mode;
    const model = this.model.get([parsed, category, lang, this.system, systems, mode], () =>
      this.comparing ? { comparison: mode && this.buildComparison(mode) } : { view: this.buildView() },
    );
    this.view = model.view;
    this.comparison = model.comparison;
    if (this.comparing && !this.ranks.some((c) => c.rank.id === this.focusId)) this.focusId = this.ranks[0]?.rank.id;
    const equivalents = this.comparison && this.selectedId ? rankEquivalents(this.comparison.comparison, this.selectedId) : [];
    this.equivalentIds = new Set(equivalents.map((e) => e.rank.id));
    if (changed.has('provided') || changed.has('parsed')) {
      this.linkedIds = this.linked.ranks;
    }
  }

  /**
   * Checks the insignia descriptors of the systems drawn (by id; `undefined` is the first). Shows the
   * error state with their JSON paths and returns false when one cannot be drawn.
   */
  private descriptorsDrawable(ids: readonly (string | undefined)[]): boolean {
    const systems = this.parsed?.source.rankSystems ?? [];
    const problems = ids.flatMap((id) => {
      const index = id === undefined ? 0 : systems.findIndex((s) => s.id === id);
      return (systems[index]?.ranks ?? []).flatMap((rank, i) =>
        rank.insignia === undefined ? [] : validateDescriptor(rank.insignia, `/rankSystems/${index}/ranks/${i}/insignia`),
      );
    });
    if (problems.length > 0) {
      this.problems = problems;
      this.ownProblems = true;
      this.pendingError = problems;
      return false;
    }
    if (this.ownProblems) {
      this.problems = [];
      this.ownProblems = false;
    }
    return true;
  }

  private reconstructionNote(pattern: string | undefined): string {
    return pattern
      ? this.t('reconstructionNote', 'The insignia are reconstructions drawn after the {pattern}, not documented insignia of this army.', {
          pattern,
        })
      : this.t('reconstructionNoteGeneric', 'The insignia are reconstructions, not documented insignia of this army.');
  }

  private buildView(): RankView | undefined {
    const parsed = this.parsed;
    if (!parsed || !this.descriptorsDrawable([this.system])) return undefined;
    const view = buildRankView(parsed, {
      ...(this.system === undefined ? {} : { system: this.system }),
      category: this.category,
      lang: this.lang,
      reconstructionNote: (pattern) => this.reconstructionNote(pattern),
    });
    if (view && !view.ranks.some((c) => c.rank.id === this.focusId)) this.focusId = view.ranks[0]?.rank.id;
    return view;
  }

  private buildComparison({ buildComparisonView }: CompareMode): ComparisonView | undefined {
    const parsed = this.parsed;
    const ids = this.systems ?? [];
    const known = new Set((parsed?.source.rankSystems ?? []).map((s) => s.id));
    if (!parsed || !this.descriptorsDrawable(ids.filter((id) => known.has(id)))) return undefined;
    return buildComparisonView(parsed, {
      systems: ids,
      category: this.category,
      lang: this.lang,
      reconstructionNote: (pattern) => this.reconstructionNote(pattern),
      uncodedNote: this.t(
        'uncodedNote',
        'These ranks have no NATO code in the data, so they are listed under their group and not aligned with the other systems.',
      ),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new orientation (or dataset) draws new cells and the browser drops focus to <body> with the
    // old one; synchronously, so that the next key press already lands on the same rank.
    if (this.hadFocus && this.focusId !== undefined && this.focusedRank() !== this.focusId) this.rankElement(this.focusId)?.focus();
    this.hadFocus = false;
    if (this.pendingError) {
      const problems = this.pendingError;
      this.pendingError = undefined;
      this.emit('oob-error', { problems, origin: this.data === undefined && this.src ? 'src' : 'data' });
    }
  }

  private rankAt(event: Event): string | undefined {
    const target = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset['rank'] !== undefined);
    return target?.dataset['rank'];
  }

  private select(id: string): void {
    const cell = this.ranks.find((c) => c.rank.id === id);
    if (!cell) return;
    this.selectedId = id;
    this.focusId = id;
    const detail: RankSelection = {
      kind: 'rank',
      id,
      rank: cell.rank,
      group: cell.group,
      holders: cell.holders.map((h) => ({ person: h.person, role: h.role })),
    };
    if (this.comparison) detail.equivalents = rankEquivalents(this.comparison.comparison, id);
    this.emit('oob-select', detail);
  }

  private handleClick(event: MouseEvent): void {
    const id = this.rankAt(event);
    if (!id) return;
    this.select(id);
    this.focusRank(id);
  }

  private handleFocusIn(event: FocusEvent): void {
    const id = this.rankAt(event);
    if (id && id !== this.focusId) this.focusId = id;
    this.dismissed = false;
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const id = this.rankAt(event);
    if (!id || this.ranks.length === 0) return;
    if (event.key === 'Escape') {
      this.dismissed = true;
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(id);
      return;
    }
    const next = this.comparison
      ? moveFocusInColumns(
          this.comparison.sections.flatMap((sec) => sec.rows.map((row) => row.cells.map((cells) => cells.map((c) => c.rank.id)))),
          id,
          event.key,
        )
      : moveFocus(
          this.ranks.map((c) => c.rank.id),
          id,
          event.key,
        );
    if (next === undefined) return;
    event.preventDefault();
    this.focusId = next;
    this.focusRank(next);
  }

  private rankElement(id: string): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`.rank[data-rank="${CSS.escape(id)}"]`);
  }

  /** Id of the rank that has keyboard focus, if any. */
  private focusedRank(): string | undefined {
    const active = this.shadowRoot?.activeElement;
    return active instanceof HTMLElement && active.classList.contains('rank') ? active.dataset['rank'] : undefined;
  }

  private focusRank(id: string): void {
    void this.updateComplete.then(() => this.rankElement(id)?.focus());
  }

  private caption(view: RankView, section: SectionView): TemplateResult {
    const category = section.category === 'officers' ? this.t('officerRanks', 'officer ranks') : this.t('enlistedRanks', 'enlisted ranks');
    const reconstructed = view.ranks.some((c) => c.insignia?.descriptor.basis === 'reconstruction');
    return html`${view.system.name}: ${category}${
      reconstructed
        ? html` <span class="caption-note">${this.t('captionReconstructed', 'Insignia: reconstructions (see note 1)')}</span>`
        : nothing
    }`;
  }

  /** What every rank template needs from the element. */
  private partsContext(): PartsContext {
    return {
      uid: this.uid,
      focusId: this.focusId,
      selectedId: this.selectedId,
      linkedIds: this.linkedIds,
      dismissed: this.dismissed,
      t: (k, e, v) => this.t(k, e, v),
    };
  }

  private context(view: RankView): RenderContext {
    return { ...this.partsContext(), view };
  }

  /** The standalone SVG of what `template` lays out; empty when the table shows no rank system. */
  private async exportSVG(template: (code: RankExport) => ExportTemplate | undefined): Promise<string> {
    // Checked first, which spares an empty table the download, and again once the code is there: the
    // table may have left the page, which leaves no styles to copy.
    const shown = () => this.isConnected && (this.view ?? this.comparison) !== undefined;
    if (!shown()) return '';
    const code = await exportCode.load();
    const exported = shown() ? template(code) : undefined;
    const root = this.shadowRoot;
    if (!exported || !root) return '';
    const background = getComputedStyle(this).getPropertyValue('--_background').trim() || '#ffffff';
    return code.serialiseInShadow(root, exported.template, { background, title: exported.title });
  }

  /**
   * The whole table (every section, then its footnotes) as a standalone SVG document, colours
   * resolved and inlined; with `systems`, the comparison (a column per system, a row per code). The
   * export's code loads on demand (the first time); the table is exported as it is then. Empty when
   * no rank system is shown.
   */
  toSVG(): Promise<string> {
    const t = (k: string, e: string, v?: Readonly<Record<string, string | number>>) => this.t(k, e, v);
    return this.exportSVG(({ comparisonTemplate, measureGridLines, tableTemplate }) => {
      const lines = (cells: readonly RankCell[]) => (this.shadowRoot ? measureGridLines(this.shadowRoot, cells) : {});
      const { comparison, view } = this;
      if (this.comparing) return comparison && comparisonTemplate(comparison, this.insigniaSize, this.uid, t, lines(comparison.ranks));
      return view && tableTemplate(view, this.insigniaSize, this.uid, t, lines(view.ranks));
    });
  }

  /** A PNG of {@link toSVG} at `scale` times its size (default 2). Rejects when no rank system is shown. */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return this.png(await this.toSVG(), scale);
  }

  private png(svgText: string, scale: number): Promise<Blob> {
    return pngOf('oob-rank-table', svgText, scale, { reason: NO_SYSTEM });
  }

  /**
   * One rank's insignia as a standalone SVG document, `insignia-size` px high: each rank of the
   * systems shown, also one that `category` filters out. Rejects for a rank without insignia, and
   * when no rank system is shown.
   */
  async insigniaSVG(rankId: string): Promise<string> {
    const text = await this.exportSVG(({ insigniaTemplate }) => {
      // Only systems on screen: their descriptors were checked before drawing.
      const shown = this.view ? [this.view.system] : (this.comparison?.systems ?? []).map((v) => v.system);
      const system = shown.find((sys) => sys.ranks.some((r) => r.id === rankId)) ?? shown[0];
      return system && insigniaTemplate(system, rankId, this.insigniaSize, this.uid);
    });
    if (!text) throw new Error(`oob-rank-table: nothing to export (${NO_SYSTEM})`);
    return text;
  }

  /** A PNG of {@link insigniaSVG} at `scale` times its size (default 2). */
  async insigniaPNG(rankId: string, { scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return this.png(await this.insigniaSVG(rankId), scale);
  }

  /** The tables (one per category) and their footnotes, in the element's one wrapper. */
  private frame(tables: unknown, notes: readonly Footnote[], rows: boolean, compare: boolean): TemplateResult {
    return html`<div
      class="wrap ${compare ? 'compare' : ''} ${rows ? 'layout-rows' : 'layout-columns'}"
      part="base"
      lang=${this.parsed?.source.meta.defaultLang ?? 'en'}
      ${styleProps({ '--_insignia-size': `${this.insigniaSize}px` })}
      @click=${this.handleClick}
      @keydown=${this.handleKeyDown}
      @focusin=${this.handleFocusIn}
      @pointerover=${() => (this.dismissed = false)}
    >
      ${tables} ${renderNotes(notes, this.t('notesHeading', 'Notes'), `${this.uid}-notes`)}
    </div>`;
  }

  private renderComparison(
    { renderCompareColumns, renderCompareRows }: CompareMode,
    comparison: ComparisonView,
    rows: boolean,
  ): TemplateResult {
    const ctx: CompareContext = { ...this.partsContext(), view: comparison, equivalentIds: this.equivalentIds };
    const caption = (section: CompareSection) => {
      const category =
        section.category === 'officers' ? this.t('officerRanks', 'officer ranks') : this.t('enlistedRanks', 'enlisted ranks');
      return html`${this.t('compareCaption', 'Ranks compared by NATO code')}: ${category}`;
    };
    const tables = comparison.sections.map((s) =>
      rows ? renderCompareRows(s, caption(s), ctx) : renderCompareColumns(s, caption(s), ctx),
    );
    return this.frame(tables, comparison.footnotes, rows, true);
  }

  override render(): TemplateResult {
    const stateView = this.renderState();
    if (stateView) return stateView;
    const rows = this.drawnOrientation() === 'rows';
    const mode = this.compareMode;
    if (mode && this.comparison) return this.renderComparison(mode, this.comparison, rows);
    if (this.comparing && !mode) {
      if (this.onDemand.hasFailed(compareModeCode))
        return renderEmpty(this.t('compareUnavailable', 'Compare mode could not be loaded: reload the page to try again.'));
      return renderLoading(this.t('loading', 'Loading order of battle…'));
    }
    const view = this.view;
    if (!view) return renderEmpty(this.t('noRankSystem', 'This dataset has no rank system to show.'));
    const ctx = this.context(view);
    const tables = view.sections.map((s) =>
      rows ? renderRows(s, this.caption(view, s), ctx) : renderColumns(s, this.caption(view, s), ctx),
    );
    return this.frame(tables, view.footnotes, rows, false);
  }
}
