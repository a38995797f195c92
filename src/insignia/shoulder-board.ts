import type { ShoulderBoardDescriptor } from '../data/types.js';
import { boardOutline } from './board-outline.js';
import { crossStripeRects } from './cross-stripe-rects.js';
import { BOARD } from './dimensions.js';
import { emblemShape } from './emblem-shape.js';
import { fieldPattern } from './field-pattern.js';
import { starShapes } from './star-shapes.js';
import { stripeRects } from './stripe-rects.js';
import type { ShoulderBoardGeometry } from './types.js';

/**
 * Turns a shoulder-board descriptor into SVG geometry (millimetres, collar end up). Pure and
 * deterministic: the same descriptor always gives the same numbers. Expects a descriptor that
 * {@link validateDescriptor} accepts.
 */
export function shoulderBoard(descriptor: ShoulderBoardDescriptor): ShoulderBoardGeometry {
  const { width, length, point, piping } = BOARD;
  const outline = boardOutline(descriptor.shape, 0, 0, width, length, point);
  const piped = descriptor.piping !== undefined;
  // The field keeps the outline's angle: its point shrinks with its width.
  const inner = width - 2 * piping;
  const field = piped ? boardOutline(descriptor.shape, piping, piping, inner, length - piping, (point * inner) / width) : outline;
  const geometry: ShoulderBoardGeometry = {
    width,
    height: length,
    outline,
    field,
    piped,
    stripes: stripeRects(descriptor.stripes?.count ?? 0),
    crossStripes: crossStripeRects(descriptor.crossStripes),
    stars: starShapes(descriptor),
  };
  const pattern = fieldPattern(descriptor.field);
  if (pattern) geometry.pattern = pattern;
  const emblem = emblemShape(descriptor.emblem);
  if (emblem) geometry.emblem = emblem;
  if (descriptor.base !== undefined) geometry.base = descriptor.base;
  if (descriptor.piping !== undefined) geometry.piping = descriptor.piping;
  if (descriptor.stripes?.color !== undefined) geometry.stripeColor = descriptor.stripes.color;
  if (descriptor.crossStripes?.color !== undefined) geometry.crossStripeColor = descriptor.crossStripes.color;
  if (descriptor.stars?.color !== undefined) geometry.starColor = descriptor.stars.color;
  return geometry;
}
