import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translate } from './render-node.js';

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
}

/** The chart's buttons; all of them are also reachable from the keyboard (+, -, 0) or as methods. */
export function renderToolbar(t: Translate, a: ToolbarActions): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('controls', 'Chart controls')}>
    <button type="button" class="zoom-in" aria-label=${t('zoomIn', 'Zoom in')} title=${t('zoomIn', 'Zoom in')} @click=${a.zoomIn}>+</button>
    <button type="button" class="zoom-out" aria-label=${t('zoomOut', 'Zoom out')} title=${t('zoomOut', 'Zoom out')} @click=${a.zoomOut}>−</button>
    <button type="button" class="fit" @click=${a.fit}>${t('fit', 'Fit')}</button>
    <button type="button" class="expand-all" @click=${a.expandAll}>${t('expandAll', 'Expand all')}</button>
    <button type="button" class="collapse-all" @click=${a.collapseAll}>${t('collapseAll', 'Collapse all')}</button>
  </div>`;
}
