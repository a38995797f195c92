// The side-by-side table `npm run bench` prints (Markdown, so it pastes into issues and notes).

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)) : '-');

/** ours / peer: below 1 means oob-charts is faster; `-` when the peer has no time for the case. */
export function ratio(row) {
  return typeof row.peerMs === 'number' && row.peerMs > 0 && typeof row.oursMs === 'number' ? row.oursMs / row.peerMs : undefined;
}

const middle = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * How far the ratio could move from run to run: the 2.5th and 97.5th percentiles of the ratio of
 * medians over 2,000 resamplings of each side's timings (a bootstrap, seeded so a report reads the
 * same twice). Undefined with fewer than 5 timings a side: too few to say.
 */
export function ratioInterval(row) {
  const ours = row.samples?.ours;
  const peer = row.samples?.peer;
  if (!ours || !peer || ours.length < 5 || peer.length < 5) return undefined;
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resample = (values) => middle(Array.from(values, () => values[Math.floor(random() * values.length)]));
  const ratios = Array.from({ length: 2000 }, () => resample(ours) / resample(peer)).sort((a, b) => a - b);
  return [ratios[Math.floor(ratios.length * 0.025)], ratios[Math.floor(ratios.length * 0.975)]];
}

export function printPairs(pairs) {
  if (pairs.length === 0) return;
  console.log(
    '\n== oob-charts side by side (median ms; ratio = oob-charts / peer, below 1 is faster, with the range 95% of resampled runs give; heap = JS heap the chart(s) keep after a full GC, MB, DOM nodes not included)\n',
  );
  console.log('| case | peer | peer ms | oob-charts ms | ratio | heap MB, peer / ours | runs, ours / peer |');
  console.log('|---|---|---|---|---|---|---|');
  let group;
  for (const r of pairs) {
    if (r.group !== group) {
      group = r.group;
      console.log(`| **${group}** | | | | | | |`);
    }
    const peerMs = typeof r.peerMs === 'number' ? num(r.peerMs) : r.peerMs;
    const q = ratio(r);
    const heap = r.peerHeapMB === undefined && r.oursHeapMB === undefined ? '' : `${num(r.peerHeapMB)} / ${num(r.oursHeapMB)}`;
    const range = ratioInterval(r);
    const shown = q === undefined ? '-' : `${q.toFixed(2)}${range ? ` (${range[0].toFixed(2)}–${range[1].toFixed(2)})` : ''}`;
    console.log(`| ${r.case} | ${r.peer} | ${peerMs} | ${num(r.oursMs)} | ${shown} | ${heap} | ${r.runs} |`);
  }
}
