/**
 * milsymbol's drawing of a SIDC as plain shape data. This module and milsymbol form the chunk
 * that `./milsymbol.ts` loads on demand; it imports nothing else (not even Lit), so the bundle
 * needs no shared chunk and pages that never load it pay nothing.
 *
 * The shapes come from milsymbol's drawing instructions, not its SVG text, so no markup from
 * strings is ever inserted. Black ink takes the classes of the built-in symbols (`icon` stroked,
 * `icon-fill` filled) and the frame the class `frame`, so themes and forced colours apply to both
 * kinds of symbol; other colours (white, the fill colours some icons use) stay as milsymbol has them.
 */
import ms from 'milsymbol';
import type { DrawInstruction } from 'milsymbol';

/** One shape, in milsymbol's 200-unit square; `fixed` strokes keep their CSS pixel width whatever the scale. */
export type MsShape =
  | { tag: 'g'; transform: string; children: MsShape[] }
  | {
      tag: 'path' | 'circle' | 'text';
      cls?: string;
      d?: string;
      cx?: number;
      cy?: number;
      r?: number;
      x?: number;
      y?: number;
      fontSize?: number;
      anchor?: string;
      text?: string;
      fill?: string;
      stroke?: string;
      width?: number;
      dash?: string;
      opacity?: number;
      fixed?: boolean;
    };

type Style = { fill?: string | false; stroke?: string | false; strokewidth?: number; strokedasharray?: string; fillopacity?: number };
type Instruction = DrawInstruction & Style & { icon?: boolean; draw?: DrawInstruction[]; text?: unknown };

const num = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
/** Colours milsymbol writes (names, #hex, rgb()); anything else (url(), expressions) is dropped. */
const colour = (c: unknown): string => (typeof c === 'string' && /^(#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d.,\s%]+\))$/i.test(c) ? c : 'none');
/** Dash lengths in pixels, for strokes drawn at a fixed pixel width. */
const dash = (value: string | undefined, scale: number): string | undefined =>
  value === undefined
    ? undefined
    : value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((n) => Math.round(Number(n) * scale * 10) / 10 || 0)
        .join(' ');

function geometry(d: Instruction): MsShape {
  if (d.type === 'circle') return { tag: 'circle', cx: num(d.cx), cy: num(d.cy), r: num(d.r) };
  if (d.type === 'text') {
    const anchor = d.textanchor === 'start' || d.textanchor === 'end' ? d.textanchor : 'middle';
    return { tag: 'text', x: num(d.x), y: num(d.y), fontSize: num(d.fontsize), anchor, text: String(d.text ?? '') };
  }
  return { tag: 'path', d: typeof (d as { d?: unknown }).d === 'string' ? (d as { d: string }).d : '' };
}

interface Context {
  ink: ReadonlySet<string>;
  scale: number;
  frameDone: boolean;
}

function convert(list: readonly unknown[], inherited: Style, ctx: Context, out: MsShape[]): void {
  for (const item of list) {
    if (Array.isArray(item)) {
      convert(item, inherited, ctx, out);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const d = item as Instruction;
    const style: Style = { ...inherited };
    for (const key of ['fill', 'stroke', 'strokewidth', 'strokedasharray', 'fillopacity'] as const)
      if (key in d) (style as Record<string, unknown>)[key] = d[key];
    const type = d.type as string;
    if (type === 'translate' || type === 'rotate' || type === 'scale' || type === 'clip') {
      const children: MsShape[] = [];
      convert(d.draw ?? [], style, ctx, children);
      const g = d as { x?: unknown; y?: unknown; degree?: unknown; factor?: unknown };
      const transform =
        type === 'translate'
          ? `translate(${num(g.x)},${num(g.y)})`
          : type === 'rotate'
            ? `rotate(${num(g.degree)},${num(g.x)},${num(g.y)})`
            : type === 'scale'
              ? `scale(${num(g.factor)})`
              : '';
      out.push({ tag: 'g', transform, children });
      continue;
    }
    // Raw SVG fragments (custom icons) are never inserted.
    if (type !== 'path' && type !== 'circle' && type !== 'text') continue;
    const fill = style.fill ? colour(style.fill) : 'none';
    const stroke = style.stroke ? colour(style.stroke) : 'none';
    const dashed = dash(style.strokedasharray, ctx.scale);
    const shape = geometry(d);
    if (!ctx.frameDone && !d.icon && type !== 'text') {
      // The first shape is the frame: the theme colours it by affiliation (`.symbol.<affiliation> .frame`).
      ctx.frameDone = true;
      out.push({ ...shape, cls: 'frame', fixed: true, ...(dashed ? { dash: dashed } : {}) } as MsShape);
      continue;
    }
    ctx.frameDone = true;
    if (type === 'text') {
      out.push({ ...shape, ...(ctx.ink.has(fill) ? { cls: 'icon-fill' } : { fill }) } as MsShape);
      continue;
    }
    if (fill !== 'none') {
      const opacity = style.fillopacity;
      out.push({
        ...shape,
        ...(ctx.ink.has(fill) ? { cls: 'icon-fill' } : { fill, stroke: 'none', ...(opacity === undefined ? {} : { opacity }) }),
      } as MsShape);
    }
    if (stroke !== 'none') {
      const own = {
        fill: 'none',
        stroke,
        width: num(style.strokewidth) || 3,
        ...(style.strokedasharray ? { dash: style.strokedasharray } : {}),
      };
      out.push({ ...shape, ...(ctx.ink.has(stroke) ? { cls: 'icon', fixed: true, ...(dashed ? { dash: dashed } : {}) } : own) } as MsShape);
    }
  }
}

/** The shapes of `sidc` as milsymbol draws it, for a symbol whose land friend frame is `size` pixels high. */
export function drawMilsymbol(sidc: string, size: number): MsShape[] {
  // The staff as long as the built-in one (40 units below the frame), so it stays clear of the label under the symbol.
  const symbol = new ms.Symbol(sidc, { size: 100, hqStaffLength: 40 });
  const colors = symbol.getColors();
  const affiliation = symbol.getMetadata().affiliation;
  const pick = (mode: unknown): string | undefined =>
    mode && typeof mode === 'object' ? (mode as Record<string, string>)[affiliation] : undefined;
  const inks = ['black', 'rgb(0,0,0)', '#000', '#000000', pick(colors.iconColor), pick(colors.black), pick(colors.frameColor)];
  const ink = new Set(inks.filter((c): c is string => c !== undefined));
  const out: MsShape[] = [];
  convert((symbol as unknown as { drawInstructions: unknown[] }).drawInstructions, {}, { ink, scale: size / 100, frameDone: false }, out);
  return out;
}
