/**
 * The built-in translations of the elements' UI text, by primary language subtag. The elements load
 * this module on demand (strings.ts), the first time an element's `lang` asks for one of them.
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
