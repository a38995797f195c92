/**
 * A small ORBAT Mapper scenario (format 3.3) written for the tests: illustrative, not historical.
 * It uses what the format offers: two sides with standard identities, groups, nested subUnits,
 * 20-digit SIDCs (land, sea surface, air), personnel and equipment with updates and diffs over
 * time, a hierarchy move, a titled state, events, and map-only fields the converter must report.
 */
export function exerciseScenario(): Record<string, unknown> {
  return {
    type: 'ORBAT-mapper',
    id: 'exercise-1',
    version: '3.3.0',
    meta: { createdDate: '2026-01-01T00:00:00Z', lastModifiedDate: '2026-01-02T00:00:00Z' },
    name: 'Illustrative exercise',
    description: 'A made-up exercise for tests.',
    startTime: '1990-05-01T08:00:00+02:00',
    timeZone: 'Europe/Berlin',
    symbologyStandard: 'app6d',
    sides: [
      {
        id: 'blue',
        name: 'Blue',
        standardIdentity: '3',
        symbolOptions: {},
        groups: [
          {
            id: 'g-land',
            name: 'Land forces',
            subUnits: [
              {
                id: 'bde1',
                name: '1st Brigade',
                sidc: '10031000181211000000',
                shortName: '1 BDE',
                description: 'An illustrative brigade.',
                externalUrl: 'https://example.org/1st-brigade',
                personnel: [
                  { name: 'Officer', count: 100 },
                  { name: 'Soldier', count: 2900 },
                ],
                equipment: [{ name: 'Truck', count: 40 }],
                state: [
                  {
                    id: 'st2',
                    t: '1990-05-05T12:00:00+02:00',
                    update: { equipment: [{ name: 'Truck', onHand: 25 }] },
                    title: 'Brigade halts',
                    description: 'It waits for fuel.',
                  },
                  {
                    id: 'st1',
                    t: '1990-05-03T12:00:00+02:00',
                    location: [10, 50],
                    diff: { personnel: [{ name: 'Soldier', onHand: -400 }] },
                  },
                ],
                subUnits: [
                  {
                    id: 'bn1',
                    name: '1st Infantry Battalion',
                    sidc: '10031000161211000000',
                    subUnits: [],
                    state: [{ id: 'st3', t: '1990-05-04T00:30:00+02:00', hierarchy: { targetId: 'bde2', placement: 'on' } }],
                  },
                  { id: 'bn2', name: '2nd Tank Battalion', sidc: '10031000161205000000', media: [{ url: 'https://example.org/tank.jpg' }] },
                ],
              },
              {
                id: 'bde2',
                name: '2nd Brigade',
                sidc: '10031000181211000000',
                state: [{ id: 'st4', t: '1990-05-06T09:00:00+02:00', sidc: '10031000211211000000' }],
              },
            ],
          },
          {
            id: 'g-sea',
            name: 'Naval forces',
            subUnits: [{ id: 'ff1', name: 'Frigate One', sidc: '10033000001202040000', personnel: [{ name: 'Crew', count: 180 }] }],
          },
        ],
      },
      {
        id: 'red',
        name: 'Red',
        standardIdentity: '6',
        groups: [
          {
            id: 'g-air',
            name: 'Air forces',
            subUnits: [
              {
                id: 'sqn',
                name: 'Fighter Squadron',
                sidc: '10060100001101000000',
                equipment: [{ name: 'Fighter', count: 12, onHand: 10 }],
              },
            ],
          },
        ],
      },
    ],
    events: [
      {
        id: 'ev1',
        startTime: '1990-05-02T06:00:00+02:00',
        title: 'Exercise begins',
        subTitle: 'Day one',
        where: { type: 'units', units: ['bde1', 'ff1', 'gone'] },
        uiActions: [{ type: 'CHANGE_MAP_LAYER', layerIndex: 1 }],
      },
    ],
    layerStack: [],
    equipment: [{ name: 'Truck' }, { name: 'Fighter' }],
    personnel: [{ name: 'Officer' }, { name: 'Soldier' }, { name: 'Crew' }],
    settings: { rangeRingGroups: [], statuses: [{ name: 'Moving' }], supplyClasses: [], supplyUoMs: [] },
  };
}
