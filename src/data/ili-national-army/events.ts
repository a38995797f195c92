import type { HistoricalEvent } from '../types.js';
import { article, ref } from './sources.js';

export const events: HistoricalEvent[] = [
  {
    id: 'ghulja-air-base-captured',
    type: 'capture',
    date: '1945-01-31',
    title: 'Kuomintang air base at Ghulja captured',
    description: 'Forty-two airplanes captured, all of them damaged during the battle for the base.',
    place: 'Ghulja',
    units: ['aviation'],
    sides: ['etr', 'kmt'],
    citations: [
      article(
        'body',
        'forty-two airplanes, captured at a Kuomintang air base in Ghulja on 31 January 1945; all of them were damaged during the battle for the base.',
      ),
      ref(2),
    ],
  },
  {
    id: 'army-formed',
    type: 'formation',
    date: '1945-04-08',
    title: 'National Army formed',
    units: ['ina'],
    sides: ['etr'],
    citations: [article('body', 'The East Turkistan National Army also known as the Ili National Army was formed on 8 April 1945.')],
  },
  {
    id: 'sariqol-rebellion',
    type: 'battle',
    date: '1945-08-19',
    title: 'Rebellion in Sariqol (Taghdumbash Pamir)',
    description: 'Rebels captured the border posts near the Afghan, Soviet and Indian borders and a Tashkurgan fortress.',
    place: 'Sariqol, Taghdumbash Pamir',
    sides: ['tashkurgan-rebels', 'kmt'],
    people: ['sadiq-khan-khoja', 'karavan-shah'],
    citations: [article('body', 'The rebellion was broken on 19 August 1945, in the Sariqol area of Taghdumbash Pamir.')],
    note: 'The article says the rebellion "was broken" on this date, then describes the rebels\' successes; it is read as the date the rebellion broke out.',
  },
  {
    id: 'wusu-shihezi-battles',
    type: 'battle',
    date: '1945-09',
    title: 'Battles in the Wusu–Shihezi district',
    description: 'Two Kuomintang divisions trapped and annihilated; 6,000 soldiers and officers, including 7 generals, surrendered.',
    place: 'Wusu–Shihezi district, Jungaria',
    units: ['ina', 'aviation'],
    sides: ['etr', 'kmt'],
    citationNeeded: true,
    citations: [
      article(
        'body',
        'According to M. Kutlukov, in September 1945, the East Turkistan National Army /Ili National Army made decisive victories over Kuomintang troops in Jungaria',
      ),
    ],
    note: 'Attributed to M. Kutlukov; marked "citation needed".',
  },
  {
    id: 'shihezi-jinghe-battle',
    type: 'battle',
    date: '1945-09',
    title: 'Battle for Shihezi and Jinghe',
    description: 'Both Kuomintang bases and the Dushanzi oil fields captured; detachments reached the Manasi River north of Ürümqi.',
    place: 'Shihezi, Jinghe, Dushanzi',
    units: ['ina', 'aviation'],
    sides: ['etr', 'kmt'],
    citations: [
      article(
        'body',
        'These airplanes participated in the battle between Ili rebels and the Kuomintang for Shihezi and Jinghe in September 1945. This battle resulted in the capture of both KMT bases and oil fields in Dushanzi.',
      ),
    ],
  },
  {
    id: 'igiz-yar-taken',
    type: 'capture',
    date: '1945-09-15',
    title: 'Tashkurgan rebels take Igiz-Yar, Oitagh, Bostan-Terek and Tashmalik',
    sides: ['tashkurgan-rebels'],
    citations: [
      article(
        'body',
        'On 15 September 1945, Tashkurgan rebels took Igiz-Yar on the road to Yangihissar, while another group of rebels simultaneously took Oitagh, Bostan-Terek and Tashmalik on the road to Kashgar.',
      ),
    ],
  },
  {
    id: 'peace-talks-begin',
    type: 'negotiation',
    date: '1945-10-14',
    title: 'Peace talks begin in Ürümqi',
    description: 'Mediated by the Soviet Union, after Moscow ordered the National Army to cease fire on all frontiers.',
    place: 'Ürümqi',
    sides: ['etr', 'kmt'],
    citations: [article('body', 'These peace talks were mediated by the Soviet Union and started in Ürümqi on 14 October 1945.')],
  },
  {
    id: 'kashgar-yarkand-attacked',
    type: 'battle',
    date: '1945',
    title: 'Tashkurgan rebels attack the Kashgar and Yarkand districts',
    sides: ['tashkurgan-rebels', 'kmt'],
    citations: [article('body', 'By the end of 1945, Tashkurgan rebels had attacked Kashgar and Yarkand districts.')],
    note: '"By the end of 1945".',
  },
  {
    id: 'preliminary-peace-agreement',
    type: 'agreement',
    date: '1946-01-02',
    title: 'Preliminary Peace Agreement signed in Ürümqi',
    place: 'Ürümqi',
    sides: ['etr', 'kmt'],
    citations: [
      article(
        'body',
        'On 2 January 1946, while the Preliminary Peace Agreement was signed in Ürümqi between Ili rebels and Kuomintang representatives under Soviet mediation',
      ),
    ],
  },
  {
    id: 'guma-kargilik-poskam-taken',
    type: 'capture',
    date: '1946-01-02',
    title: 'Rebels take Guma, Kargilik and Poskam',
    sides: ['tashkurgan-rebels'],
    citations: [
      article(
        'body',
        'rebels took Guma, Kargilik and Poskam, important towns controlling communications between Xinjiang, Tibet and India.',
      ),
    ],
  },
  {
    id: 'yarkand-counter-attack',
    type: 'battle',
    date: '1946-01-11',
    title: 'Kuomintang counter-attack in the Yarkand military zone',
    sides: ['kmt', 'tashkurgan-rebels'],
    citations: [
      article(
        'body',
        'On 11 January 1946, the Kuomintang Army counter-attacked the Yarkand military zone, bringing reinforcements from Aksu Region.',
      ),
    ],
  },
  {
    id: 'tashkurgan-recaptured',
    type: 'battle',
    date: '1946',
    title: 'Tashkurgan Region back under Chinese control',
    sides: ['kmt', 'tashkurgan-rebels'],
    citations: [article('body', 'brought the Tashkurgan Region back under Chinese control by the summer of 1946.')],
    note: '"By the summer of 1946".',
  },
  {
    id: 'peace-agreement',
    type: 'agreement',
    date: '1946-06-06',
    title: 'Peace agreement with Chiang Kai-shek',
    description:
      'The army reduced to 11,000–12,000 troops and restricted to the Three Districts (Ili, Tarbaghatai and Altai); detachments withdrawn from southern Xinjiang.',
    units: ['ina'],
    sides: ['etr', 'kmt'],
    citations: [
      article(
        'body',
        'In accordance with the peace agreement with Chiang Kai-shek signed on 6 June 1946, this number was reduced to 11,000 to 12,000 troops and restricted to stations in only the Three Districts (Ili, Tarbaghatai and Altai) of northern Xinjiang.',
      ),
    ],
  },
  {
    id: 'kmt-sends-troops',
    type: 'deployment',
    date: '1946/1947',
    title: 'Kuomintang sends 70,000 troops; Pamir rebellion quelled',
    sides: ['kmt'],
    citations: [
      article(
        'body',
        'This allowed the Kuomintang to send 70,000 troops from 1946 to 1947 and quell the rebellion in the Pamir Mountains.',
      ),
    ],
  },
  {
    id: 'kashgar-aksu-activity',
    type: 'deployment',
    date: '1946/1949',
    title: 'National Army partially active in Kashgar and Aksu',
    units: ['ina'],
    sides: ['etr'],
    citations: [
      article(
        'body',
        "The National Army was partially active in Kashgar and Aksu from 1946 to 1949 until the arrival of People's Liberation Army (PLA) units in Xinjiang.",
      ),
    ],
  },
  {
    id: 'kazakh-defection',
    type: 'defection',
    date: '1947',
    title: 'Osman Batur and the Kazakh cavalry regiment defect',
    description:
      "Kazakh irregulars under Osman Batur defected to the Kuomintang; the National Army's Kazakh cavalry regiment defected to Osman Batur.",
    units: ['kazakh-cavalry-regiment', 'osman-batur-irregulars'],
    sides: ['etr', 'osman-batur', 'kmt'],
    people: ['osman-batur'],
    citations: [
      article(
        'body',
        'When Kazakh irregulars under Osman Batur defected to the Kuomintang in 1947, the Kazakh cavalry regiment of National Army also defected to Osman Batur.',
      ),
    ],
  },
  {
    id: 'deng-liqun-arrives',
    type: 'negotiation',
    date: '1949-08-17',
    title: 'Deng Liqun arrives at Ghulja',
    description: "Mao Zedong's special envoy comes to negotiate the Three Districts' future.",
    place: 'Ghulja',
    people: ['deng-liqun'],
    citations: [
      article(
        'body',
        "Deng Liqun, a special envoy of Mao Zedong, arrived at Ghulja on 17 August 1949 to negotiate with the Three Districts leadership about the districts' future.",
      ),
    ],
  },
  {
    id: 'deng-liqun-telegram',
    type: 'other',
    date: '1949-08-18',
    title: "Deng Liqun's telegram to Mao lists the Three Districts forces",
    people: ['deng-liqun'],
    units: ['ina'],
    citations: [article('body', 'Deng sent a secret telegram to Mao about the Three Districts forces the following day.')],
  },
  {
    id: 'incorporation-into-pla',
    type: 'incorporation',
    date: '1949-12-22',
    title: 'Incorporated into the PLA as the Xinjiang 5th Army Corps',
    units: ['ina'],
    sides: ['etr', 'pla'],
    citations: [
      article('body', 'On 22 December 1949, the National Army was incorporated into the PLA as its Xinjiang 5th Army Corps.'),
      ref(5),
    ],
  },
];
