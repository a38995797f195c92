/** What the pointer and focus handlers need from the chart. */
export interface PointerHost {
  /** Whether the drawn node `id` is expanded (undefined when it is not drawn). */
  isExpanded(id: string): boolean | undefined;
  /** Makes `id` the tab stop (and shows its tooltip again if it was dismissed). */
  activate(id: string): void;
  toggle(id: string, expanded: boolean): void;
  select(id: string): void;
  hover(id: string | undefined): void;
  focusWithin(focused: boolean): void;
}

/** The unit id of the node an event came from, if any. */
export function closestNodeId(event: Event): string | undefined {
  for (const target of event.composedPath())
    if (target instanceof SVGElement && target.classList.contains('node')) return target.dataset.id;
  return undefined;
}

const onBadge = (event: Event): boolean => event.composedPath().some((t) => t instanceof Element && t.classList.contains('badge'));

/**
 * Delegated listeners (one set for the whole tree, not per node): a click selects, a click on the
 * badge or a double-click toggles, focus makes a node the tab stop, hover picks the tooltip.
 */
export function pointerHandlers(host: PointerHost) {
  const toggle = (id: string) => host.toggle(id, !host.isExpanded(id));
  return {
    click(event: MouseEvent): void {
      const id = closestNodeId(event);
      if (id === undefined) return;
      host.activate(id);
      if (onBadge(event)) toggle(id);
      else host.select(id);
    },
    dblclick(event: MouseEvent): void {
      const id = closestNodeId(event);
      if (id !== undefined && !onBadge(event)) toggle(id);
    },
    focusin(event: FocusEvent): void {
      const id = closestNodeId(event);
      if (id === undefined) return;
      host.activate(id);
      host.focusWithin(true);
    },
    focusout(event: FocusEvent): void {
      const next = event.relatedTarget;
      if (!(next instanceof Element) || !next.closest('.node')) host.focusWithin(false);
    },
    pointerover(event: PointerEvent): void {
      host.hover(closestNodeId(event));
    },
    pointerleave(): void {
      host.hover(undefined);
    },
  };
}
