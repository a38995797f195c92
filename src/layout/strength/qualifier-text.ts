/** A qualifier id as words: "reduced-to" -> "reduced to", a custom "x-left-behind" -> "left behind". */
export function qualifierText(qualifier: string | undefined): string {
  if (!qualifier) return '';
  return qualifier.replace(/^x-/, '').replace(/-/g, ' ');
}
