/**
 * Built-in translations of the elements' UI text (not of the data: names come from the dataset).
 * Keys are shared by all elements; English is the fallback written at each call site, so a key
 * missing here shows in English. Page authors override any key with the `strings` property.
 */

/**
 * Uyghur (Arabic script). A first draft for the strings users meet most (toolbar, states, legend,
 * table headings); it should be reviewed by a native speaker before a release.
 */
const ug: Readonly<Record<string, string>> = {
  loading: 'ھەربىي تەركىب يۈكلىنىۋاتىدۇ…',
  errorHeading: 'بۇ دىئاگراممىنى سىزغىلى بولمايدۇ: سانلىق مەلۇماتتا مەسىلە بار',
  filterErrorHeading: 'بۇ دىئاگراممىنى سىزغىلى بولمايدۇ: سۈزگۈچتە مەسىلە بار',
  zoomIn: 'چوڭايتىش',
  zoomOut: 'كىچىكلىتىش',
  fit: 'ماسلاشتۇرۇش',
  expandAll: 'ھەممىنى يېيىش',
  collapseAll: 'ھەممىنى يىغىش',
  controls: 'دىئاگرامما كونتروللىرى',
  treeLabel: 'ھەربىي تەركىب',
  noUnits: 'بۇ چېسلادا قىسىم يوق.',
  changes: 'ئۆزگىرىشلەر',
  changed: 'ئۆزگەرگەن',
  uncertainChanges: 'چېسلاسى ئېنىق ئەمەس',
  showTable: 'سانلىق مەلۇمات جەدۋىلىنى كۆرسىتىش',
  hideTable: 'سانلىق مەلۇمات جەدۋىلىنى يوشۇرۇش',
  citationNeeded: 'مەنبە كېرەك',
  citationNeededShort: 'مەنبە كېرەك',
  legendCitationNeeded: 'مەنبە كېرەك',
  legendDisputed: 'تالاش-تارتىشلىق',
  legendApproximate: 'تەخمىنىي',
  kindApproximate: 'تەخمىنىي',
  legendExact: 'ئېنىق سان',
  kindExact: 'ئېنىق',
  kindRange: 'دائىرە',
  legendRange: 'دائىرە: تۆۋەندىن يۇقىرىغىچە',
  sources: 'مەنبەلەر',
  colSources: 'مەنبەلەر',
  colDate: 'چېسلا',
  colEvent: 'ۋەقە',
  timelineLabel: 'چېسلا',
  notesHeading: 'ئىزاھلار',
  previousEvent: 'ئالدىنقى ۋەقە',
  nextEvent: 'كېيىنكى ۋەقە',
  noEvents: 'بۇ سانلىق مەلۇماتتا چېسلالىق ۋەقە يوق.',
  officerRanks: 'ئوفىتسېرلار ئۇنۋانلىرى',
  enlistedRanks: 'سېرژانت ۋە ئەسكەرلەر ئۇنۋانلىرى',
  rankHeading: 'ئۇنۋان',
  insigniaHeading: 'ئۇنۋان بەلگىسى',
  noneNamed: 'نامى تىلغا ئېلىنمىغان',
  noRankNamed: 'ئۇنۋان نامى يوق',
};

export const BUILTIN_STRINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = { ug };

/** Fills `{name}` placeholders. */
export function interpolate(text: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Looks a UI string up: page overrides, then the built-in locale for `lang`, then English. */
export function lookupString(
  key: string,
  english: string,
  lang: string | undefined,
  overrides: Readonly<Record<string, string>>,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const text = overrides[key] ?? BUILTIN_STRINGS[primary]?.[key] ?? english;
  return interpolate(text, vars);
}
