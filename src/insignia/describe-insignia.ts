import type { ShoulderBoardDescriptor } from '../data/types.js';
import { colourName } from './colour-name.js';

function words(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function counted(count: number, adjectives: string, noun: string): string {
  const [number, ...rest] = plural(count, noun).split(' ');
  return words(number, adjectives, rest.join(' '));
}

function basisPhrase(d: ShoulderBoardDescriptor): string {
  if (d.basis === 'described') return 'documented insignia';
  const follows = d.follows?.trim();
  if (!follows) return 'reconstruction';
  return /^(the|a|an)\s/i.test(follows) ? `reconstruction after ${follows}` : `reconstruction after the ${follows}`;
}

/**
 * An English text alternative for a shoulder board, e.g. "Shoulder board, zigzag gold field, red
 * piping, 2 large silver stars, button (reconstruction after the Soviet 1943 pattern)". It says
 * whether the insignia is documented or a reconstruction, so it can never pass for a documented one.
 */
export function describeInsignia(d: ShoulderBoardDescriptor): string {
  const base = colourName(d.base);
  const head =
    d.shape === 'pointed' ? 'Shoulder board' : d.shape === 'rounded' ? 'Shoulder board with a rounded end' : 'Square-ended shoulder board';
  const field =
    d.field === 'zigzag'
      ? words('zigzag', base, 'field')
      : d.field === 'galloon'
        ? words(base, 'galloon field')
        : words('plain', base, 'field');
  const parts = [head, field];
  if (d.piping !== undefined) parts.push(words(colourName(d.piping), 'piping'));
  const stripes = d.stripes?.count ?? 0;
  if (stripes > 0) parts.push(counted(stripes, words(colourName(d.stripes?.color)), 'lengthwise stripe'));
  const cross = d.crossStripes;
  if (cross && (cross.count > 0 || cross.lengthwise)) {
    const colour = colourName(cross.color);
    const bars = cross.count > 0 ? counted(cross.count, words(cross.width, colour), 'cross-stripe') : '';
    const stem = cross.lengthwise ? words('a wide lengthwise', colour, 'stripe') : '';
    parts.push(bars && stem ? `${bars} over ${stem} (a "T")` : bars || stem);
  }
  const stars = d.stars;
  if (stars && stars.count > 0) {
    const arranged =
      stars.count > 1 && stars.arrangement === 'line'
        ? ' in a row'
        : stars.count > 1 && stars.arrangement === 'column'
          ? ' in a column'
          : '';
    parts.push(counted(stars.count, words(stars.size, colourName(stars.color)), 'star') + arranged);
  }
  if (d.emblem === 'button') parts.push('button');
  else if (d.emblem === 'star') parts.push('star emblem');
  else if (d.emblem === 'wreath') parts.push('button in a wreath');
  return `${parts.join(', ')} (${basisPhrase(d)})`;
}
