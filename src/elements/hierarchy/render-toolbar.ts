import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { SearchMatch } from '../../layout/hierarchy/search.js';
import type { Translate } from './render-node.js';

/** The find-a-unit field's state: what is typed, the matches and the highlighted one. */
export interface SearchState {
  query: string;
  results: readonly SearchMatch[];
  /** Index of the highlighted result; -1 for none. */
  active: number;
  open: boolean;
  /** The search's code, which loads on demand: `loading` (what is typed is searched when it arrives), `failed` or `ready`. */
  code: 'loading' | 'failed' | 'ready';
}

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  expandAll(): void;
  collapseAll(): void;
  /** Absent when the element has `no-search`. */
  search:
    | {
        state: SearchState;
        /** The field got focus: a good moment to build the search index, before the first keystroke. */
        focus(): void;
        input(event: InputEvent): void;
        keydown(event: KeyboardEvent): void;
        pick(id: string): void;
        close(): void;
      }
    | undefined;
}

/** Id of the search results list (the combobox's popup) and prefix of its options' ids. */
export const RESULTS_ID = 'oob-hierarchy-results';

/** Small line icons for narrow boxes; the text labels replace them from 560 px up. */
const ICONS = {
  fit: svg`<path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"></path>`,
  expand: svg`<rect x="2" y="2" width="12" height="12" rx="2"></rect><path d="M5 8h6M8 5v6"></path>`,
  collapse: svg`<rect x="2" y="2" width="12" height="12" rx="2"></rect><path d="M5 8h6"></path>`,
};

function button(
  cls: string,
  label: string,
  text: string | undefined,
  icon: keyof typeof ICONS | undefined,
  onClick: () => void,
): TemplateResult {
  return html`<button type="button" class=${cls} aria-label=${label} title=${label} @click=${onClick}>${
    icon ? html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">${ICONS[icon]}</svg>` : nothing
  }${text === undefined ? nothing : html`<span class=${icon ? 'button-text' : 'glyph'}>${text}</span>`}</button>`;
}

function renderSearch(t: Translate, s: NonNullable<ToolbarActions['search']>): TemplateResult {
  const { state } = s;
  const expanded = state.open && state.query.trim() !== '';
  const active = expanded && state.active >= 0 ? `${RESULTS_ID}-${state.active}` : undefined;
  const count = state.results.length;
  let status = '';
  if (expanded)
    status =
      state.code === 'loading'
        ? t('searchLoading', 'Searching…')
        : state.code === 'failed'
          ? t('searchUnavailable', 'Search could not be loaded; typing again tries once more.')
          : count === 0
            ? t('searchNone', 'No unit matches')
            : count === 1
              ? t('searchOne', '1 unit found')
              : t('searchMany', '{count} units found', { count });
  return html`<div class="search" part="search">
    <input type="search" class="search-input" part="search-input" role="combobox" aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${RESULTS_ID} aria-activedescendant=${active ?? nothing} aria-label=${t('searchLabel', 'Find a unit')}
      placeholder=${t('searchPlaceholder', 'Find a unit…')} autocomplete="off" spellcheck="false"
      .value=${state.query} @focus=${s.focus} @input=${s.input} @keydown=${s.keydown} @blur=${s.close} />
    <ul id=${RESULTS_ID} class="search-results" part="search-results" role="listbox" aria-label=${t('searchResults', 'Units found')} ?hidden=${!expanded || count === 0}>
      ${
        expanded
          ? state.results.map(
              (
                r,
                i,
              ) => html`<li id=${`${RESULTS_ID}-${i}`} role="option" aria-selected=${i === state.active ? 'true' : 'false'} class=${i === state.active ? 'active' : ''}
              @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => s.pick(r.id)}>
              <span class="result-name">${r.name}</span>${r.via ? html` <span class="result-via">(${r.via})</span>` : nothing}
              ${r.path.length > 0 ? html`<span class="result-path">${r.path.join(' › ')}</span>` : nothing}
            </li>`,
            )
          : nothing
      }
    </ul>
    <span class="sr-only" role="status">${status}</span>
  </div>`;
}

/** The chart's controls: find a unit, zoom, Fit all, Expand all, Collapse all; all of them are also keys (+, -, 0) or methods. */
export function renderToolbar(t: Translate, a: ToolbarActions): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('controls', 'Chart controls')}>
    ${a.search ? renderSearch(t, a.search) : nothing}
    ${button('zoom-in', t('zoomIn', 'Zoom in'), '+', undefined, a.zoomIn)}
    ${button('zoom-out', t('zoomOut', 'Zoom out'), '−', undefined, a.zoomOut)}
    ${button('fit', t('fitAll', 'Fit all'), t('fitAll', 'Fit all'), 'fit', a.fitAll)}
    ${button('expand-all', t('expandAll', 'Expand all'), t('expandAll', 'Expand all'), 'expand', a.expandAll)}
    ${button('collapse-all', t('collapseAll', 'Collapse all'), t('collapseAll', 'Collapse all'), 'collapse', a.collapseAll)}
  </div>`;
}
