import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { UnitAt } from '../../data/hierarchy-at.js';
import type { Affiliation, Arm, Echelon } from '../../data/types.js';
import { sidcSymbolInputs, sidcWithEchelon, unitSymbol } from '../../symbols/index.js';
import type { SymbolShape, UnitSymbol } from '../../symbols/index.js';
import { renderMilsymbol } from '../shared/milsymbol.js';

const cache = new Map<string, UnitSymbol>();

/** The unit's SIDC at the date drawn: a dated change of echelon replaces the code's echelon amplifier. */
export function unitSidc(unit: UnitAt | undefined): string | undefined {
  const sidc = unit?.unit.sidc;
  return sidc !== undefined && unit && unit.echelon !== unit.unit.echelon ? sidcWithEchelon(sidc, unit.echelon) : sidc;
}

/** The unit symbol geometry, shared by every node with the same affiliation, arm, echelon and size. */
export function symbolFor(
  affiliation: Affiliation | undefined,
  arm: Arm | undefined,
  echelon: Echelon | undefined,
  size: number,
  sidc?: string,
): UnitSymbol {
  // A unit's SIDC, when it has one, decides frame, icon and echelon (see src/symbols/sidc.ts).
  const coded = sidc === undefined ? undefined : sidcSymbolInputs(sidc);
  if (coded) ({ affiliation, arm, echelon } = coded);
  const key = `${affiliation}|${arm}|${echelon}|${size}`;
  let symbol = cache.get(key);
  if (!symbol) {
    // Custom values could grow the cache without bound; it is cheap to rebuild.
    if (cache.size > 500) cache.clear();
    symbol = unitSymbol({ affiliation, arm, echelon, size });
    cache.set(key, symbol);
  }
  return symbol;
}

function renderShape(shape: SymbolShape): SVGTemplateResult {
  if (shape.kind === 'path') return svg`<path class=${shape.role} d=${shape.d}></path>`;
  if (shape.kind === 'circle') return svg`<circle class=${shape.role} cx=${shape.cx} cy=${shape.cy} r=${shape.r}></circle>`;
  return svg`<text class=${shape.role} x=${shape.x} y=${shape.y} font-size=${shape.fontSize} text-anchor="middle" dominant-baseline="central">${shape.text}</text>`;
}

const merged = new WeakMap<UnitSymbol, SymbolShape[]>();

/** Paths of the same role joined into one (three echelon bars, one path): fewer elements per node. */
function mergeShapes(symbol: UnitSymbol): SymbolShape[] {
  let out = merged.get(symbol);
  if (out) return out;
  out = [];
  const byRole = new Map<string, { kind: 'path'; role: SymbolShape['role']; d: string }>();
  for (const shape of symbol.shapes) {
    if (shape.kind !== 'path') {
      out.push(shape);
      continue;
    }
    const same = byRole.get(shape.role);
    if (same) same.d += shape.d;
    else {
      const copy = { ...shape };
      byRole.set(shape.role, copy);
      out.push(copy);
    }
  }
  merged.set(symbol, out);
  return out;
}

/**
 * A unit symbol as an SVG fragment; colours come from CSS classes by affiliation and role. `redraw` is
 * called when milsymbol, which draws some codes, has loaded (see `renderMilsymbol`).
 */
export function renderSymbol(
  symbol: UnitSymbol,
  affiliation: Affiliation | undefined,
  sidc?: string,
  size?: number,
  redraw?: () => void,
): SVGTemplateResult {
  const coded = sidc === undefined ? undefined : sidcSymbolInputs(sidc);
  const shapes = mergeShapes(symbol).map(renderShape);
  // Codes the built-in symbols cannot draw go to milsymbol, loaded on first use; the built-in frame stands in meanwhile.
  const body = coded?.milsymbol && sidc && size ? renderMilsymbol(sidc, size, svg`${shapes}`, redraw) : shapes;
  return svg`<g class="symbol ${coded?.affiliation ?? affiliation ?? 'unknown'}" part="symbol" aria-hidden="true">${body}</g>`;
}
