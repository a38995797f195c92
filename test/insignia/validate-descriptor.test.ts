import { expect } from '@open-wc/testing';
import { validateDescriptor } from '../../src/insignia/index.js';

const valid = {
  kind: 'shoulder-board',
  basis: 'reconstruction',
  shape: 'pointed',
  field: 'galloon',
  base: '#c9a227',
  piping: 'rgb(178, 34, 34)',
  stripes: { count: 2, color: 'hsl(0 70% 40% / 0.9)' },
  crossStripes: { count: 1, width: 'narrow', lengthwise: true },
  stars: { count: 3, size: 'large', arrangement: 'soviet', color: 'silver' },
  emblem: 'button',
};

describe('validateDescriptor', () => {
  it('validateDescriptor(valid) finds no problem', () => {
    expect(validateDescriptor(valid, '/x')).to.deep.equal([]);
  });

  it('validateDescriptor(non-object) is a wrong-type problem at the path', () => {
    expect(validateDescriptor('board', '/ranks/0/insignia')).to.deep.equal([
      { path: '/ranks/0/insignia', code: 'wrong-type', message: 'an insignia descriptor must be an object' },
    ]);
  });

  it('validateDescriptor(unknown shape) reports the path and the allowed values', () => {
    expect(validateDescriptor({ ...valid, shape: 'hexagon' }, '/i')).to.deep.equal([
      { path: '/i/shape', code: 'unknown-value', message: 'unknown shape "hexagon"; expected pointed, rounded or square' },
    ]);
  });

  it('validateDescriptor(missing required fields) lists each', () => {
    const codes = validateDescriptor({ kind: 'shoulder-board' }, '').map((p) => `${p.path} ${p.code}`);
    expect(codes).to.deep.equal(['/basis missing-field', '/shape missing-field', '/field missing-field']);
  });

  it('validateDescriptor(negative, fractional, infinite, too many) rejects bad counts', () => {
    const problems = (stars: unknown) =>
      validateDescriptor({ ...valid, stars: { size: 'small', count: stars } }, '').map((p) => `${p.path} ${p.code}`);
    expect(problems(-1)).to.deep.equal(['/stars/count negative-number']);
    expect(problems(1.5)).to.deep.equal(['/stars/count wrong-type']);
    expect(problems(Number.POSITIVE_INFINITY)).to.deep.equal(['/stars/count non-finite-number']);
    expect(problems(6)).to.deep.equal(['/stars/count too-large']);
    expect(problems('2')).to.deep.equal(['/stars/count wrong-type']);
  });

  it('validateDescriptor(four wide cross-stripes) is too many for the board', () => {
    const problems = validateDescriptor({ ...valid, crossStripes: { count: 4, width: 'wide' } }, '');
    expect(problems.map((p) => p.code)).to.deep.equal(['too-large']);
    expect(validateDescriptor({ ...valid, crossStripes: { count: 5, width: 'narrow' } }, '')).to.deep.equal([]);
  });

  it('validateDescriptor(unsafe colour) refuses url(), declarations and non-strings', () => {
    const paths = validateDescriptor(
      { ...valid, base: 'url(https://example.org/x)', piping: 'red; background: red', stars: { count: 1, size: 'small', color: 3 } },
      '',
    ).map((p) => `${p.path} ${p.code}`);
    expect(paths).to.deep.equal(['/base unknown-value', '/piping unknown-value', '/stars/color wrong-type']);
  });

  it('validateDescriptor(wrong enumerations and parts) reports each path', () => {
    const paths = validateDescriptor(
      {
        ...valid,
        kind: 'sleeve',
        basis: 'rumour',
        field: 'tartan',
        emblem: 'eagle',
        stripes: 2,
        stars: { count: 1, size: 'huge', arrangement: 'circle' },
        crossStripes: { count: 1, width: 'thin', lengthwise: 'yes' },
      },
      '/r',
    ).map((p) => p.path);
    expect(paths).to.deep.equal([
      '/r/kind',
      '/r/basis',
      '/r/field',
      '/r/emblem',
      '/r/stripes',
      '/r/crossStripes/width',
      '/r/crossStripes/lengthwise',
      '/r/stars/size',
      '/r/stars/arrangement',
    ]);
  });
});
