import { aTimeout, expect } from '@open-wc/testing';
import { collectGarbage, leftovers, listenerList } from '../support/lifecycle.js';
import '../../src/elements/dataset/define.js';
import '../../src/elements/hierarchy/define.js';
import '../../src/elements/rank-table/define.js';
import '../../src/elements/strength-chart/define.js';
import '../../src/elements/timeline/define.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { scaled } from '../support/stress.js';

/**
 * Create, attach, move to another parent, remove: repeated per element, that must leave no instance,
 * listener, observer, timer or animation frame behind (the outside probe: 1,000 cycles per element).
 * One warm-up round comes first, since module-level singletons (shared media-query listeners, style
 * sheets) are allowed once.
 */
const TAGS = ['oob-hierarchy', 'oob-strength-chart', 'oob-rank-table', 'oob-timeline', 'oob-dataset'] as const;
const CYCLES = scaled(60, 1_000);

type Updating = HTMLElement & { data?: unknown; updateComplete?: Promise<unknown> };

async function settle(): Promise<void> {
  // Long enough for debounce timers and a transition frame to run out.
  await aTimeout(400);
  await new Promise((r) => requestAnimationFrame(r));
  await aTimeout(50);
}

function make(tag: string, data: unknown): Updating {
  const el = document.createElement(tag) as Updating;
  el.style.cssText = 'display:block;width:400px;height:300px';
  el.data = data;
  if (tag === 'oob-dataset') el.append(document.createElement('oob-timeline'));
  return el;
}

async function cycles(tag: string, count: number, refs: WeakRef<HTMLElement>[] | undefined): Promise<void> {
  const a = document.createElement('div');
  const b = document.createElement('div');
  document.body.append(a, b);
  const data = tinyOob();
  for (let i = 0; i < count; i += 1) {
    const el = make(tag, data);
    a.append(el);
    await el.updateComplete;
    b.append(el); // a move: disconnected and connected again
    await el.updateComplete;
    if (i % 2 === 0) await new Promise((r) => requestAnimationFrame(r)); // let observers and frames start
    el.remove();
    refs?.push(new WeakRef(el));
  }
  a.remove();
  b.remove();
}

/** An element that leaks each thing once per connection: the counters must see all of it. */
const kept: HTMLElement[] = [];
class LeakyProbe extends HTMLElement {
  connectedCallback(): void {
    window.addEventListener('resize', () => {});
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {});
    new ResizeObserver(() => {}).observe(this);
    setInterval(() => {}, 60_000);
    requestAnimationFrame(function again() {
      requestAnimationFrame(again);
    });
    kept.push(this);
  }
}
customElements.define('oob-leaky-probe', LeakyProbe);

describe('the lifecycle counters', () => {
  it('see every kind of leftover of a leaking element', async () => {
    const before = leftovers();
    const refs: WeakRef<HTMLElement>[] = [];
    await cycles('oob-leaky-probe', 3, refs);
    await settle();
    const after = leftovers();
    // Connected twice per cycle (attach, then move): two of each per cycle, three cycles.
    expect(after.listeners - before.listeners).to.equal(12);
    expect(after.observations - before.observations).to.equal(6);
    expect(after.timers - before.timers).to.equal(6);
    expect(after.frames - before.frames).to.be.at.least(6);
    collectGarbage();
    expect(refs.filter((r) => r.deref() !== undefined)).to.have.length(3);
  });
});

describe(`element lifecycles: ${CYCLES} create/move/remove cycles per element leave nothing behind (issue 12)`, function () {
  this.timeout(900_000);

  for (const tag of TAGS) {
    it(`<${tag}>: no listener, observer, timer, frame or instance left after ${CYCLES} cycles`, async () => {
      await cycles(tag, 3, undefined);
      await settle();
      const before = leftovers();
      const beforeListeners = listenerList();
      const refs: WeakRef<HTMLElement>[] = [];
      await cycles(tag, CYCLES, refs);
      await settle();
      const after = leftovers();
      const added = listenerList().filter(
        (l, i, all) => all.indexOf(l) === i && listenerList().filter((x) => x === l).length > beforeListeners.filter((x) => x === l).length,
      );
      expect(after, `leftovers (new listeners: ${added.join(', ')})`).to.deep.equal(before);
      expect(collectGarbage(), 'the browser exposes gc() (scripts/chromium-flags.mjs)').to.equal(true);
      // A busy machine can deliver a last queued callback late, and the browser holds an observed
      // element until the observation queued before its removal is delivered at a rendering step: let
      // frames run and collect a few times over up to ~3 s; a real leak keeps its instances however long we wait.
      const aliveAfterWaiting = async (round: WeakRef<HTMLElement>[]): Promise<number> => {
        let alive = round.filter((r) => r.deref() !== undefined).length;
        for (let i = 0; i < 15 && alive > 0; i += 1) {
          await aTimeout(i < 3 ? 20 : 200);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          collectGarbage();
          alive = round.filter((r) => r.deref() !== undefined).length;
        }
        return alive;
      };
      let alive = await aliveAfterWaiting(refs);
      const allowed = Math.max(1, Math.ceil(CYCLES / 100));
      let note = '';
      if (alive > allowed) {
        // Now and then (about one run in ten on a 2-core machine, a different element and count each
        // time: 1, 7, 29 of 60; once 6 hierarchies and 2 rank tables that a second round did not
        // release either) Chromium holds a few removed elements for longer than that. A leak keeps
        // instances in every round, so a second round, counted on its own, gives the verdict.
        const again: WeakRef<HTMLElement>[] = [];
        await cycles(tag, Math.min(CYCLES, 60), again);
        await settle();
        const aliveAgain = await aliveAfterWaiting(again);
        note = ` in a second round (${alive} of the first round's)`;
        alive = aliveAgain;
      }
      console.log(
        `lifecycle <${tag}>: ${CYCLES} cycles, ${alive} instances alive after gc${note}, leftovers ${JSON.stringify(after)} (before ${JSON.stringify(before)})`,
      );
      // Nearly none: with two test pages running at once, Chromium now and then still holds a few of
      // the elements removed last. A leak keeps one instance per cycle, as the leaking probe above does.
      expect(alive, 'instances still alive after gc').to.be.at.most(allowed);
    });
  }
});
