import type { Side, Unit } from '../types.js';
import { article, ref } from './sources.js';

const FORMED = '1945-04-08';
/** The Sibo and Mongol units were upgraded "later": after formation, before the army joined the PLA. */
const LATER = '1945-04-08/1949-12-22';

const originalUnitLead = article(
  'lead',
  'originally consisted of six regiments: the Suidun Infantry Regiment, the Ghulja Regiment, the Kensai Regiment, the Ghulja Reserve Regiment, the Kazakh Cavalry Regiment, the Dungan Regiment, the Artillery Subdivision, the Sibo Subdivision, and the Mongol Subdivision.',
);
const originalUnitBody = article(
  'body',
  'The National Army of the Second East Turkestan Republic was formed on 8 April 1945, and originally consisted of six regiments',
);

export const sides: Side[] = [
  {
    id: 'etr',
    name: 'Second East Turkestan Republic',
    names: [
      { text: 'East Turkestan Republic', lang: 'en', kind: 'alias' },
      { text: 'ETR', lang: 'en', kind: 'abbreviation' },
    ],
    affiliation: 'friend',
    citations: [article('infobox', 'Country Second East Turkestan Republic')],
  },
  {
    id: 'kmt',
    name: 'Kuomintang',
    names: [{ text: 'KMT', lang: 'en', kind: 'abbreviation' }],
    affiliation: 'hostile',
    citations: [article('body', 'between Ili rebels and the Kuomintang')],
  },
  {
    id: 'osman-batur',
    name: 'Kazakh irregulars under Osman Batur',
    affiliation: 'unknown',
    citations: [article('body', 'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947')],
    note: "The article says nothing of their status before their 1947 defection to the Kuomintang; from then on the unit is on the Kuomintang's side.",
  },
  {
    id: 'pla',
    name: "People's Liberation Army",
    names: [{ text: 'PLA', lang: 'en', kind: 'abbreviation' }],
    affiliation: 'friend',
    citations: [article('lead', "joined the People's Liberation Army as the Xinjiang 5th Corps"), ref(5)],
    note: 'Drawn as friendly because the National Army joined it on 22 December 1949.',
  },
  {
    id: 'tashkurgan-rebels',
    name: 'Tashkurgan rebels (Sariqol, Taghdumbash Pamir)',
    affiliation: 'unknown',
    citations: [article('body', 'Rebels led by the Uyghur Sadiq Khan Khoja from Kargilik and the Sariqoli Tajik Karavan Shah')],
    note: "The article does not say whether these rebels were under the National Army's command.",
  },
];

function originalUnit(id: string, name: string, extra: Partial<Unit>): Unit {
  return { id, parent: 'ina', name, echelon: 'regiment', formed: FORMED, citations: [originalUnitLead, originalUnitBody], ...extra };
}

/** The Sibo and Mongol units: battalions (body) or subdivisions (lead), upgraded to regiments "later". */
function battalionUpgradedLater(id: string, people: string): Unit {
  return originalUnit(id, `${people} Battalion`, {
    echelon: 'battalion',
    names: [{ text: `${people} Subdivision`, lang: 'en', kind: 'alias' }],
    changes: [
      {
        date: LATER,
        type: 'upgraded',
        to: { echelon: 'regiment' },
        description: 'Upgraded to a regiment.',
        citations: [
          article('lead', 'The last two subdivisions were later reformed to regiments.'),
          article('body', 'Later, Sibo and Mongol battalions were upgraded to regiments.'),
        ],
        note: 'The article says only "later": the date is the span from formation to incorporation into the PLA. It gives no new name.',
      },
    ],
    note: `The lead calls it the "${people} Subdivision", the body's list the "${people} battalion".`,
  });
}

export const units: Unit[] = [
  {
    id: 'ina',
    parent: null,
    name: 'East Turkistan National Army',
    names: [
      { text: 'Ili National Army', lang: 'en', kind: 'alias' },
      { text: 'INA', lang: 'en', kind: 'abbreviation' },
      { text: 'National Army', lang: 'en', kind: 'alias' },
      { text: '伊犁民族军', lang: 'zh-Hans', kind: 'name' },
      { text: 'Milli Armiye', lang: 'und', kind: 'alias' },
      { text: 'Xinjiang 5th Corps', lang: 'en', kind: 'alias' },
    ],
    echelon: 'army',
    side: 'etr',
    formed: FORMED,
    recruitment: 'General conscription of all races, except the Chinese, in the Ili zone [6].',
    citations: [
      article(
        'lead',
        'The East Turkistan National Army, also known as the Ili National Army (Chinese: 伊犁民族军), was the army of the East Turkestan Republic (ETR)',
      ),
      article('body', 'The East Turkistan National Army also known as the Ili National Army was formed on 8 April 1945.'),
      article(
        'infobox',
        'Founded8 April 1945 – 22 December 1949 … Nickname(s)Milli Armiye (National Army) … ColorsBlue and white … MarchKozghal! (Arise!)',
      ),
      article('body', 'General conscription of all races, except the Chinese, into the National Army was enforced in the Ili zone.'),
      ref(6),
      ref(1),
    ],
    note: 'Colours blue and white; march "Kozghal!" (Arise!). Armed with mostly German-made weapons provided by the Soviet Union; personnel trained in the Soviet Union [1]. After incorporation "its divisions were transferred to the newly created Xinjiang Production and Construction Corps" and "later these national divisions were disbanded" (citation needed in the article; no dates given, so not modelled as changes).',
    changes: [
      {
        date: '1949-12-22',
        type: 'incorporated',
        to: { name: 'Xinjiang 5th Army Corps', echelon: 'corps', side: 'pla' },
        description: "Joined the People's Liberation Army as the Xinjiang 5th (Army) Corps.",
        citations: [
          article(
            'lead',
            "On 22 December 1949, the East Turkistan National Army/Ili National Army joined the People's Liberation Army as the Xinjiang 5th Corps,[5]",
          ),
          article('body', 'On 22 December 1949, the National Army was incorporated into the PLA as its Xinjiang 5th Army Corps.'),
          ref(5),
        ],
        note: 'The lead says "Xinjiang 5th Corps", the body "Xinjiang 5th Army Corps"; the body\'s name is used, the other kept as an alias.',
      },
    ],
  },
  originalUnit('suidun-infantry-regiment', 'Suidun Infantry Regiment', { arm: 'infantry' }),
  originalUnit('ghulja-regiment', 'Ghulja Regiment', {}),
  originalUnit('kensai-regiment', 'Kensai Regiment', {}),
  originalUnit('ghulja-reserve-regiment', 'Ghulja Reserve Regiment', { arm: 'reserve' }),
  originalUnit('kazakh-cavalry-regiment', 'Kazakh Cavalry Regiment', {
    arm: 'cavalry',
    changes: [
      {
        date: '1947',
        type: 'defected',
        to: { parent: 'osman-batur-irregulars' },
        description: "Defected to Osman Batur's Kazakh irregulars, who defected to the Kuomintang.",
        citations: [
          article(
            'body',
            'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947, the Kazakh cavalry regiment of National Army also defected to Osman Batur.',
          ),
        ],
      },
    ],
  }),
  originalUnit('dungan-regiment', 'Dungan Regiment', {
    names: [{ text: 'Tungan Regiment', lang: 'en', kind: 'alias' }],
    note: 'The lead spells it "Dungan", the body\'s list "Tungan".',
  }),
  originalUnit('artillery', 'Artillery Subdivision', {
    echelon: 'unknown',
    arm: 'artillery',
    names: [{ text: 'Artillery Division', lang: 'en', kind: 'alias' }],
    citations: [
      originalUnitLead,
      article(
        'body',
        'The motorized part of Army consisted of an Artillery Division, which included twelve cannons, two armoured vehicles, and two tanks.',
      ),
    ],
    note: 'The lead lists an "Artillery Subdivision" among the original units; the body\'s list of original units omits it and later calls it the "Artillery Division", "the motorized part of Army". Its echelon is left unknown. Its formation date follows the lead.',
  }),
  battalionUpgradedLater('sibo-battalion', 'Sibo'),
  battalionUpgradedLater('mongol-battalion', 'Mongol'),
  {
    id: 'aviation',
    parent: 'ina',
    name: 'National aviation forces',
    names: [{ text: 'Rebel aviation', lang: 'en', kind: 'alias' }],
    echelon: 'unknown',
    arm: 'air',
    formed: '1945-04-08/1945-09',
    citations: [
      article(
        'lead',
        'Rebel aviation included 42 airplanes, captured in Ghulja Kuomintang air base and repaired by Soviet military personnel.[2]',
      ),
      article(
        'body',
        'National aviation forces included forty-two airplanes, captured at a Kuomintang air base in Ghulja on 31 January 1945',
      ),
      ref(2),
    ],
    note: "The article does not say how the aviation was organised, when it was formed, or to whom it answered; it is placed under the army because the article describes it as the army's. Its formation is dated only by bounds: not before the army (8 April 1945; the aircraft were captured on 31 January 1945) and by the September 1945 battle its airplanes took part in.",
  },
  {
    id: 'osman-batur-irregulars',
    parent: null,
    name: 'Kazakh irregulars under Osman Batur',
    echelon: 'unknown',
    arm: 'irregular',
    side: 'osman-batur',
    citations: [article('body', 'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947')],
    changes: [
      {
        date: '1947',
        type: 'defected',
        to: { side: 'kmt' },
        description: 'Defected to the Kuomintang.',
        citations: [article('body', 'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947')],
      },
    ],
  },
];
