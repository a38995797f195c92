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

/** A unit symbol as an SVG fragment; colours come from CSS classes by affiliation and role. */
export function renderSymbol(symbol: UnitSymbol, affiliation: Affiliation | undefined): SVGTemplateResult {
  return svg`<g class="symbol ${affiliation ?? 'unknown'}" part="symbol" aria-hidden="true">${symbol.shapes.map(renderShape)}</g>`;
}
