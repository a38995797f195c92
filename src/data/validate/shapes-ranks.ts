/** Shapes of rank systems, ranks and shoulder-board insignia. */
import * as E from './enums.js';
import { arrayOf, attested, bool, CITATION, closed, colour, count, id, names, obj, ref, req, shape, str } from './shape-kit.js';

export const RANK_GROUP = shape('rank group', {
  id: req(id),
  name: req(str),
  names,
  category: req(closed(E.RANK_CATEGORIES)),
  ...attested,
});

export const STARS = shape('stars', {
  count: req(count(E.MAX_STARS)),
  size: req(closed(E.STAR_SIZES)),
  color: colour,
  arrangement: closed(E.STAR_ARRANGEMENTS),
});
export const STRIPES = shape('stripes', { count: req(count(E.MAX_STRIPES)), color: colour });
export const CROSS_STRIPES = shape('cross-stripes', {
  count: req(count(E.MAX_CROSS_STRIPES)),
  width: req(closed(E.STRIPE_WIDTHS)),
  color: colour,
  lengthwise: bool,
});

export const INSIGNIA = shape('insignia', {
  kind: req(closed(E.INSIGNIA_KINDS)),
  basis: req(closed(E.BASES)),
  follows: str,
  citations: arrayOf(obj(CITATION)),
  note: str,
  shape: req(closed(E.BOARD_SHAPES)),
  base: colour,
  piping: colour,
  field: req(closed(E.BOARD_FIELDS)),
  stripes: obj(STRIPES),
  crossStripes: obj(CROSS_STRIPES),
  stars: obj(STARS),
  emblem: closed(E.EMBLEMS),
});

export const RANK = shape('rank', {
  id: req(id),
  group: req(str),
  name: req(str),
  names,
  nato: closed(E.NATO_CODES),
  insignia: obj(INSIGNIA),
  placeholder: bool,
  ...attested,
});

export const RANK_SYSTEM = shape('rank system', {
  id: req(id),
  name: req(str),
  side: ref('side'),
  groups: req(arrayOf(obj(RANK_GROUP))),
  ranks: req(arrayOf(obj(RANK))),
  ...attested,
});
