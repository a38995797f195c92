import type { ResolvedCitation } from '../../data/lookups.js';

/** A citation as text: "[3] Title, p. 12" (the article's reference number first when it has one). */
export function sourceText({ source, citation }: ResolvedCitation): string {
  const ref = source.ref ? `[${source.ref}] ` : '';
  const locator = citation.locator ? `, ${citation.locator}` : '';
  return `${ref}${source.title}${locator}`;
}
