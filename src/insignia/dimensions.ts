/**
 * Nominal measurements (millimetres) of a shoulder board after the Soviet 1943 pattern (order of the
 * People's Commissar of Defence No. 25, 15 January 1943, and the star-placement rules that followed
 * it). All insignia geometry is in these units; the element scales the viewBox.
 *
 * Distances along the board are measured, as the regulations do, from the lower edge (the shoulder
 * seam); the drawing puts the collar end (with the button) at the top.
 */
export const BOARD = {
  /** Board width (6 cm). */
  width: 60,
  /** Board length (the order gives 14–16 cm depending on the uniform size). */
  length: 150,
  /** Height of the obtuse point or rounded end at the collar end. */
  point: 12,
  /** Width of the piping (kant) along the sides and the collar end. */
  piping: 2.5,
} as const;

/** Star diameters: junior officers 13 mm, field officers 20 mm, generals 22 mm. */
export const STAR_DIAMETER = { small: 13, large: 20, general: 22 } as const;

/** Officers' lengthwise stripes (prosvety). */
export const STRIPE = {
  width: 4,
  /** Distance of each of two stripes from the centre line. */
  pairOffset: 12,
  /** Distance between neighbours when there are three or more. */
  spacing: 14,
} as const;

/** The Soviet placement rules, as distances of star centres from the lower edge. */
export const STAR_RULES = {
  /** A single star (junior lieutenant, major): 45 mm. */
  single: 45,
  /** The lower pair (lieutenant, lieutenant colonel and up): 30 mm. */
  pair: 30,
  /** Each further star, along the centre line: 25 mm above the previous one. */
  step: 25,
  /** Small stars of the lower pair sit either side of the single stripe, this far from the centre line. */
  smallPairOffset: 12.5,
  /** Generals' stars run up the centre line from here, 25 mm apart. */
  columnStart: 35,
} as const;

/** NCOs' cross-stripes (lychki): narrow 10 mm, wide 30 mm, 2 mm apart, starting below the button. */
export const CROSS_STRIPE = { narrow: 10, wide: 30, gap: 2, top: 28, lengthwiseWidth: 30 } as const;

/** The button at the collar end. */
export const BUTTON = { cy: 18, r: 6.5 } as const;

/** Upper limits the drawing can hold (the schema's, plus at most three wide cross-stripes); the validator rejects more. */
export const LIMITS = { stars: 5, stripes: 3, crossStripes: 5, wideCrossStripes: 3 } as const;
