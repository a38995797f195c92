/** Flags a figure can carry. */
export interface MarkFlags {
  approximate: boolean;
  disputed: boolean;
  citationNeeded: boolean;
}

/** The symbols always drawn at a bar's end, whatever room there is: "~" approximate, "≠" disputed, "[?]" citation needed. */
export function barMarks({ approximate, disputed, citationNeeded }: MarkFlags): string {
  return [approximate ? '~' : '', disputed ? '≠' : '', citationNeeded ? '[?]' : ''].filter(Boolean).join(' ');
}
