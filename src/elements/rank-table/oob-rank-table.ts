import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Problem, RankCategory } from '../../data/types.js';
import { validateDescriptor } from '../../insignia/index.js';
import type { RankSelection } from '../../events/index.js';
import { OobDataElement } from '../shared/oob-data-element.js';
import { renderEmpty } from '../shared/error-panel.js';
import { svgToPNG } from '../shared/export-image.js';
import { WidthController } from './width-controller.js';
import { stateStyles } from '../shared/state-styles.js';
import { themeStyles } from '../shared/tokens.js';
import { buildRankView } from './rank-view.js';
import { insigniaTemplate, serialiseInShadow, tableTemplate } from './export-svg.js';
import type { RankView, SectionView } from './rank-view.js';
import { renderColumns } from './render-columns.js';
import { renderNotes } from './render-notes.js';
import type { RenderContext } from './render-parts.js';
import { renderRows } from './render-rows.js';
import { styles } from './styles.js';
import { insigniaStyles } from './insignia-styles.js';
import { moveFocus } from './rank-keys.js';

let instances = 0;
/** Width of the row-header column and the least width of a rank column in the `columns` layout (px). */
const ROW_HEAD = 96;
const MIN_COLUMN = 72;

/**
 * The rank table: rank groups and ranks of an army, each with its shoulder-board insignia drawn
 * from data (no image files), its English name and its native-script names (right-to-left where
 * they are). A real `<table>` with a caption, group and rank headers and footnotes; insignia that
 * the data marks as reconstructions are said to be so, in the footnotes and in each text alternative.
 *
 * Keyboard: Tab reaches the ranks (one tab stop); arrow keys, Home and End move between ranks;
 * Enter or Space selects; Escape hides the holders tooltip.
 *
 * @summary Rank groups, ranks and procedurally drawn shoulder-board insignia.
 * @fires {OobSelectDetail} oob-select - A rank was selected (click, Enter or Space): `{ kind: 'rank', id, rank, group, holders }`.
 * @fires {OobErrorDetail} oob-error - The data, or an insignia descriptor in it, cannot be used; each problem has a JSON path.
 * @csspart table - Each `<table>` (one per category: officers, enlisted).
 * @csspart group-header - A rank-group header cell.
 * @csspart rank-cell - A rank's name cell (also the empty "no rank named" and "none named" cells).
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

  /** Which ranks to show: `officers`, `enlisted` or `all` (one table per category). */
  @property({ reflect: true }) category: RankCategory | 'all' = 'all';

  /** `columns` (ranks as columns, as wiki tables do) or `rows` (one rank per row). Narrow containers always get `rows`. */
  @property({ reflect: true }) orientation: 'columns' | 'rows' = 'columns';

  /** Height of each drawn board in CSS pixels. */
  @property({ type: Number, attribute: 'insignia-size' }) insigniaSize = 84;

  /** Id of the rank system to show; defaults to the dataset's first. */
  @property() system: string | undefined;

  @state() private focusId: string | undefined;
  @state() private selectedId: string | undefined;
  @state() private dismissed = false;

  private linkedIds: ReadonlySet<string> = new Set();
  private readonly uid = `oob-rt${(instances += 1)}`;
  private readonly size = new WidthController(this);
  private view: RankView | undefined;
  private viewKey: unknown[] = [];
  private ownProblems = false;
  private pendingError: Problem[] | undefined;

  /** The orientation actually drawn: `rows` when asked for, or when the columns would not fit the container. */
  get layout(): 'columns' | 'rows' {
    if (this.orientation === 'rows' || !this.view) return 'rows';
    const width = this.size.width;
    if (width === 0) return 'columns';
    const column = Math.max(MIN_COLUMN, (this.insigniaSize * 60) / 150 + 16);
    const widest = Math.max(0, ...this.view.sections.map((s) => s.columns));
    return width < ROW_HEAD + widest * column ? 'rows' : 'columns';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = [this.parsed, this.category, this.lang, this.system];
    if (key.some((k, i) => k !== this.viewKey[i])) {
      this.viewKey = key;
      this.view = this.parsed ? this.buildView() : undefined;
    }
    if (changed.has('provided') || changed.has('parsed')) {
      this.linkedIds = this.linked.ranks;
    }
  }

  private buildView(): RankView | undefined {
    const parsed = this.parsed;
    if (!parsed) return undefined;
    const systems = parsed.source.rankSystems ?? [];
    const index = this.system === undefined ? 0 : systems.findIndex((s) => s.id === this.system);
    const problems = (systems[index]?.ranks ?? []).flatMap((rank, i) =>
      rank.insignia === undefined ? [] : validateDescriptor(rank.insignia, `/rankSystems/${index}/ranks/${i}/insignia`),
    );
    if (problems.length > 0) {
      this.problems = problems;
      this.ownProblems = true;
      this.pendingError = problems;
      return undefined;
    }
    if (this.ownProblems) {
      this.problems = [];
      this.ownProblems = false;
    }
    const view = buildRankView(parsed, {
      ...(this.system === undefined ? {} : { system: this.system }),
      category: this.category,
      lang: this.lang,
      reconstructionNote: (pattern) =>
        pattern
          ? this.t('reconstructionNote', 'The insignia are reconstructions drawn after the {pattern}, not documented insignia of this army.', { pattern })
          : this.t('reconstructionNoteGeneric', 'The insignia are reconstructions, not documented insignia of this army.'),
    });
    if (view && !view.ranks.some((c) => c.rank.id === this.focusId)) this.focusId = view.ranks[0]?.rank.id;
    return view;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
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
    const cell = this.view?.ranks.find((c) => c.rank.id === id);
    if (!cell) return;
    this.selectedId = id;
    this.focusId = id;
    const detail: RankSelection = { kind: 'rank', id, rank: cell.rank, group: cell.group, holders: cell.holders.map((h) => ({ person: h.person, role: h.role })) };
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
    if (!id || !this.view) return;
    if (event.key === 'Escape') {
      this.dismissed = true;
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(id);
      return;
    }
    const next = moveFocus(this.view.ranks.map((c) => c.rank.id), id, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.focusId = next;
    this.focusRank(next);
  }

  private focusRank(id: string): void {
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<HTMLElement>(`.rank[data-rank="${CSS.escape(id)}"]`)?.focus();
    });
  }

  private caption(view: RankView, section: SectionView): TemplateResult {
    const category = section.category === 'officers' ? this.t('officerRanks', 'officer ranks') : this.t('enlistedRanks', 'enlisted ranks');
    const reconstructed = view.ranks.some((c) => c.insignia?.descriptor.basis === 'reconstruction');
    return html`${view.system.name}: ${category}${reconstructed
      ? html` <span class="caption-note">${this.t('captionReconstructed', 'Insignia: reconstructions (see note 1)')}</span>`
      : nothing}`;
  }

  private context(view: RankView): RenderContext {
    return { view, uid: this.uid, focusId: this.focusId, selectedId: this.selectedId, linkedIds: this.linkedIds, dismissed: this.dismissed, t: (k, e, v) => this.t(k, e, v) };
  }

  /**
   * A standalone SVG document: of one rank's insignia when `rankId` is given (any rank of the
   * system, also one `category` filters out), else of the whole table laid out as an SVG grid with
   * its footnotes. Colours are resolved and inlined.
   */
  toSVG(rankId?: string): string {
    const view = this.view;
    if (!view) throw new Error('oob-rank-table: nothing to export (no valid rank system)');
    const background = getComputedStyle(this).getPropertyValue('--_background').trim() || '#ffffff';
    const exported =
      rankId === undefined
        ? tableTemplate(view, this.insigniaSize, this.uid, (k, e, v) => this.t(k, e, v))
        : insigniaTemplate(view, rankId, this.insigniaSize, this.uid);
    const root = this.shadowRoot;
    if (!root) throw new Error('oob-rank-table: not rendered');
    return serialiseInShadow(root, exported.template, { background, title: exported.title });
  }

  /** A PNG of {@link toSVG} (one insignia, or the whole table) at twice its size. */
  toPNG(rankId?: string): Promise<Blob> {
    return svgToPNG(this.toSVG(rankId), 2);
  }

  override render(): TemplateResult {
    const stateView = this.renderState();
    if (stateView) return stateView;
    const view = this.view;
    if (!view) return renderEmpty(this.t('noRankSystem', 'This dataset has no rank system to show.'));
    const ctx = this.context(view);
    const rows = this.layout === 'rows';
    const lang = this.parsed?.source.meta.defaultLang ?? 'en';
    return html`<div
      class="wrap ${rows ? 'layout-rows' : 'layout-columns'}"
      lang=${lang}
      style=${styleMap({ '--_insignia-size': `${this.insigniaSize}px` })}
      @click=${this.handleClick}
      @keydown=${this.handleKeyDown}
      @focusin=${this.handleFocusIn}
      @pointerover=${() => (this.dismissed = false)}
    >
      ${view.sections.map((s) => (rows ? renderRows(s, this.caption(view, s), ctx) : renderColumns(s, this.caption(view, s), ctx)))}
      ${renderNotes(view.footnotes, this.t('notesHeading', 'Notes'), `${this.uid}-notes`)}
    </div>`;
  }
}
