/**
 * milsymbol, loaded on demand: SIDCs the built-in land-unit symbols cannot draw (sea, air,
 * subsurface, installations, planned status, dashed frames…) are drawn by milsymbol, the field's
 * library for MIL-STD-2525 and APP-6. It is a dynamic import, so pages whose units have no such
 * code never download it; bundlers put it in a chunk of its own.
 *
 * milsymbol's drawing instructions (not its SVG text) are turned into Lit templates, so nothing
 * goes through innerHTML, and the frame and the black ink take the theme's colours by class.
 */
import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { DrawInstruction, Symbol as MsSymbol } from 'milsymbol';

type Milsymbol = (typeof import('milsymbol'))['default'];

let milsymbol: Milsymbol | undefined;
let pending: Promise<Milsymbol | undefined> | undefined;
let failed = false;

/** Where milsymbol is: not asked for, being downloaded, ready, or failed to load (units keep the built-in frame). */
export function milsymbolStatus(): 'idle' | 'loading' | 'loaded' | 'failed' {
  if (milsymbol) return 'loaded';
  if (failed) return 'failed';
  return pending ? 'loading' : 'idle';
}

/** Loads milsymbol once; resolves to `undefined` if it cannot be loaded (e.g. the bundle's chunk was not copied). */
export function loadMilsymbol(): Promise<Milsymbol | undefined> {
  pending ??= import('milsymbol').then(
    (module) => (milsymbol = module.default),
    (error: unknown) => {
      failed = true;
      console.warn('oob-charts: milsymbol could not be loaded; symbols it draws keep the built-in frame', error);
      return undefined;
    },
  );
  return pending;
}

type Style = { fill?: string | false; stroke?: string | false; strokewidth?: number; strokedasharray?: string; fillopacity?: number; icon?: boolean };

interface Ink {
  /** Colours milsymbol uses for black ink (icons, amplifiers) in this symbol, drawn with the theme's symbol stroke instead. */
  ink: Set<string>;
  /** Scale from milsymbol units to pixels, for dash lengths of strokes drawn at a fixed pixel width. */
  scale: number;
}

const num = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
/** Colours milsymbol writes (names, rgb()); anything else (url(), expressions) is dropped. */
const colour = (c: unknown): string => (typeof c === 'string' && /^(#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d.,\s%]+\))$/i.test(c) ? c : 'none');

function shape(d: DrawInstruction, cls: string, attrs: { fill?: string; stroke?: string; width?: number; dash?: string; opacity?: number; fixed?: boolean }): SVGTemplateResult {
  const a = {
    class: cls || nothing,
    fill: attrs.fill ?? nothing,
    stroke: attrs.stroke ?? nothing,
    'stroke-width': attrs.width ?? nothing,
    'stroke-dasharray': attrs.dash ?? nothing,
    'fill-opacity': attrs.opacity ?? nothing,
    'vector-effect': attrs.fixed ? 'non-scaling-stroke' : nothing,
  };
  if (d.type === 'circle') {
    return svg`<circle class=${a.class} cx=${num(d.cx)} cy=${num(d.cy)} r=${num(d.r)} fill=${a.fill} stroke=${a.stroke} stroke-width=${a['stroke-width']} stroke-dasharray=${a['stroke-dasharray']} fill-opacity=${a['fill-opacity']} vector-effect=${a['vector-effect']}></circle>`;
  }
  if (d.type === 'text') {
    return svg`<text class=${a.class} x=${num(d.x)} y=${num(d.y)} font-size=${num(d.fontsize)} text-anchor=${d.textanchor === 'start' || d.textanchor === 'end' ? d.textanchor : 'middle'} fill=${a.fill}>${String((d as { text?: unknown }).text ?? '')}</text>`;
  }
  const path = (d as { d?: unknown }).d;
  return svg`<path class=${a.class} d=${typeof path === 'string' ? path : ''} fill=${a.fill} stroke=${a.stroke} stroke-width=${a['stroke-width']} stroke-dasharray=${a['stroke-dasharray']} fill-opacity=${a['fill-opacity']} vector-effect=${a['vector-effect']}></path>`;
}

/** Dash lengths in pixels for a stroke drawn at a fixed pixel width. */
const dash = (value: string | undefined, scale: number): string | undefined =>
  value === undefined ? undefined : value.split(/[\s,]+/).filter(Boolean).map((n) => Math.round(Number(n) * scale * 10) / 10 || 0).join(' ');

/**
 * One drawing instruction. Shapes in black ink take the classes of the built-in symbols (`icon`
 * stroked, `icon-fill` filled), so themes and forced colours apply to both kinds of symbol; other
 * colours (white, the fill colours some icons use) stay as milsymbol gives them.
 */
function render(list: readonly DrawInstruction[] | DrawInstruction, inherited: Style, ctx: Ink, out: SVGTemplateResult[], frame: { done: boolean }): void {
  if (Array.isArray(list)) {
    for (const item of list) render(item as DrawInstruction, inherited, ctx, out, frame);
    return;
  }
  const d = list as DrawInstruction & Style;
  if (typeof d !== 'object' || d === null) return;
  const style: Style = { ...inherited };
  for (const key of ['fill', 'stroke', 'strokewidth', 'strokedasharray', 'fillopacity'] as const) if (key in d) (style as Record<string, unknown>)[key] = d[key];
  if (d.type === 'translate' || d.type === 'rotate' || d.type === 'scale' || d.type === 'clip' as string) {
    const children: SVGTemplateResult[] = [];
    render((d as { draw?: DrawInstruction[] }).draw ?? [], style, ctx, children, frame);
    const transform =
      d.type === 'translate' ? `translate(${num(d.x)},${num(d.y)})` : d.type === 'rotate' ? `rotate(${num(d.degree)},${num(d.x)},${num(d.y)})` : d.type === 'scale' ? `scale(${num(d.factor)})` : nothing;
    out.push(svg`<g transform=${transform}>${children}</g>`);
    return;
  }
  // Raw SVG fragments (custom icons) are never inserted: no markup from strings.
  if (d.type !== 'path' && d.type !== 'circle' && d.type !== 'text') return;
  const fill = style.fill ? colour(style.fill) : 'none';
  const stroke = style.stroke ? colour(style.stroke) : 'none';
  const dashed = dash(style.strokedasharray, ctx.scale);
  if (!frame.done && !d.icon && d.type !== 'text') {
    // The first shape is the frame: the theme colours it by affiliation (`.symbol.<affiliation> .frame`).
    frame.done = true;
    out.push(shape(d, 'frame', { fixed: true, ...(dashed ? { dash: dashed } : {}) }));
    return;
  }
  frame.done = true;
  if (d.type === 'text') {
    out.push(shape(d, ctx.ink.has(fill) ? 'icon-fill' : '', ctx.ink.has(fill) ? {} : { fill }));
    return;
  }
  const inkFill = ctx.ink.has(fill);
  const inkStroke = ctx.ink.has(stroke);
  const opacity = style.fillopacity;
  if (fill !== 'none') out.push(shape(d, inkFill ? 'icon-fill' : '', inkFill ? {} : { fill, stroke: 'none', ...(opacity === undefined ? {} : { opacity }) }));
  if (stroke !== 'none') {
    out.push(inkStroke ? shape(d, 'icon', { fixed: true, ...(dashed ? { dash: dashed } : {}) }) : shape(d, '', { fill: 'none', stroke, width: num(style.strokewidth) || 3, ...(style.strokedasharray ? { dash: style.strokedasharray } : {}) }));
  }
}

const drawings = new Map<string, SVGTemplateResult>();

function draw(ms: Milsymbol, sidc: string, size: number): SVGTemplateResult {
  const key = `${sidc}|${size}`;
  let out = drawings.get(key);
  if (out) return out;
  // Cheap to rebuild; bounded so that many distinct codes cannot grow it without end.
  if (drawings.size > 500) drawings.clear();
  const symbol: MsSymbol = new ms.Symbol(sidc, { size: 100 });
  const colors = symbol.getColors();
  const affiliation = symbol.getMetadata().affiliation;
  const pick = (mode: unknown): string | undefined => (mode && typeof mode === 'object' ? (mode as Record<string, string>)[affiliation] : undefined);
  const ink = new Set(['black', 'rgb(0,0,0)', '#000', '#000000', pick(colors.iconColor), pick(colors.black), pick(colors.frameColor)].filter((c): c is string => c !== undefined));
  const scale = size / 100;
  const shapes: SVGTemplateResult[] = [];
  const instructions = (symbol as unknown as { drawInstructions: DrawInstruction[] }).drawInstructions;
  render(instructions, {}, { ink, scale }, shapes, { done: false });
  // milsymbol draws in a 200-unit square with the frame centred on (100, 100); a land friend frame is 100 units high.
  out = svg`<g class="milsymbol" transform="scale(${scale}) translate(-100,-100)">${shapes}</g>`;
  drawings.set(key, out);
  return out;
}

const waiting = new Map<string, Promise<SVGTemplateResult>>();

/**
 * The symbol of `sidc` drawn by milsymbol, `size` pixels for the height of a land friend frame,
 * centred on the origin like the built-in symbols. Until milsymbol has loaded (and for good if it
 * cannot load) `placeholder` is shown; the first call starts the download.
 */
export function renderMilsymbol(sidc: string, size: number, placeholder: SVGTemplateResult): SVGTemplateResult | ReturnType<typeof until> {
  if (milsymbol) return draw(milsymbol, sidc, size);
  if (failed) return placeholder;
  const key = `${sidc}|${size}`;
  let promise = waiting.get(key);
  if (!promise) {
    promise = loadMilsymbol().then((ms) => (ms ? draw(ms, sidc, size) : placeholder));
    waiting.set(key, promise);
  }
  return until(promise, placeholder);
}
