import type { Person, Role } from '../types.js';
import { article, ref } from './sources.js';

const infoboxLeaders = article(
  'infobox',
  'Marshal-in-chiefElihan Tore Political commissarAbdulkerim Abbas General Isaqbeg, General Delilqan, Major Barat Hacı',
);
const INFOBOX_ROW_NOTE = "Listed in the infobox after the political commissar; the label of that row is not in the article's text.";
/**
 * The article dates none of the army's posts. They are bounded by the army's own existence: held at
 * some time between its formation and its incorporation into the PLA, so no chart names these
 * people as leaders of the Xinjiang 5th Army Corps.
 */
const ARMY_YEARS = { from: '1945-04-08', to: '1945-04-08/1949-12-21' } as const;
const ARMY_YEARS_NOTE = "Undated in the article; bounded by the army's formation and its incorporation into the PLA.";

export const people: Person[] = [
  { id: 'elihan-tore', name: 'Elihan Tore', citations: [infoboxLeaders, ref(3)] },
  {
    id: 'abdulkerim-abbas',
    name: 'Abdulkerim Abbas',
    names: [{ text: 'Abdukrim Abbasov', lang: 'en', kind: 'alias' }],
    citations: [infoboxLeaders, ref(4)],
  },
  {
    id: 'ishaq-beg-munonov',
    name: 'Ishaq Beg Munonov',
    names: [{ text: 'Isaqbeg', lang: 'en', kind: 'alias' }],
    citations: [
      infoboxLeaders,
      article(
        'image caption',
        'Ishaq Beg Munonov deputy commander-in-chief of the Ili National Army, wearing the rank insignia of Major General.',
      ),
    ],
    note: 'The infobox\'s "General Isaqbeg" is taken to be Ishaq Beg Munonov of the image caption.',
  },
  { id: 'delilqan', name: 'Delilqan', citations: [infoboxLeaders] },
  { id: 'barat-haci', name: 'Barat Hacı', citations: [infoboxLeaders] },
  {
    id: 'ehmetjan-qasim',
    name: 'Ehmetjan Qasim',
    citations: [
      article('image caption', 'Ehmetjan Qasim, president of Second East Turkestan Republic in the military uniform of the National Army.'),
    ],
  },
  { id: 'osman-batur', name: 'Osman Batur', citations: [article('body', 'Kazakh irregulars under Osman Batur')] },
  {
    id: 'sadiq-khan-khoja',
    name: 'Sadiq Khan Khoja',
    citations: [article('body', 'Rebels led by the Uyghur Sadiq Khan Khoja from Kargilik')],
    note: 'Uyghur, from Kargilik.',
  },
  {
    id: 'karavan-shah',
    name: 'Karavan Shah',
    citations: [article('body', 'and the Sariqoli Tajik Karavan Shah')],
    note: 'Sariqoli Tajik.',
  },
  {
    id: 'deng-liqun',
    name: 'Deng Liqun',
    citations: [article('body', 'Deng Liqun, a special envoy of Mao Zedong, arrived at Ghulja on 17 August 1949')],
  },
];

export const roles: Role[] = [
  {
    id: 'role-elihan-tore',
    person: 'elihan-tore',
    type: 'commander-in-chief',
    title: 'Marshal-in-chief',
    unit: 'ina',
    ...ARMY_YEARS,
    citations: [
      infoboxLeaders,
      article('body', 'Elihan Tore was the Marshal of the Ili National Army until his exile to the Soviet Union.[3]'),
      ref(3),
    ],
    note: `Held until his exile to the Soviet Union, which the article does not date. "Marshal" is not a rank of the rank table. ${ARMY_YEARS_NOTE}`,
  },
  {
    id: 'role-abdulkerim-abbas',
    person: 'abdulkerim-abbas',
    type: 'political-commissar',
    title: 'Political commissar',
    unit: 'ina',
    ...ARMY_YEARS,
    citations: [infoboxLeaders, article('body', "Abdulkerim Abbas served as the INA's political director.[4]"), ref(4)],
    note: `The infobox says "political commissar", the body "political director". ${ARMY_YEARS_NOTE}`,
  },
  {
    id: 'role-ishaq-beg-munonov',
    person: 'ishaq-beg-munonov',
    type: 'deputy-commander-in-chief',
    title: 'Deputy commander-in-chief',
    unit: 'ina',
    ...ARMY_YEARS,
    rank: 'major-general',
    citations: [
      article(
        'image caption',
        'Ishaq Beg Munonov deputy commander-in-chief of the Ili National Army, wearing the rank insignia of Major General.',
      ),
      infoboxLeaders,
    ],
    note: `Rank from a photograph's caption, which gives no date. ${ARMY_YEARS_NOTE}`,
  },
  {
    id: 'role-delilqan',
    person: 'delilqan',
    type: 'x-listed-commander',
    title: 'General',
    unit: 'ina',
    ...ARMY_YEARS,
    citations: [infoboxLeaders],
    note: `${INFOBOX_ROW_NOTE} The article does not say which general rank he held, so no rank is linked. ${ARMY_YEARS_NOTE}`,
  },
  {
    id: 'role-barat-haci',
    person: 'barat-haci',
    type: 'x-listed-commander',
    title: 'Major',
    unit: 'ina',
    ...ARMY_YEARS,
    rank: 'major',
    citations: [infoboxLeaders],
    note: `${INFOBOX_ROW_NOTE} ${ARMY_YEARS_NOTE}`,
  },
  {
    id: 'role-ehmetjan-qasim',
    person: 'ehmetjan-qasim',
    type: 'head-of-state',
    title: 'President of the Second East Turkestan Republic',
    side: 'etr',
    citations: [
      article('image caption', 'Ehmetjan Qasim, president of Second East Turkestan Republic in the military uniform of the National Army.'),
    ],
  },
  {
    id: 'role-osman-batur',
    person: 'osman-batur',
    type: 'leader',
    unit: 'osman-batur-irregulars',
    citations: [article('body', 'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947')],
  },
  {
    id: 'role-sadiq-khan-khoja',
    person: 'sadiq-khan-khoja',
    type: 'leader',
    side: 'tashkurgan-rebels',
    citations: [article('body', 'Rebels led by the Uyghur Sadiq Khan Khoja from Kargilik and the Sariqoli Tajik Karavan Shah')],
  },
  {
    id: 'role-karavan-shah',
    person: 'karavan-shah',
    type: 'leader',
    side: 'tashkurgan-rebels',
    citations: [article('body', 'Rebels led by the Uyghur Sadiq Khan Khoja from Kargilik and the Sariqoli Tajik Karavan Shah')],
  },
  {
    id: 'role-deng-liqun',
    person: 'deng-liqun',
    type: 'envoy',
    title: 'Special envoy of Mao Zedong',
    from: '1949-08-17',
    citations: [
      article(
        'body',
        'Deng Liqun, a special envoy of Mao Zedong, arrived at Ghulja on 17 August 1949 to negotiate with the Three Districts leadership',
      ),
    ],
  },
];
