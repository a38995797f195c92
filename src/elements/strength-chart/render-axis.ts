import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { RuleLayout, StrengthLayout } from '../../layout/strength/strength-layout.js';

const r = (n: number) => Math.round(n * 100) / 100;

/** The shared time axis: tick marks and the labels that fit. */
export function renderTimeAxis(layout: StrengthLayout): SVGTemplateResult {
  return svg`<g class="axis time-axis" part="axis" aria-hidden="true" data-kind=${layout.axis?.kind ?? nothing}>
    ${layout.timeTicks.map((t) => svg`<line x1=${r(t.x1)} y1=${r(t.y1)} x2=${r(t.x2)} y2=${r(t.y2)}></line>`)}
    ${layout.timeLabels.map((t) => svg`<text class="tick-label" x=${r(t.x)} y=${r(t.y)} text-anchor=${t.anchor}>${t.label}</text>`)}
  </g>`;
}

/** Event rules: a dashed line at each event's date (a shaded span for intervals) and its label when it fits. */
export function renderRules(rules: readonly RuleLayout[], dateText: (rule: RuleLayout) => string): SVGTemplateResult {
  return svg`<g class="rules" aria-hidden="true">
    ${rules.map(
      (rule) => svg`<g class="rule" part="rule" data-id=${rule.id} data-type=${rule.type}>
        <title .textContent=${`${rule.title} (${dateText(rule)})`}></title>
        ${rule.spanRect ? svg`<rect class="rule-span" x=${r(rule.spanRect.x)} y=${r(rule.spanRect.y)} width=${r(rule.spanRect.width)} height=${r(rule.spanRect.height)}></rect>` : ''}
        <line x1=${r(rule.line.x1)} y1=${r(rule.line.y1)} x2=${r(rule.line.x2)} y2=${r(rule.line.y2)}></line>
        ${rule.text ? svg`<text x=${r(rule.text.x)} y=${r(rule.text.y)} text-anchor=${rule.text.anchor}>${rule.label}</text>` : ''}
      </g>`,
    )}
  </g>`;
}
