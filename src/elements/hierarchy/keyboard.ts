import type { Dataset } from '../../data/types.js';
import { TREE_KEYS, typeAheadMatch } from '../../layout/hierarchy/keys.js';
import type { ModelView } from '../../layout/hierarchy/hierarchy-model.js';
import { nodeView } from './node-view.js';
import type { TextMetrics } from './node-view.js';

/** The characters typed in quick succession for type-ahead; forgotten after a pause. */
export class TypeAheadBuffer {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly pause = 700) {}

  get active(): boolean {
    return this.text.length > 0;
  }

  push(char: string): string {
    clearTimeout(this.timer);
    this.text += char;
    this.timer = setTimeout(() => this.clear(), this.pause);
    return this.text;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.text = '';
  }
}

export interface KeyHandlers {
  typeAhead: TypeAheadBuffer;
  /** The key was pressed on a tree item (not on a toolbar button). */
  onItem: boolean;
  tooltipOpen: boolean;
  dismissTooltip(): void;
  zoomBy(factor: number): void;
  fit(): void;
  treeAction(key: string): void;
  typeAheadTo(query: string): void;
}

const ZOOM_KEYS: Readonly<Record<string, number | 'fit'>> = { '+': 1.25, '=': 1.25, '-': 0.8, _: 0.8, '0': 'fit' };

/**
 * The chart's keyboard: Escape hides the tooltip; + / - / 0 zoom and fit (anywhere in the chart,
 * unless a type-ahead search is being typed); on a tree item, the ARIA tree keys and type-ahead.
 */
export function handleTreeKey(event: KeyboardEvent, h: KeyHandlers): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Escape') {
    if (h.tooltipOpen) h.dismissTooltip();
    return;
  }
  const zoom = h.typeAhead.active ? undefined : ZOOM_KEYS[event.key];
  if (zoom !== undefined) {
    event.preventDefault();
    if (zoom === 'fit') h.fit();
    else h.zoomBy(zoom);
    return;
  }
  if (!h.onItem) return;
  if (TREE_KEYS.has(event.key) && !(event.key === ' ' && h.typeAhead.active)) {
    event.preventDefault();
    h.typeAhead.clear();
    h.treeAction(event.key);
    return;
  }
  if ([...event.key].length === 1) {
    event.preventDefault();
    h.typeAheadTo(h.typeAhead.push(event.key));
  }
}

/** The item type-ahead `query` moves to from `activeId`, by the names as shown in `lang`. */
export function typeAheadTarget(
  view: ModelView,
  dataset: Dataset,
  lang: string,
  metrics: TextMetrics,
  activeId: string | undefined,
  query: string,
): string | undefined {
  const labels = view.flat.map((item) => {
    const unit = view.layout.byId.get(item.id)?.node.item?.unit;
    return unit ? nodeView(dataset, unit, lang, view.geometry, metrics).name.text : '';
  });
  return view.flat[typeAheadMatch(labels, view.flatIndex.get(activeId ?? '') ?? -1, query)]?.id;
}
