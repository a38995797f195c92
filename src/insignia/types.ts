/** Geometry of a shoulder board in millimetres (see `BOARD`); colours are the descriptor's, or absent for theme defaults. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StarGeometry {
  cx: number;
  cy: number;
  /** Outer radius. */
  r: number;
  /** SVG `points` of the five-pointed star, first point towards the collar end. */
  points: string;
}

export interface EmblemGeometry {
  kind: 'button' | 'star' | 'wreath';
  cx: number;
  cy: number;
  r: number;
  /** Star points (kind `star`). */
  points?: string;
  /** Laurel branches (kind `wreath`). */
  d?: string;
}

export interface ShoulderBoardGeometry {
  /** ViewBox size: `0 0 width height`. */
  width: number;
  height: number;
  /** Outer outline; filled with the piping colour when the board is piped, else with the base. */
  outline: string;
  /** The field inside the piping (same as `outline` when unpiped); also the clip path of the field's contents. */
  field: string;
  base?: string;
  /** Whether the board has piping, and its colour when the descriptor gives one. */
  piped: boolean;
  piping?: string;
  /** Lines of the woven field: generals' zigzag or the officers' galloon ribs. */
  pattern?: { kind: 'zigzag' | 'galloon'; d: string };
  stripes: Rect[];
  stripeColor?: string;
  crossStripes: Rect[];
  crossStripeColor?: string;
  stars: StarGeometry[];
  starColor?: string;
  emblem?: EmblemGeometry;
}
