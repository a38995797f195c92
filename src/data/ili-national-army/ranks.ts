import type { Rank, RankSystem, ShoulderBoardDescriptor } from '../types.js';
import { article, ref } from './sources.js';

const sovietDesign = article(
  'ranks',
  "The Second East Turkestan Republic (1944-1949) national army ranks were similar in design to Soviet ranks due to the army having been trained by the Soviet Union and the Soviet Union's support during its war against the Kuomintang.[7]",
);
const officerRow = article(
  'ranks table',
  'General of the Army General Lieutenant General Major General Colonel Lieutenant Colonel Major Captain Senior Lieutenant Lieutenant Junior Lieutenant',
);
const enlistedRow = article('ranks table', '- Staff Sergeant Sergeant Corporal Private 1st class Private');

// Colours are part of the reconstruction too (the article gives no branch colours): 1943 Soviet gold
// galloon with silvered stars, generals' red piping, infantry crimson for other officers' stripes and
// for all piping below generals, khaki field boards with dark-red cross-stripes for the enlisted.
const GOLD = '#c9a227';
const RED = '#b22222';
const CRIMSON = '#a8123e';
const SILVER = '#c0c0c0';
const KHAKI = '#7d7550';
const DARK_RED = '#8b1a1a';

function board(follows: string, parts: Partial<ShoulderBoardDescriptor>, note?: string): ShoulderBoardDescriptor {
  return {
    kind: 'shoulder-board',
    basis: 'reconstruction',
    follows: `Soviet 1943 pattern, ${follows}`,
    citations: [sovietDesign, ref(7)],
    shape: 'pointed',
    field: 'plain',
    emblem: 'button',
    ...parts,
    ...(note ? { note } : {}),
  };
}

const general = (stars: number) => ({
  base: GOLD,
  piping: RED,
  field: 'zigzag' as const,
  stars: { count: stars, size: 'large' as const, color: SILVER, arrangement: 'column' as const },
});
const field = (stars: number) => ({
  base: GOLD,
  piping: CRIMSON,
  field: 'galloon' as const,
  stripes: { count: 2, color: CRIMSON },
  stars: { count: stars, size: 'large' as const, color: SILVER, arrangement: 'soviet' as const },
});
const junior = (stars: number) => ({
  base: GOLD,
  piping: CRIMSON,
  field: 'galloon' as const,
  stripes: { count: 1, color: CRIMSON },
  stars: { count: stars, size: 'small' as const, color: SILVER, arrangement: 'soviet' as const },
});
const nco = (count: number, width: 'narrow' | 'wide') => ({
  base: KHAKI,
  piping: CRIMSON,
  crossStripes: { count, width, color: DARK_RED },
});

const ug = (text: string) => [{ text, lang: 'ug-Arab', dir: 'rtl' as const, kind: 'name' as const }];
const UG_NOTE =
  'The article gives this Uyghur label without saying which column it belongs to; it is matched by meaning ("general-lieutenant", "general-major").';
const POSITIONAL =
  'Matched to the Soviet rank in the same position of the Soviet 1943 rank order; the article does not name the Soviet equivalent.';
const DOUBTFUL = 'Doubtful mapping: ';

const OFFICER_GROUPS = new Set(['general', 'field', 'junior', 'officer-cadet']);

function rank(id: string, group: string, name: string, insignia: ShoulderBoardDescriptor, extra: Partial<Rank> = {}): Rank {
  return { id, group, name, insignia, citations: [OFFICER_GROUPS.has(group) ? officerRow : enlistedRow], ...extra };
}

export const rankSystem: RankSystem = {
  id: 'etr-national-army-ranks',
  name: 'National Army of the Second East Turkestan Republic',
  side: 'etr',
  citations: [sovietDesign, ref(7)],
  note: 'Insignia are not shown in the article; every board here is a reconstruction after the Soviet 1943 pattern, which the article says the ranks resembled [7]. NATO codes are omitted: the article gives none.',
  groups: [
    {
      id: 'general',
      name: 'General/flag officers',
      category: 'officers',
      citations: [article('ranks table', 'Rank group General/flag officers')],
    },
    { id: 'field', name: 'Field/senior officers', category: 'officers', citations: [article('ranks table', 'Field/senior officers')] },
    { id: 'junior', name: 'Junior officers', category: 'officers', citations: [article('ranks table', 'Junior officers')] },
    {
      id: 'officer-cadet',
      name: 'Officer cadet',
      category: 'officers',
      citations: [article('ranks table', 'Officer cadet')],
      note: 'The article names the group but no rank in it.',
    },
    { id: 'senior-nco', name: 'Senior NCOs', category: 'enlisted', citations: [article('ranks table', 'Rank group Senior NCOs')] },
    { id: 'junior-nco', name: 'Junior NCOs', category: 'enlisted', citations: [article('ranks table', 'Junior NCOs')] },
    { id: 'enlisted', name: 'Enlisted', category: 'enlisted', citations: [article('ranks table', 'Enlisted')] },
  ],
  ranks: [
    rank('general-of-the-army', 'general', 'General of the Army', board('General of the Army', general(4))),
    rank('general', 'general', 'General', board('Colonel General', general(3), POSITIONAL), {
      note: 'One reading of the ambiguous header row (see the dataset note "rank-header-row").',
    }),
    rank('lieutenant-general', 'general', 'Lieutenant General', board('Lieutenant General', general(2)), {
      names: ug('گېنىرال لېتىناتلىق'),
      note: UG_NOTE,
    }),
    rank('major-general', 'general', 'Major General', board('Major General', general(1)), { names: ug('گېنىرال مايورلۇق'), note: UG_NOTE }),
    rank('colonel', 'field', 'Colonel', board('Colonel', field(3))),
    rank('lieutenant-colonel', 'field', 'Lieutenant Colonel', board('Lieutenant Colonel', field(2))),
    rank('major', 'field', 'Major', board('Major', field(1))),
    rank('captain', 'junior', 'Captain', board('Captain', junior(4))),
    rank('senior-lieutenant', 'junior', 'Senior Lieutenant', board('Senior Lieutenant', junior(3))),
    rank('lieutenant', 'junior', 'Lieutenant', board('Lieutenant', junior(2))),
    rank('junior-lieutenant', 'junior', 'Junior Lieutenant', board('Junior Lieutenant', junior(1))),
    {
      id: 'senior-nco-unnamed',
      group: 'senior-nco',
      name: '—',
      placeholder: true,
      citations: [enlistedRow],
      note: 'The article\'s table shows "-" here: a position with no rank named. (Assumption of the reconstruction, not from the article: the Soviet order has the starshina in this position.)',
    },
    rank(
      'staff-sergeant',
      'senior-nco',
      'Staff Sergeant',
      board('Senior Sergeant', nco(1, 'wide'), `${DOUBTFUL}Staff Sergeant could also follow the starshina's board. ${POSITIONAL}`),
    ),
    rank('sergeant', 'junior-nco', 'Sergeant', board('Sergeant', nco(3, 'narrow'), POSITIONAL)),
    rank(
      'corporal',
      'junior-nco',
      'Corporal',
      board(
        'Junior Sergeant',
        nco(2, 'narrow'),
        `${DOUBTFUL}a "Corporal" is often the Soviet yefreitor (one stripe); here it takes the junior sergeant's place by position. ${POSITIONAL}`,
      ),
    ),
    rank(
      'private-1st-class',
      'enlisted',
      'Private 1st class',
      board(
        'Yefreitor',
        nco(1, 'narrow'),
        `${DOUBTFUL}the reconstruction assumes the yefreitor, which holds this position in the Soviet order. ${POSITIONAL}`,
      ),
    ),
    rank('private', 'enlisted', 'Private', board('Private', { base: KHAKI, piping: CRIMSON })),
  ],
};
