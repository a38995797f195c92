import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { UnitAt } from '../../data/hierarchy-at.js';
import { styleProps } from '../shared/style-props.js';
import type { Bounds, Point, Size, ZoomTransform } from '../../layout/hierarchy/types.js';
import type { NodeView } from './node-view.js';
import { counted, words } from './translate.js';
import type { Translate } from './render-node.js';

export interface TooltipPlace {
  left: number;
  top: number;
  /** Drawn above the node (it is low in the viewport). */
  above: boolean;
}

/** Where the tooltip of the node at `point` goes: below its box, or above it in the lower part of the chart. */
export function tooltipPlace(point: Point, box: Bounds, t: ZoomTransform, viewport: Size): TooltipPlace {
  const left = Math.max(4, Math.min(point.x * t.k + t.x - 130, viewport.width - 264));
  const below = (point.y + box.y1) * t.k + t.y + 6;
  const above = below > viewport.height * 0.6;
  return { left, top: above ? (point.y + box.y0) * t.k + t.y - 6 : below, above };
}

/**
 * The details of a hovered or focused unit (`id`: the element's id, `TOOLTIP_ID`): full name, echelon, arm, side, leaders, and the changes
 * in effect (or of uncertain date) with dates and sources. Text bindings only.
 */
export function renderTooltip(id: string, unit: UnitAt, view: NodeView, hidden: number, place: TooltipPlace, t: Translate): TemplateResult {
  const facts = [
    unit.echelon !== 'unknown' ? t(`echelon.${unit.echelon}`, words(unit.echelon)) : '',
    unit.arm && unit.arm !== 'unknown' ? t(`arm.${unit.arm}`, words(unit.arm)) : '',
    view.side ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<div id=${id} class="tooltip${place.above ? ' above' : ''}" part="tooltip" role="tooltip"
    ${styleProps({ left: Math.round(place.left), top: Math.round(place.top) })}>
    <p class="tooltip-name" lang=${view.name.lang ?? nothing} dir=${view.name.dir}><strong>${view.name.text}</strong></p>
    ${facts ? html`<p class="tooltip-facts">${facts}</p>` : nothing}
    ${
      view.leaders.length > 0
        ? html`<ul class="tooltip-list">${view.leaders.map((l) => html`<li>${l.role}: <span lang=${l.person.lang ?? nothing} dir=${l.person.dir}>${l.person.text}</span></li>`)}</ul>`
        : nothing
    }
    ${view.changes.length > 0 ? html`<p class="tooltip-heading">${t('changes', 'Changes')}</p><ul class="tooltip-list">${view.changes.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
    ${
      view.uncertain.length > 0
        ? html`<p class="tooltip-heading">${t('uncertainChanges', 'Date uncertain')}</p><ul class="tooltip-list">${view.uncertain.map((c) => html`<li>${c}</li>`)}</ul>`
        : nothing
    }
    ${hidden > 0 ? html`<p class="tooltip-facts">${counted(t, 'hiddenDescendants', hidden, '{count} subordinate unit hidden', '{count} subordinate units hidden')}</p>` : nothing}
  </div>`;
}
