// The side-by-side table `npm run bench` prints (Markdown, so it pastes into issues and notes).

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? (v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)) : '-');

/** ours / peer: below 1 means oob-charts is faster; `-` when the peer has no time for the case. */
export function ratio(row) {
  return typeof row.peerMs === 'number' && row.peerMs > 0 && typeof row.oursMs === 'number' ? row.oursMs / row.peerMs : undefined;
}

export function printPairs(pairs) {
  if (pairs.length === 0) return;
  console.log(
    '\n== oob-charts side by side (median ms; ratio = oob-charts / peer, below 1 is faster; heap = JS heap the chart(s) keep after a full GC, MB, DOM nodes not included)\n',
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
    console.log(`| ${r.case} | ${r.peer} | ${peerMs} | ${num(r.oursMs)} | ${q === undefined ? '-' : q.toFixed(2)} | ${heap} | ${r.runs} |`);
  }
}
