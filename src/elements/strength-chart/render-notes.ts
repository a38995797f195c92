import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PanelLayout, StrengthLayout } from '../../layout/strength/strength-layout.js';
import type { TextContext } from '../../layout/strength/text.js';

/** Says which figures are not drawn and why (unusable values, zeros on a log scale, clamped ranges). */
export function renderNotes(layout: StrengthLayout, t: TextContext['t']): TemplateResult | typeof nothing {
  const count = (pick: (p: PanelLayout) => readonly string[]) => layout.panels.reduce((n, p) => n + pick(p).length, 0);
  const invalid = count((p) => p.invalid);
  const zeros = count((p) => p.zeroOnLog);
  const clamped = count((p) => p.clamped);
  const notes = [
    invalid > 0
      ? t('noteInvalid', '{n} figure(s) with unusable values (not finite, negative or an inverted range) are not drawn.', { n: invalid })
      : '',
    zeros > 0 ? t('noteZeroLog', 'Log scale: {n} figure(s) of zero cannot be drawn and are only in the table.', { n: zeros }) : '',
    clamped > 0 ? t('noteClamped', 'Log scale: {n} range(s) starting at zero are drawn from the axis.', { n: clamped }) : '',
    layout.unnamed
      ? t(
          'noteUnnamed',
          '{n} units share these dates: each bar names its unit in its tooltip and the table; group="subject" or a subject filter names them on the chart.',
          { n: layout.unnamed },
        )
      : '',
  ].filter(Boolean);
  return notes.length > 0 ? html`<p class="notes" part="notes" role="note">${notes.join(' ')}</p>` : nothing;
}
