import { expect } from '@open-wc/testing';
import { OnDemand, OnDemandUse } from '../../../src/elements/shared/on-demand.js';

/** A host that counts the updates it is asked for. */
function host(): { requestUpdate(): void; updates: number } {
  return {
    updates: 0,
    requestUpdate() {
      this.updates += 1;
    },
  } as { requestUpdate(): void; updates: number };
}

describe('OnDemand', () => {
  it('imports once, then gives the module itself', async () => {
    let imports = 0;
    const code = new OnDemand(async () => ((imports += 1), { answer: 42 }));
    expect(code.loaded).to.equal(undefined);
    const first = code.load();
    expect(first).to.be.instanceOf(Promise);
    expect(code.load()).to.equal(first);
    const module = await first;
    expect(code.loaded).to.equal(module);
    expect(code.load()).to.equal(module);
    expect(imports).to.equal(1);
  });

  it('a failed import is tried again by the next load', async () => {
    let imports = 0;
    const code = new OnDemand(async () => {
      imports += 1;
      if (imports === 1) throw new Error('network');
      return { ok: true };
    });
    let failed = false;
    await Promise.resolve(code.load()).catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(code.loaded).to.equal(undefined);
    expect(await code.load()).to.deep.equal({ ok: true });
    expect(imports).to.equal(2);
  });
});

describe('OnDemandUse', () => {
  it('gives undefined while loading, updates the host once the module arrives, and pending waits for it', async () => {
    const h = host();
    const use = new OnDemandUse(h as never);
    const code = new OnDemand(async () => ({ draw: 'x' }));
    expect(use.use(code)).to.equal(undefined);
    expect(use.use(code)).to.equal(undefined);
    const pending = use.pending;
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(h.updates).to.equal(1);
    expect(use.use(code)).to.deep.equal({ draw: 'x' });
    expect(use.pending).to.equal(undefined);
  });

  it('a failed load is not retried by the updates that follow (no loop), and pending settles', async () => {
    const h = host();
    const use = new OnDemandUse(h as never);
    let imports = 0;
    const code = new OnDemand<{ x: number }>(async () => {
      imports += 1;
      throw new Error('network');
    });
    expect(use.use(code)).to.equal(undefined);
    expect(use.isLoading(code)).to.equal(true);
    await use.pending;
    // The host draws again, so it can say the code is missing.
    expect(h.updates).to.equal(1);
    expect(use.hasFailed(code)).to.equal(true);
    expect(use.isLoading(code)).to.equal(false);
    expect(use.use(code)).to.equal(undefined);
    expect(use.pending).to.equal(undefined);
    expect(imports).to.equal(1);
  });
});
