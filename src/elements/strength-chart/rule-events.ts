import type { Dataset } from '../../data/types.js';
import type { LegendWords, RuleEvent } from '../../layout/strength/index.js';
import type { TextContext } from './tooltip.js';

/** The dataset's events with parsed dates, for the rules on the time axis. */
export function ruleEvents(dataset: Dataset): RuleEvent[] {
  return (dataset.source.events ?? []).flatMap((e) => {
    const date = dataset.dates.get(e.date);
    return date ? [{ id: e.id, title: e.title, type: e.type, date }] : [];
  });
}

/** The legend's words in the element's language. */
export function legendWords(t: TextContext['t']): LegendWords {
  return {
    exact: t('legendExact', 'exact figure'),
    range: t('legendRange', 'range: low to high'),
    approximate: t('legendApproximate', 'approximate'),
    disputed: t('legendDisputed', 'disputed'),
    citationNeeded: t('legendCitationNeeded', 'citation needed'),
  };
}
