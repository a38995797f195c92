import { expect } from '@open-wc/testing';

describe('entry points: pay only for what you use', () => {
  it('oob-charts exports the whole data API of oob-charts/data except the built-in dataset, which loads on demand', async () => {
    const main = await import('../../src/index.js');
    const data = await import('../../src/data/index.js');
    const missing = Object.keys(data).filter((name) => name !== 'iliNationalArmy' && !(name in main));
    expect(missing).to.deep.equal([]);
    expect('iliNationalArmy' in main).to.equal(false);
    const builtIn = await main.loadBuiltInDataset();
    expect(builtIn.ok && builtIn.dataset.source.meta.title).to.contain('Ili National Army');
  });

  it('no element entry imports the built-in dataset statically', async () => {
    // The dev server serves each module as written; a static import would show in the module text.
    for (const name of ['hierarchy', 'strength-chart', 'rank-table', 'dataset', 'timeline']) {
      const seen = new Set<string>();
      const queue = [`/src/elements/${name}/define.ts`];
      while (queue.length > 0) {
        const url = queue.pop() as string;
        if (seen.has(url)) continue;
        seen.add(url);
        const text = await (await fetch(url)).text();
        // Static imports only (`import ... from '...'` / `export ... from '...'`), not `import('...')`.
        for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"();]*?from\s*['"]([^'"]+)['"]/g)) {
          if (!spec || !spec.startsWith('.') || spec.includes('node_modules')) continue;
          queue.push(new URL(spec.replace(/\.js$/, '.ts'), `${location.origin}${url}`).pathname);
        }
      }
      const statically = [...seen].filter((u) => u.includes('ili-national-army'));
      expect(statically, name).to.deep.equal([]);
      expect(seen.size, `${name} walked its imports`).to.be.greaterThan(10);
    }
  });
});
