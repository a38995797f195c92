import type { Attested, Citation, Dataset, LocalizedName, Source, Unit } from './types.js';

/** The units from the top of the hierarchy down to `id` (by each unit's original parent). */
export function unitPath(dataset: Dataset, id: string): Unit[] {
  const path: Unit[] = [];
  const seen = new Set<string>();
  let current = dataset.unitsById.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parent ? dataset.unitsById.get(current.parent) : undefined;
  }
  // push + reverse, not unshift: unshift per level is quadratic on a deep chain.
  return path.reverse();
}

/** All units below `id` (by original parent), depth first, in dataset order. */
export function descendants(dataset: Dataset, id: string): Unit[] {
  const out: Unit[] = [];
  const stack: Unit[] = [];
  // A loop, not push(...children): spreading a fan of 200,000 children overflows the call stack.
  const pushChildren = (parentId: string) => {
    const children = dataset.childrenById.get(parentId) ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Unit);
  };
  pushChildren(id);
  while (stack.length > 0) {
    const unit = stack.pop() as Unit;
    out.push(unit);
    pushChildren(unit.id);
  }
  return out;
}

/** A resolved citation: the source entry and how the fact cites it. */
export interface ResolvedCitation {
  source: Source;
  citation: Citation;
}

/** The sources a fact cites, resolved; unknown source ids are skipped. */
export function sourcesFor(dataset: Dataset, fact: Attested): ResolvedCitation[] {
  const out: ResolvedCitation[] = [];
  const citations = fact.citations;
  // An indexed loop, not flatMap or for…of: strength charts resolve thousands of facts at first
  // paint, before the engine has optimised this, most facts citing one source or none.
  if (citations)
    for (let i = 0; i < citations.length; i += 1) {
      const citation = citations[i] as Citation;
      const source = dataset.sourcesById.get(citation.source);
      if (source) out.push({ source, citation });
    }
  return out;
}

/** A short label for a citation list, e.g. "[1][2]" or "article"; `citation needed` when flagged. */
export function citationLabel(dataset: Dataset, fact: Attested): string {
  const refs = sourcesFor(dataset, fact).map(({ source }) => (source.ref ? `[${source.ref}]` : source.title));
  const unique = [...new Set(refs)];
  if (fact.citationNeeded) unique.push('[citation needed]');
  return unique.join(' ');
}

/**
 * Picks the name to show for `lang`: an exact `lang` match, then a match of its primary subtag
 * (`ug` for `ug-Arab`), else the default name. Aliases and abbreviations are never picked.
 */
export function localizedName(
  item: { name: string; names?: LocalizedName[] },
  lang: string | undefined,
): { text: string; lang?: string; dir?: 'ltr' | 'rtl' | 'auto' } {
  if (lang) {
    const usable = (item.names ?? []).filter((n) => n.kind === undefined || n.kind === 'name' || n.kind === 'translation');
    const wanted = lang.toLowerCase();
    const primary = wanted.split('-')[0];
    const hit = usable.find((n) => n.lang.toLowerCase() === wanted) ?? usable.find((n) => n.lang.toLowerCase().split('-')[0] === primary);
    if (hit) return { text: hit.text, lang: hit.lang, dir: hit.dir ?? 'auto' };
  }
  return { text: item.name };
}
