import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { Affiliation, Arm, Echelon } from '../../data/types.js';
import { unitSymbol } from '../../symbols/index.js';
import type { SymbolShape, UnitSymbol } from '../../symbols/index.js';

const cache = new Map<string, UnitSymbol>();

/** The unit symbol geometry, shared by every node with the same affiliation, arm, echelon and size. */
export function symbolFor(affiliation: Affiliation | undefined, arm: Arm | undefined, echelon: Echelon | undefined, size: number): UnitSymbol {
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

/** A unit symbol as an SVG fragment; colours come from CSS classes by affiliation and role. */
export function renderSymbol(symbol: UnitSymbol, affiliation: Affiliation | undefined): SVGTemplateResult {
  return svg`<g class="symbol ${affiliation ?? 'unknown'}" part="symbol" aria-hidden="true">${mergeShapes(symbol).map(renderShape)}</g>`;
}
