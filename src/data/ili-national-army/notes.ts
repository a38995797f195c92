import type { DatasetNote } from '../types.js';
import { article } from './sources.js';

/** Where the article contradicts itself or is unclear, and how the dataset models it. */
export const notes: DatasetNote[] = [
  {
    id: 'six-regiments',
    topic: 'contradiction',
    title: '"Six regiments", then nine or eight units',
    text: 'The lead says the army "originally consisted of six regiments" and lists nine units (six regiments, the Artillery Subdivision, the Sibo Subdivision and the Mongol Subdivision). The body repeats "six regiments" and lists eight (six regiments, the Sibo battalion and the Mongol battalion; no artillery). The dataset keeps all nine units, each citing the list(s) it appears in, and counts the six named regiments as the "six regiments".',
    about: ['/units/1', '/units/2', '/units/3', '/units/4', '/units/5', '/units/6', '/units/7', '/units/8', '/units/9'],
    citations: [
      article(
        'lead',
        'originally consisted of six regiments: the Suidun Infantry Regiment, the Ghulja Regiment, the Kensai Regiment, the Ghulja Reserve Regiment, the Kazakh Cavalry Regiment, the Dungan Regiment, the Artillery Subdivision, the Sibo Subdivision, and the Mongol Subdivision.',
      ),
      article('body', 'originally consisted of six regiments: 1. Suidun infantry regiment … 8. Mongol battalion'),
    ],
  },
  {
    id: 'strength-50000-vs-25000',
    topic: 'contradiction',
    title: '50,000 infantry (infobox) vs 25,000–30,000 enlisted (body)',
    text: 'The infobox gives "50,000 infantry and 100,000 irregular reserves"; the body says "The National Army enlisted 25,000 to 30,000 troops". Both are kept as observations that dispute each other, and charts show them side by side. Neither is dated; the infobox figure is dated to the army\'s whole existence, the body\'s to the period before the 6 June 1946 reduction.',
    about: ['/strength/0', '/strength/2'],
    citations: [
      article('infobox', 'Size50,000 infantry and 100,000 irregular reserves'),
      article('body', 'The National Army enlisted 25,000 to 30,000 troops.'),
    ],
  },
  {
    id: 'artillery-subdivision-or-division',
    topic: 'contradiction',
    title: 'Artillery "Subdivision" or "Division"',
    text: 'The lead lists an "Artillery Subdivision" among the original units; the body\'s list omits it, and later the body calls it an "Artillery Division" with twelve cannons, two armoured vehicles and two tanks. One unit is modelled, named as in the lead, with the other name as an alias and its echelon left unknown.',
    about: ['/units/7'],
  },
  {
    id: 'sibo-mongol-echelon',
    topic: 'contradiction',
    title: 'Sibo and Mongol "subdivisions" or "battalions", upgraded "later"',
    text: 'The lead calls them subdivisions "later reformed to regiments"; the body calls them battalions "upgraded to regiments". They are modelled as battalions with "subdivision" names as aliases, and an upgrade to regiment dated only as the span from formation (8 April 1945) to incorporation into the PLA (22 December 1949), because the article gives no date. The article gives no new names, so the units keep theirs.',
    about: ['/units/8', '/units/9'],
  },
  {
    id: 'dungan-tungan',
    topic: 'ambiguity',
    title: 'Dungan or Tungan regiment',
    text: 'The lead writes "Dungan Regiment", the body "Tungan regiment": two spellings of one name. One unit is modelled with the other spelling as an alias.',
    about: ['/units/6'],
  },
  {
    id: 'aircraft-figures',
    topic: 'contradiction',
    title: 'Forty-two "fighter planes", all damaged; fourteen bombers in 1949',
    text: 'The infobox lists "42 Fighter planes"; the lead says the 42 airplanes were "repaired by Soviet military personnel"; the body says all were damaged in the battle for the base and "some" were repaired, and in 1949 Deng Liqun counted fourteen airplanes "used as bombers". All figures are kept with their own dates and qualifiers (captured 1945, serviced 1949).',
    about: ['/strength/7', '/strength/8'],
  },
  {
    id: 'fifth-corps-name',
    topic: 'ambiguity',
    title: '"Xinjiang 5th Corps" or "Xinjiang 5th Army Corps"',
    text: 'The lead says the army joined the PLA "as the Xinjiang 5th Corps", the body "as its Xinjiang 5th Army Corps". The body\'s name is used for the incorporated army; the other is an alias.',
    about: ['/units/0'],
  },
  {
    id: 'rank-header-row',
    topic: 'ambiguity',
    title: "The general officers' header row",
    text: 'The table\'s row "General of the Army General Lieutenant General Major General" can be read as four ranks (General of the Army, General, Lieutenant General, Major General) or as three ("General of the Army", "General Lieutenant", "General Major", matching the Uyghur labels گېنىرال لېتىناتلىق and گېنىرال مايورلۇق, with one leftover "General"). The dataset uses the four-rank reading, which matches the four general ranks of the Soviet order the article says the ranks resembled; the Uyghur labels go to Lieutenant General and Major General by meaning.',
    about: ['/rankSystems/0/ranks/0', '/rankSystems/0/ranks/1', '/rankSystems/0/ranks/2', '/rankSystems/0/ranks/3'],
  },
  {
    id: 'rank-group-spans',
    topic: 'ambiguity',
    title: 'Which enlisted ranks belong to which group',
    text: 'The article\'s text lists the groups (Senior NCOs, Junior NCOs, Enlisted) and then "- Staff Sergeant Sergeant Corporal Private 1st class Private" without showing the column spans. The dataset assigns them by position, two per group: "-" (an empty column) and Staff Sergeant to Senior NCOs, Sergeant and Corporal to Junior NCOs, Private 1st class and Private to Enlisted. The "Officer cadet" group has no rank named.',
    about: [
      '/rankSystems/0/groups/3',
      '/rankSystems/0/ranks/11',
      '/rankSystems/0/ranks/12',
      '/rankSystems/0/ranks/13',
      '/rankSystems/0/ranks/14',
      '/rankSystems/0/ranks/15',
      '/rankSystems/0/ranks/16',
    ],
  },
  {
    id: 'insignia-reconstructed',
    topic: 'interpretation',
    title: 'Insignia are reconstructions',
    text: 'The article shows no insignia. Every shoulder board is drawn after the Soviet 1943 pattern, because the article says the ranks "were similar in design to Soviet ranks" [7]; they are marked as reconstructions, not as the army\'s documented insignia. The mappings of Staff Sergeant, Corporal and Private 1st class to Soviet ranks are doubtful. The article gives no colours or branches; the reconstruction assumes them: officers on the Soviet everyday pattern (gold galloon, silvered stars), the enlisted on the field pattern (khaki, dark-red cross-stripes), red piping for generals and crimson (infantry) for everyone else. These are the reconstruction\'s choices, not facts about this army.',
    about: ['/rankSystems/0'],
  },
  {
    id: 'rebellion-broken',
    topic: 'ambiguity',
    title: '"The rebellion was broken on 19 August 1945"',
    text: 'The article then describes the rebels capturing border posts, so the date is read as the outbreak of the rebellion in Sariqol, not its defeat (which came "by the summer of 1946").',
    about: ['/events/2'],
  },
  {
    id: 'undated-facts',
    topic: 'omission',
    title: 'Facts the article does not date',
    text: "Elihan Tore's exile, the transfer of the divisions to the Xinjiang Production and Construction Corps and their disbandment, and the ceasefire Moscow ordered are not dated by the article, so they appear only in notes and descriptions, not as dated changes or events.",
  },
  {
    id: 'duplicate-reference',
    topic: 'interpretation',
    title: 'References [1] and [7] are the same work',
    text: 'Both cite "历史上的新疆民族军" (3 March 2014). They are kept as two sources so the article\'s numbering is preserved.',
  },
];
