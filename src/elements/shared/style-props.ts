import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

/** Style properties by name: CSS custom properties (`--x`) or hyphenated properties (`left`). */
export type StyleProps = Readonly<Record<string, string | number | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`) on every render,
 * the first included. Lit's `styleMap` writes a `style` attribute on its first render, which a page
 * with a strict Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks; CSSOM
 * writes are not subject to that policy. Use it as `${styleProps({...})}` in an element binding
 * position (`<div ${styleProps({ left: '4px' })}>`). Numbers are written as pixels for
 * non-custom properties. On the server it renders nothing, so positions arrive after hydration.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() must be used in an element position');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next.add(name);
      const text = typeof value === 'number' && !name.startsWith('--') ? `${value}px` : String(value);
      if (style.getPropertyValue(name) !== text) style.setProperty(name, text);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
