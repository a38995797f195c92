/**
 * milsymbol, loaded on demand: SIDCs the built-in land-unit symbols cannot draw (sea, air,
 * subsurface, installations, planned status, dashed frames…) are drawn by milsymbol, the field's
 * library for MIL-STD-2525 and APP-6. It is a dynamic import (with `./milsymbol-draw.ts`, which
 * turns its drawing into shape data), so pages whose units have no such code never download it;
 * bundlers, and the script-tag bundle, put it in a chunk of its own.
 */
import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { MsShape } from './milsymbol-draw.js';

type Draw = (sidc: string, size: number) => MsShape[];

let draw: Draw | undefined;
let pending: Promise<Draw | undefined> | undefined;
let failed = false;

/** Where milsymbol is: not asked for, being downloaded, ready, or failed to load (units keep the built-in frame). */
export function milsymbolStatus(): 'idle' | 'loading' | 'loaded' | 'failed' {
  if (draw) return 'loaded';
  if (failed) return 'failed';
  return pending ? 'loading' : 'idle';
}

/** Loads milsymbol once; resolves to `undefined` if it cannot be loaded (e.g. the bundle's chunk was not copied). */
export function loadMilsymbol(): Promise<Draw | undefined> {
  pending ??= import('./milsymbol-draw.js').then(
    (module) => (draw = module.drawMilsymbol),
    (error: unknown) => {
      failed = true;
      console.warn('oob-charts: milsymbol could not be loaded; symbols it draws keep the built-in frame', error);
      return undefined;
    },
  );
  return pending;
}

let textIds = 0;

function shape(s: MsShape): SVGTemplateResult {
  if (s.tag === 'g') return svg`<g transform=${s.transform || nothing}>${s.children.map(shape)}</g>`;
  if (s.tag === 'text') {
    // Letters inside a symbol (a ship's "DD") are drawn through <use>: text in <defs> is not part of the node's
    // visible text, which must match its accessible name (WCAG 2.5.3). Ids are new for every symbol drawn.
    const id = `oob-ms-text-${(textIds += 1)}`;
    return svg`<defs><text id=${id} class=${s.cls ?? nothing} x=${s.x ?? 0} y=${s.y ?? 0} font-size=${s.fontSize ?? nothing}
      text-anchor=${s.anchor ?? nothing} fill=${s.fill ?? nothing}>${s.text}</text></defs><use href=${`#${id}`}></use>`;
  }
  const vector = s.fixed ? 'non-scaling-stroke' : nothing;
  if (s.tag === 'circle') {
    return svg`<circle class=${s.cls ?? nothing} cx=${s.cx ?? 0} cy=${s.cy ?? 0} r=${s.r ?? 0} fill=${s.fill ?? nothing}
      stroke=${s.stroke ?? nothing} stroke-width=${s.width ?? nothing} stroke-dasharray=${s.dash ?? nothing}
      fill-opacity=${s.opacity ?? nothing} vector-effect=${vector}></circle>`;
  }
  return svg`<path class=${s.cls ?? nothing} d=${s.d ?? ''} fill=${s.fill ?? nothing}
    stroke=${s.stroke ?? nothing} stroke-width=${s.width ?? nothing} stroke-dasharray=${s.dash ?? nothing}
    fill-opacity=${s.opacity ?? nothing} vector-effect=${vector}></path>`;
}

const hasText = (list: MsShape[]): boolean => list.some((s) => s.tag === 'text' || (s.tag === 'g' && hasText(s.children)));
const drawings = new Map<string, { shapes: MsShape[]; template: SVGTemplateResult | undefined }>();

function template(ready: Draw, sidc: string, size: number): SVGTemplateResult {
  const key = `${sidc}|${size}`;
  let drawing = drawings.get(key);
  if (!drawing) {
    // Cheap to rebuild; bounded so that many distinct codes cannot grow it without end.
    if (drawings.size > 500) drawings.clear();
    drawing = { shapes: ready(sidc, size), template: undefined };
    drawings.set(key, drawing);
  }
  if (drawing.template) return drawing.template;
  // milsymbol draws in a 200-unit square with the frame centred on (100, 100); a land friend frame is 100 units high.
  const out = svg`<g class="milsymbol" transform="scale(${size / 100}) translate(-100,-100)">${drawing.shapes.map(shape)}</g>`;
  // Symbols with letters need ids of their own, so their template is built for every node; the others are shared.
  if (!hasText(drawing.shapes)) drawing.template = out;
  return out;
}

/**
 * The symbol of `sidc` drawn by milsymbol, `size` pixels for the height of a land friend frame,
 * centred on the origin like the built-in symbols. Until milsymbol has loaded (and for good if it
 * cannot load) `placeholder` is drawn; the first call starts the download, and `redraw` is called
 * once it has arrived (the chart draws again, with `milsymbolStatus()` among what it redraws for).
 */
export function renderMilsymbol(sidc: string, size: number, placeholder: SVGTemplateResult, redraw?: () => void): SVGTemplateResult {
  if (draw) return template(draw, sidc, size);
  if (failed) return placeholder;
  if (redraw) void loadMilsymbol().then((ready) => ready && redraw());
  else void loadMilsymbol();
  return placeholder;
}
