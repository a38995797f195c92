/** Illustrative Uyghur (Arabic-script) labels for the built-in dataset, shared by the stories that show right-to-left names. */
import { html } from 'lit';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import type { OrderOfBattle } from '../../src/data/types.js';

export const ILLUSTRATIVE = html`<p style="font: 13px system-ui, sans-serif; margin: 0 0 8px">
  Illustrative Uyghur labels written for this story to show right-to-left names; the built-in dataset's
  source gives no Uyghur unit names, so the default dataset has none.
</p>`;

// Uyghur (Arabic script) labels written for this demo; the dataset's source gives no Uyghur unit names.
const UYGHUR: Readonly<Record<string, string>> = {
  ina: 'شەرقىي تۈركىستان مىللىي ئارمىيىسى',
  'suidun-infantry-regiment': 'سۈيدۇڭ پىيادە پولكى',
  'ghulja-regiment': 'غۇلجا پولكى',
  'kensai-regiment': 'كەنسەي پولكى',
  'ghulja-reserve-regiment': 'غۇلجا زاپاس پولكى',
  'kazakh-cavalry-regiment': 'قازاق ئاتلىق پولكى',
  'dungan-regiment': 'تۇڭگان پولكى',
  artillery: 'زەمبىرەكچى قىسىم',
  'sibo-battalion': 'شىبە باتالىيونى',
  'mongol-battalion': 'موڭغۇل باتالىيونى',
  aviation: 'مىللىي ئاۋىياتسىيە',
  'osman-batur-irregulars': 'ئوسمان باتۇر قوشۇنى',
};
export const withUyghur: OrderOfBattle = {
  ...iliNationalArmy,
  meta: { ...iliNationalArmy.meta, title: `${iliNationalArmy.meta.title}, with illustrative Uyghur labels (not from the source)` },
  units: iliNationalArmy.units.map((u) =>
    UYGHUR[u.id] ? { ...u, names: [...(u.names ?? []), { text: UYGHUR[u.id] as string, lang: 'ug-Arab', dir: 'rtl' as const }] } : u,
  ),
  people: (iliNationalArmy.people ?? []).map((p) =>
    p.id === 'elihan-tore' ? { ...p, names: [...(p.names ?? []), { text: 'ئەلىخان تۆرە', lang: 'ug-Arab', dir: 'rtl' as const }] } : p,
  ),
};
