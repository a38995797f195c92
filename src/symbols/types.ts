/** Geometry types of unit symbols. Units: the friend frame is 150 × 100 around the origin (APP-6 proportions). */

/** One absolute path command; only absolute commands, so scaling is a multiplication. */
export type PathCommand =
  { c: 'M' | 'L'; x: number; y: number } | { c: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number } | { c: 'Z' };

/** What a shape is, so the renderer can style it: filled frame, stroked icon lines, filled icon marks, echelon amplifier, HQ staff. */
export type SymbolRole = 'frame' | 'icon' | 'icon-fill' | 'echelon' | 'echelon-fill' | 'staff';

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A shape before scaling (symbol units). */
export type RawShape =
  | { kind: 'path'; role: SymbolRole; commands: PathCommand[] }
  | { kind: 'circle'; role: SymbolRole; cx: number; cy: number; r: number }
  | { kind: 'text'; role: SymbolRole; x: number; y: number; text: string; fontSize: number };

/** A shape ready to draw (pixels, centred on the frame). */
export type SymbolShape =
  | { kind: 'path'; role: SymbolRole; d: string }
  | { kind: 'circle'; role: SymbolRole; cx: number; cy: number; r: number }
  | { kind: 'text'; role: SymbolRole; x: number; y: number; text: string; fontSize: number };

/** A frame: its outline, outer box, and the inner box that corner-to-corner icons span. */
export interface FrameGeometry {
  commands: PathCommand[];
  box: Box;
  iconBox: Box;
  /** Where the headquarters staff leaves the frame. */
  staffAnchor: { x: number; y: number };
}

/** A whole unit symbol, in pixels, with the frame centred on the origin. */
export interface UnitSymbol {
  shapes: SymbolShape[];
  /** The frame's box. */
  frame: Box;
  /** Box of everything drawn: frame, echelon mark, HQ staff. */
  bounds: Box;
}
