import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/timeline/define.js';
import '../../../src/elements/dataset/define.js';
import type { OobTimeline } from '../../../src/elements/timeline/oob-timeline.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OrderOfBattle } from '../../../src/data/types.js';
import type { OobDateChangeEvent, OobErrorEvent, OobSelectEvent } from '../../../src/events/index.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';
import { emulateMediaFeatures, resetMedia } from '../../support/media.js';
import { OobTimeline as TimelineClass } from '../../../src/elements/timeline/oob-timeline.js';
import { THEME_TOKENS, privateName } from '../../../src/elements/shared/tokens.js';

const XSS = '<img src=x onerror="window.__xss = true">';

/** Four stops: Jun 1900 (month), 2 May 1901, 15 Mar 1902 (markup in its title), 1902 (year). */
function data(): OrderOfBattle {
  return {
    ...tinyOob(),
    events: [
      { id: 'battle', type: 'battle', date: '1901-05-02', title: 'Test battle', units: ['div1'] },
      { id: 'reorg', type: 'reorganization', date: '1902', title: 'Reorganised' },
      { id: 'formed', type: 'formation', date: '1900-06', title: 'Second division formed', units: ['div2'] },
      { id: 'xss', type: 'other', date: '1902-03-15', title: XSS },
    ],
  };
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const thumb = (el: OobTimeline) => shadow(el).querySelector('[role="slider"]') as HTMLElement;
const valueText = (el: OobTimeline) => thumb(el).getAttribute('aria-valuetext');
const round = (n: number) => Math.round(n * 100) / 100;

async function settle(...els: Element[]): Promise<void> {
  for (let i = 0; i < 3; i += 1) await Promise.all(els.map((el) => (el as OobTimeline).updateComplete));
  await aTimeout(0);
}

async function timeline(oob: OrderOfBattle | string = data()): Promise<{ el: OobTimeline; dates: string[] }> {
  const dates: string[] = [];
  const wrap = await fixture(html`<div style="width: 600px" @oob-date-change=${(e: OobDateChangeEvent) => dates.push(e.detail.date)}>
    <oob-timeline .data=${oob}></oob-timeline>
  </div>`);
  const el = wrap.querySelector('oob-timeline') as OobTimeline;
  await settle(el);
  return { el, dates };
}

async function clickAt(el: Element, selector: string, dx = 0): Promise<void> {
  const box = (shadow(el).querySelector(selector) as Element).getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2 + dx), Math.round(box.top + box.height / 2)] });
}

describe('<oob-timeline>', () => {
  afterEach(async () => {
    await resetMedia();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await resetMouse();
  });

  describe('when it draws the events', () => {
    it('should put a tick per stop on a time scale and start at the last event', async () => {
      const { el } = await timeline();
      const stops = [...shadow(el).querySelectorAll('g.stop')];
      expect(stops.map((g) => g.getAttribute('data-iso'))).to.deep.equal(['1900-06-30', '1901-05-02', '1902-03-15', '1902-12-31']);
      // Track 16..584 px over 1900-06-01 .. 1902-12-31 (944 days).
      expect(stops.map((g) => round(Number(g.querySelector('.tick')?.getAttribute('x1'))))).to.deep.equal([34.05, 218.17, 408.91, 584]);
      expect(stops[3]?.classList.contains('current')).to.equal(true);
      expect(round(parseFloat(thumb(el).style.left))).to.equal(584);
      expect(valueText(el)).to.equal('1902: Reorganised');
      expect([...shadow(el).querySelectorAll('.axis text')].map((t) => t.textContent)).to.deep.equal(['1901', '1902']);
    });

    it('should draw a span under the rail for dates known only to a month or a year', async () => {
      const { el } = await timeline();
      const spans = [...shadow(el).querySelectorAll('g.stop')].map((g) => g.querySelectorAll('.span').length);
      expect(spans).to.deep.equal([1, 0, 0, 1]);
    });

    it('should expose an ARIA slider with a name, bounds in days and the event as value text', async () => {
      const { el } = await timeline();
      const t = thumb(el);
      const day = (y: number, m: number, d: number) => String(Math.floor(Date.UTC(y, m - 1, d) / 86_400_000));
      expect([
        t.getAttribute('aria-label'),
        t.getAttribute('tabindex'),
        t.getAttribute('aria-valuemin'),
        t.getAttribute('aria-valuemax'),
        t.getAttribute('aria-valuenow'),
      ]).to.deep.equal(['Date', '0', day(1900, 6, 1), day(1902, 12, 31), day(1902, 12, 31)]);
    });

    it('should render event titles with markup as text', async () => {
      const { el } = await timeline();
      el.date = '1902-03-15';
      await settle(el);
      expect(shadow(el).querySelector('.event')?.textContent).to.equal(XSS);
      expect(valueText(el)).to.equal(`15 Mar 1902: ${XSS}`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      // onerror would fire asynchronously, after the image fails to load: give it time.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
    });

    it('should pass accessibility tests', async () => {
      const { el } = await timeline();
      await expect(el).to.be.accessible();
    });
  });

  describe('when keys are pressed on the slider', () => {
    it('should step from event to event and fire oob-date-change with each day', async () => {
      // Arrange
      const { el, dates } = await timeline();
      thumb(el).focus();
      // Act + Assert, key by key
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(valueText(el)).to.equal('Jun 1900: Second division formed');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(valueText(el)).to.equal('2 May 1901: Test battle');
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(dates).to.deep.equal([
        '1900-06-30',
        '1901-05-02',
        '1902-03-15',
        '1902-12-31',
        '1902-03-15',
        '1901-05-02',
        '1900-06-30',
        '1902-12-31',
      ]);
      expect(el.date).to.equal('1902-12-31');
      expect(shadow(el).activeElement).to.equal(thumb(el));
    });

    it('should fire nothing at the ends or for other keys', async () => {
      const { el, dates } = await timeline();
      thumb(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'x' });
      await settle(el);
      expect(dates).to.deep.equal([]);
    });

    it('should go from a date between events to its neighbours', async () => {
      const { el, dates } = await timeline();
      el.date = '1901-03';
      await settle(el);
      expect(valueText(el)).to.equal('Mar 1901, after Jun 1900: Second division formed');
      thumb(el).focus();
      await sendKeys({ press: 'ArrowLeft' });
      el.date = '1901-03';
      await settle(el);
      await sendKeys({ press: 'ArrowRight' });
      expect(dates).to.deep.equal(['1900-06-30', '1901-05-02']);
    });

    it('should swap Left and Right when the page is right to left', async () => {
      const dates: string[] = [];
      const wrap =
        await fixture(html`<div dir="rtl" style="width: 600px" @oob-date-change=${(e: OobDateChangeEvent) => dates.push(e.detail.date)}>
        <oob-timeline .data=${data()} date="1901-05-02"></oob-timeline>
      </div>`);
      const el = wrap.querySelector('oob-timeline') as OobTimeline;
      await settle(el);
      const x = [...shadow(el).querySelectorAll('g.stop .tick')].map((t) => round(Number(t.getAttribute('x1'))));
      expect(x[0]).to.be.greaterThan(x[3] as number);
      thumb(el).focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(dates).to.deep.equal(['1902-03-15', '1901-05-02', '1900-06-30']);
    });

    it('should turn right to left when an ancestor gets dir="rtl" after the first paint, at its next update', async () => {
      const dates: string[] = [];
      const wrap = await fixture(html`<div style="width: 600px" @oob-date-change=${(e: OobDateChangeEvent) => dates.push(e.detail.date)}>
        <oob-timeline .data=${data()} date="1901-05-02"></oob-timeline>
      </div>`);
      const el = wrap.querySelector('oob-timeline') as OobTimeline;
      await settle(el);
      const ticks = () => [...shadow(el).querySelectorAll('g.stop .tick')].map((t) => Number(t.getAttribute('x1')));
      expect(ticks()[0]).to.be.lessThan(ticks()[3] as number);
      wrap.setAttribute('dir', 'rtl');
      el.requestUpdate();
      await settle(el);
      expect(ticks()[0]).to.be.greaterThan(ticks()[3] as number);
      thumb(el).focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(dates).to.deep.equal(['1902-03-15']);
    });

    it('should pass accessibility tests with the slider focused, in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const { el } = await timeline();
      thumb(el).focus();
      await sendKeys({ press: 'Home' });
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the buttons or the track are clicked', () => {
    it('should step with the previous and next event buttons, which name their target', async () => {
      const { el, dates } = await timeline();
      const next = shadow(el).querySelector('.step.next') as HTMLElement;
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      await clickAt(el, '.step.next');
      await clickAt(el, '.step.previous');
      await settle(el);
      expect(shadow(el).querySelector('.step.previous')?.getAttribute('aria-label')).to.equal('Previous event: 2 May 1901: Test battle');
      expect(next.getAttribute('aria-label')).to.equal('Next event: 1902: Reorganised');
      await clickAt(el, '.step.next');
      await settle(el);
      expect(dates).to.deep.equal(['1902-03-15', '1902-12-31']);
    });

    it('should snap a click on the track to the nearest event and follow a drag', async () => {
      const { el, dates } = await timeline();
      const box = (shadow(el).querySelector('.track') as HTMLElement).getBoundingClientRect();
      const y = Math.round(box.top + 14);
      // 30 px right of the first tick (34.05) is nearest to it.
      await sendMouse({ type: 'click', position: [Math.round(box.left + 64), y] });
      await settle(el);
      expect(shadow(el).activeElement).to.equal(thumb(el));
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 230), y] });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 460), y] });
      await sendMouse({ type: 'up' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 30), y] });
      await settle(el);
      expect(dates).to.deep.equal(['1900-06-30', '1901-05-02', '1902-03-15']);
    });
  });

  describe('when a thumb is dragged', () => {
    /** Counts reads of the host's size and computed style: each one forces the page's layout or style. */
    function spyReads(host: Element): { count: () => number; restore: () => void } {
      let reads = 0;
      const widths = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
      const heights = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
      const computed = window.getComputedStyle;
      const counting = (own: PropertyDescriptor) => ({
        configurable: true,
        get(this: Element) {
          if (this === host) reads += 1;
          return own.get!.call(this);
        },
      });
      Object.defineProperty(Element.prototype, 'clientWidth', counting(widths));
      Object.defineProperty(Element.prototype, 'clientHeight', counting(heights));
      window.getComputedStyle = (el: Element, pseudo?: string | null) => {
        if (el === host) reads += 1;
        return computed.call(window, el, pseudo);
      };
      return {
        count: () => reads,
        restore: () => {
          Object.defineProperty(Element.prototype, 'clientWidth', widths);
          Object.defineProperty(Element.prototype, 'clientHeight', heights);
          window.getComputedStyle = computed;
        },
      };
    }

    it('should not read its size or direction on each move (each read lays out the page), and read them again after', async () => {
      const dates: string[] = [];
      const wrap = await fixture(html`<div style="width: 600px" @oob-date-change=${(e: OobDateChangeEvent) => dates.push(e.detail.date)}>
        <oob-dataset .data=${data()}><oob-timeline></oob-timeline></oob-dataset>
      </div>`);
      const provider = wrap.querySelector('oob-dataset') as OobDataset;
      const el = wrap.querySelector('oob-timeline') as OobTimeline;
      await settle(provider, el);
      const box = (shadow(el).querySelector('.track') as HTMLElement).getBoundingClientRect();
      const y = Math.round(box.top + 14);
      const reads = spyReads(el);
      try {
        await sendMouse({ type: 'move', position: [Math.round(box.left + 64), y] });
        await sendMouse({ type: 'down' });
        await settle(provider, el);
        const atDown = reads.count();
        expect(atDown, 'the press updates the chart as any change does: one read').to.be.at.least(1);
        for (const x of [150, 230, 300, 460, 540]) {
          await sendMouse({ type: 'move', position: [Math.round(box.left + x), y] });
          await settle(provider, el);
        }
        expect(provider.date, 'the drag moved the date').to.equal('1902-12-31');
        expect(reads.count() - atDown, 'reads while dragging').to.equal(0);
        await sendMouse({ type: 'up' });
        await sendKeys({ press: 'Home' });
        await settle(provider, el);
        expect(reads.count() - atDown, 'an update after the drag reads them again').to.be.at.least(1);
      } finally {
        reads.restore();
      }
      expect(valueText(el)).to.equal('Jun 1900: Second division formed');
    });
  });

  describe('when it is inside an <oob-dataset>', () => {
    async function linked() {
      const events: { type: string; target: EventTarget | null; detail: unknown }[] = [];
      const record = (e: Event) => events.push({ type: e.type, target: e.target, detail: (e as CustomEvent).detail });
      const wrap = await fixture(html`<div style="width: 600px" @oob-date-change=${record} @oob-select=${record}>
        <oob-dataset .data=${data()} date="1901-05-02"><oob-timeline></oob-timeline></oob-dataset>
      </div>`);
      const provider = wrap.querySelector('oob-dataset') as OobDataset;
      const el = wrap.querySelector('oob-timeline') as OobTimeline;
      await settle(provider, el);
      return { provider, el, events };
    }

    it("should show the provider's date and drive it, the provider firing oob-date-change once", async () => {
      const { provider, el, events } = await linked();
      expect(valueText(el)).to.equal('2 May 1901: Test battle');
      thumb(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(provider, el);
      expect(provider.date).to.equal('1902-03-15');
      expect(el.date).to.equal(undefined);
      expect(events).to.deep.equal([{ type: 'oob-date-change', target: provider, detail: { date: '1902-03-15' } }]);
      provider.date = '1900';
      await settle(provider, el);
      expect(valueText(el)).to.equal('1900, after Jun 1900: Second division formed');
      provider.date = '1899';
      await settle(provider, el);
      expect(valueText(el)).to.equal('1899, before the first event');
      expect(round(parseFloat(thumb(el).style.left))).to.equal(16);
    });

    it('should highlight the events linked to the shared selection and share a selected event', async () => {
      const { provider, el, events } = await linked();
      const div1 = provider.shared?.result?.ok ? provider.shared.result.dataset.unitsById.get('div1') : undefined;
      if (!div1) throw new Error('no unit');
      provider.select({ kind: 'unit', id: 'div1', unit: div1 });
      await settle(provider, el);
      expect([...shadow(el).querySelectorAll('g.stop.related')].map((g) => g.getAttribute('data-iso'))).to.deep.equal(['1901-05-02']);
      expect(shadow(el).querySelector('.event')?.getAttribute('aria-current')).to.equal('true');
      await clickAt(el, '.step.previous');
      await settle(provider, el);
      await clickAt(el, '.event');
      await settle(provider, el);
      const select = events.find((e) => e.type === 'oob-select') as { detail: OobSelectEvent['detail'] };
      expect([select.detail.kind, select.detail.id]).to.deep.equal(['event', 'formed']);
      expect(provider.selection?.id).to.equal('formed');
      expect([...shadow(el).querySelectorAll('g.stop.related')].map((g) => g.getAttribute('data-iso'))).to.deep.equal(['1900-06-30']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the data cannot be drawn', () => {
    it('should show the error panel and fire oob-error with paths', async () => {
      const errors: OobErrorEvent[] = [];
      const wrap = await fixture(
        html`<div @oob-error=${(e: OobErrorEvent) => errors.push(e)}><oob-timeline data='{"schemaVersion":"1.0"}'></oob-timeline></div>`,
      );
      const el = wrap.querySelector('oob-timeline') as OobTimeline;
      await settle(el);
      expect(errors.length).to.equal(1);
      expect(errors[0]?.detail.problems.some((p) => p.path === '/meta')).to.equal(true);
      expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
      expect(thumb(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('should say so when the dataset has no events', async () => {
      const { el } = await timeline({ ...data(), events: [] });
      expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.contain('no dated events');
      await expect(el).to.be.accessible();
    });

    it('should show the loading state while src loads', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const el = await fixture<OobTimeline>(html`<oob-timeline src="/slow.json"></oob-timeline>`);
        await settle(el);
        expect(shadow(el).querySelector('[part="loading"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  it('should use the built-in dataset by default and format dates per lang', async () => {
    const el = await fixture<OobTimeline>(html`<oob-timeline lang="de" date="1945-09" style="width: 700px"></oob-timeline>`);
    await settle(el);
    const september = new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(1945, 8, 1));
    expect(valueText(el)).to.equal(`${september}: Battles in the Wusu–Shihezi district; Battle for Shihezi and Jinghe`);
  });

  it('should use only private tokens that the theme defines', () => {
    const css = [TimelineClass.styles]
      .flat(3)
      .map((s) => String((s as { cssText?: string }).cssText ?? ''))
      .join('\n');
    const used = new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const defined = new Set(THEME_TOKENS.map(privateName));
    expect(used.size).to.be.greaterThan(8);
    expect([...used].filter((name) => !defined.has(name as string))).to.deep.equal([]);
  });

  it('should draw with system colours under forced colours and stay accessible', async () => {
    const { el } = await timeline();
    await emulateMediaFeatures({ 'forced-colors': 'active' });
    expect(getComputedStyle(el).getPropertyValue('--_accent').trim()).to.equal('Highlight');
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    expect(getComputedStyle(thumb(el)).backgroundColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
    await expect(el).to.be.accessible();
  });

  it('should print on white without the step buttons', async () => {
    const { el } = await timeline();
    el.setAttribute('theme', 'dark');
    await emulateMediaFeatures({}, 'print');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(shadow(el).querySelector('.step') as Element).display).to.equal('none');
  });

  it('should not animate the thumb when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await timeline();
    expect(getComputedStyle(thumb(el)).transitionDuration).to.equal('0s');
  });
});

describe('<oob-timeline range>', () => {
  const thumbs = (el: OobTimeline) => [...shadow(el).querySelectorAll<HTMLElement>('[role="slider"]')];
  const left = (t: HTMLElement) => t.getBoundingClientRect().left;

  async function linked(): Promise<{ provider: OobDataset; el: OobTimeline; changes: OobDateChangeEvent['detail'][] }> {
    const changes: OobDateChangeEvent['detail'][] = [];
    const provider = await fixture<OobDataset>(html`<oob-dataset .data=${data()} date="1902-03-15" compare="1901-05-02"
      @oob-date-change=${(e: OobDateChangeEvent) => changes.push(e.detail)}><div style="width: 600px"><oob-timeline range></oob-timeline></div></oob-dataset>`);
    const el = provider.querySelector('oob-timeline') as OobTimeline;
    await settle(provider, el);
    return { provider, el, changes };
  }

  it("should draw two named keyboard sliders at the provider's compare and date, the start before the end", async () => {
    const { el } = await linked();
    const [start, end] = thumbs(el) as [HTMLElement, HTMLElement];
    expect(thumbs(el)).to.have.length(2);
    expect(start.getAttribute('aria-label')).to.equal('Start date (compare from)');
    expect(end.getAttribute('aria-label')).to.equal('End date');
    expect(start.getAttribute('aria-valuetext')).to.contain('Test battle');
    expect(end.getAttribute('aria-valuetext')).to.contain('<img');
    expect(left(start)).to.be.lessThan(left(end));
    // Each bounds the other: the start's maximum is the end's value and the reverse.
    expect(start.getAttribute('aria-valuemax')).to.equal(end.getAttribute('aria-valuenow'));
    expect(end.getAttribute('aria-valuemin')).to.equal(start.getAttribute('aria-valuenow'));
    expect(shadow(el).querySelector('[part="range"]')?.textContent).to.match(/^Comparing 2 May 1901 with 15 Mar(ch)? 1902$/);
    await expect(el).to.be.accessible();
  });

  it('should drive the shared compare with the start thumb and the date with the end, never letting them cross', async () => {
    const { provider, el, changes } = await linked();
    const [start, end] = thumbs(el) as [HTMLElement, HTMLElement];
    start.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(provider, el);
    expect(provider.compare).to.equal('1900-06-30');
    expect(el.provided?.compare).to.equal('1900-06-30');
    // Up to the end and no further.
    await sendKeys({ press: 'End' });
    await settle(provider, el);
    expect(provider.compare).to.equal('1902-03-15');
    (thumbs(el)[1] as HTMLElement).focus();
    await sendKeys({ press: 'Home' });
    await settle(provider, el);
    expect(provider.date, 'the end stops at the start').to.equal('1902-03-15');
    await sendKeys({ press: 'End' });
    await settle(provider, el);
    expect(provider.date).to.equal('1902-12-31');
    expect(changes).to.deep.equal([
      { date: '1902-03-15', compare: '1900-06-30' },
      { date: '1902-03-15', compare: '1902-03-15' },
      { date: '1902-12-31', compare: '1902-03-15' },
    ]);
    void end;
  });

  it('should move the nearer thumb on a click and fire date and compare when standalone', async () => {
    const dates: OobDateChangeEvent['detail'][] = [];
    const wrap = await fixture(html`<div style="width: 600px" @oob-date-change=${(e: OobDateChangeEvent) => dates.push(e.detail)}>
      <oob-timeline range .data=${data()}></oob-timeline></div>`);
    const el = wrap.querySelector('oob-timeline') as OobTimeline;
    await settle(el);
    // Unset, the range spans every event: the start at the first, the end at the last.
    const [start, end] = thumbs(el) as [HTMLElement, HTMLElement];
    expect(start.getAttribute('aria-valuetext')).to.contain('Second division formed');
    expect(end.getAttribute('aria-valuetext')).to.contain('Reorganised');
    await clickAt(el, '.stop[data-iso="1901-05-02"] .tick');
    await settle(el);
    expect(el.compare).to.equal('1901-05-02');
    expect(dates).to.deep.equal([{ date: '1902-12-31', compare: '1901-05-02' }]);
    expect(document.activeElement === el && shadow(el).activeElement === thumbs(el)[0]).to.equal(true);
  });
});
