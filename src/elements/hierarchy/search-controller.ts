import type { ReactiveControllerHost } from 'lit';
import type { HierarchyAt, HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { SearchIndex, SearchMatch } from '../../layout/hierarchy/search.js';
import { searchCode } from './on-demand-code.js';
import type { SearchCode } from './on-demand-code.js';
import { displayName } from './node-view.js';
import { RESULTS_ID } from './render-toolbar.js';
import type { SearchState, ToolbarActions } from './render-toolbar.js';

/** What the search needs of the chart: the tree drawn, the language, and how to go to a unit. */
export interface SearchSource {
  /** The tree at the date and the roots drawn (undefined while there is none), and the names' language. */
  tree(): { hierarchy: HierarchyAt; roots: readonly HierarchyNodeAt[]; lang: string } | undefined;
  /** Opens the unit's superiors, pans to it at a readable scale and focuses it. */
  goTo(id: string): void;
}

/**
 * The find-a-unit combobox: the index of the tree drawn (built once per tree and language, on the
 * field's focus once the search's code is there), the typed query, its matches, the highlighted one,
 * and the keys: arrows move (wrapping), Enter goes to the unit, Escape closes the list. The search's
 * code loads on demand (the field's focus, or the first `search()`); what is typed before it arrives
 * is searched when it does, and a fetch that fails is tried again by the next keystroke.
 */
export class SearchController {
  state: SearchState = { query: '', results: [], active: -1, open: false, code: 'ready' };
  private index: { key: unknown[]; index: SearchIndex } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly source: SearchSource,
  ) {}

  /**
   * The units whose names, aliases, abbreviations or commanders contain `query` (see `searchUnits`).
   * Rejects when the search's code cannot be fetched.
   */
  async search(query: string, limit = 50): Promise<SearchMatch[]> {
    return this.matches(await searchCode.load(), query, limit);
  }

  /** The tree changed (date, data, root): results listed for the old one would name missing units. */
  refresh(): void {
    const s = this.state;
    const code = searchCode.loaded;
    if (s.query.trim() === '' || !code) return;
    const results = this.matches(code, s.query);
    this.set({ ...s, results, active: Math.min(s.active, results.length - 1), code: 'ready' });
  }

  /** The toolbar's handlers, bound to this controller. */
  readonly handlers: Omit<NonNullable<ToolbarActions['search']>, 'state'> = {
    focus: () => {
      const code = searchCode.loaded;
      if (code) this.currentIndex(code);
      // Fetched now, before the first keystroke; a failed fetch is tried again by the next one.
      else void Promise.resolve(searchCode.load()).catch(() => undefined);
    },
    input: (event: InputEvent) => {
      const query = (event.target as HTMLInputElement).value;
      const code = searchCode.loaded;
      if (code || query.trim() === '') {
        const results = code && query.trim() !== '' ? this.matches(code, query) : [];
        this.set({ query, results, active: results.length > 0 ? 0 : -1, open: true, code: 'ready' });
        return;
      }
      this.set({ query, results: [], active: -1, open: true, code: 'loading' });
      // Only the latest query's answer (the field may have changed while the code loaded), and the list
      // stays as the user left it (Escape or leaving the field closes it meanwhile).
      void this.search(query).then(
        (results) => {
          if (this.state.query === query) this.set({ ...this.state, results, active: results.length > 0 ? 0 : -1, code: 'ready' });
        },
        () => {
          if (this.state.query === query) this.set({ ...this.state, code: 'failed' });
        },
      );
    },
    keydown: (event: KeyboardEvent) => {
      const s = this.state;
      const count = s.results.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (count === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const active = s.open ? (s.active + step + count) % count : 0;
        this.set({ ...s, active, open: true });
        void this.host.updateComplete.then(() =>
          this.host.renderRoot.querySelector(`#${RESULTS_ID}-${active}`)?.scrollIntoView?.({ block: 'nearest' }),
        );
      } else if (event.key === 'Enter') {
        const hit = s.results[s.active];
        if (!s.open || !hit) return;
        event.preventDefault();
        this.pick(hit.id);
      } else if (event.key === 'Escape' && s.open && s.query !== '') {
        event.preventDefault();
        this.set({ ...s, open: false });
      }
    },
    pick: (id: string) => this.pick(id),
    close: () => {
      if (this.state.open) this.set({ ...this.state, open: false });
    },
  };

  private pick(id: string): void {
    this.set({ ...this.state, open: false });
    this.source.goTo(id);
  }

  private set(state: SearchState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private matches(code: SearchCode, query: string, limit = 50): SearchMatch[] {
    const index = this.currentIndex(code);
    return index ? code.searchUnits(index, query, limit) : [];
  }

  private currentIndex(code: SearchCode): SearchIndex | undefined {
    const tree = this.source.tree();
    if (!tree) return undefined;
    const key = [tree.hierarchy, tree.roots, tree.lang];
    if (this.index && this.index.key.every((k, i) => k === key[i])) return this.index.index;
    const index = code.searchIndex(tree.hierarchy, tree.roots, tree.lang, (unit) => displayName(unit, tree.lang).text);
    this.index = { key, index };
    return index;
  }
}
