import { css } from 'lit';

/** Layout and text styles of `<oob-rank-table>`; the boards' paint is in `insignia-styles.ts`. */
export const styles = css`
  :host {
    container: oob-rank-table / inline-size;
  }
  .wrap {
    /* The element scrolls as a last resort; the page never does. */
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: calc(var(--_spacing) * 2);
    color: var(--oob-rank-text-color, var(--_text-color));
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_spacing);
  }
  .caption-note {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_muted-color);
  }
  th,
  td {
    border: 1px solid var(--_border-color);
    padding: 4px 6px;
    vertical-align: top;
  }
  .corner {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  th.group {
    background: var(--oob-rank-group-background, var(--_surface));
    font-weight: 600;
    text-align: center;
  }
  .rows th.group {
    text-align: start;
  }
  .row-head {
    background: var(--oob-rank-group-background, var(--_surface));
    text-align: start;
    white-space: nowrap;
    width: 1%;
  }
  .rank {
    position: relative;
    font-weight: normal;
    cursor: pointer;
  }
  .columns .rank,
  .columns .placeholder,
  .columns .none {
    text-align: center;
    font-size: 0.9em;
    min-width: 4.5rem;
  }
  .rows .rank {
    text-align: start;
  }
  .rows .name {
    font-weight: 600;
  }
  .rank[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  /* Linked from another view: a dashed frame, so it does not rely on colour alone. */
  .rank.linked {
    outline: 2px dashed var(--_accent);
    outline-offset: -4px;
  }
  .rank:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
  }
  .name,
  .native {
    display: block;
  }
  .native {
    margin-block-start: 2px;
    /* The line as tall as the name's own font says (ascent + descent): Arabic-script fonts with room
       for stacked marks (Noto Sans Arabic: over 2em) would otherwise reach into the English name above
       and the line below under the host's fixed 1.35. */
    line-height: normal;
  }
  /* Arabic script reads small next to Latin at the same size. */
  .native:is([lang|='ug'], [lang|='ar'], [lang|='fa'], [lang|='ur']) {
    font-family: var(--oob-rank-native-font-family, var(--_arabic-font-family));
    font-size: 1.15em;
  }
  .marks {
    /* Never below the 11px legibility floor, whatever the table's font size. */
    font-size: max(0.75em, 11px);
    color: var(--_muted-color);
    margin-inline-start: 1px;
  }
  .none,
  .placeholder,
  .muted {
    color: var(--_muted-color);
    font-style: italic;
  }
  .insignia-cell {
    text-align: center;
    vertical-align: middle;
  }
  .insignia-cell[data-rank] {
    cursor: pointer;
  }
  .rows .insignia-cell {
    width: 1%;
  }
  .insignia {
    display: inline-block;
    vertical-align: middle;
    height: var(--oob-insignia-size, var(--_insignia-size, 84px));
    width: auto;
    aspect-ratio: 60 / 150;
    overflow: visible;
  }
  .nato {
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .holder-badge {
    display: block;
    font-size: max(0.8em, 11px);
    color: var(--_muted-color);
  }
  .holders {
    display: none;
    position: absolute;
    z-index: 2;
    inset-block-start: 100%;
    inset-inline-start: 0;
    min-width: 13em;
    text-align: start;
    font-size: 0.95em;
    background: var(--_surface);
    color: var(--_text-color);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 6px 8px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
  }
  .tip-end .holders {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .rank:hover .holders,
  .rank:focus .holders {
    display: block;
  }
  .holders.dismissed {
    display: none !important;
  }
  .holders ul,
  .holders-inline ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .holders-inline {
    display: block;
    font-size: 0.9em;
    margin-block-start: 4px;
  }
  .holders-heading {
    color: var(--_muted-color);
  }
  .notes {
    font-size: 0.9em;
    color: var(--_text-color);
  }
  .notes-heading {
    font-weight: 600;
    margin: 0 0 4px;
  }
  .notes ol {
    margin: 0;
    /* Room for two-digit numbers: a comparison of several systems has more notes. */
    padding-inline-start: 2.4em;
  }
  .notes li + li {
    margin-block-start: 4px;
  }
  .sources {
    color: var(--_muted-color);
  }
  /* The comparison (systems="a b"): one column per system, a row per NATO code. */
  .compare .row-head {
    width: 1%;
    vertical-align: middle;
  }
  /* In the narrow form the system names head the rows: they wrap rather than push the ranks out. */
  .compare.rows .row-head {
    width: 35%;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .compare .code {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .compare .row-head.current,
  .compare th.group.current {
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .compare th.system {
    background: var(--oob-rank-group-background, var(--_surface));
    text-align: center;
  }
  .compare.columns th.system {
    min-width: 8rem;
  }
  .compare td.ranks {
    vertical-align: middle;
  }
  .entry {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 2px;
  }
  .entry + .entry {
    border-block-start: 1px dotted var(--_border-color);
  }
  .entry-insignia {
    flex: none;
    cursor: pointer;
  }
  .entry-text {
    flex: 1 1 auto;
    min-width: 0;
  }
  .entry-text .holders-inline {
    padding-inline: 4px;
  }
  .compare button.rank {
    display: block;
    width: 100%;
    margin: 0;
    padding: 4px;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  button.rank[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  /* An equivalent of the selection: a dashed frame and a word, so it does not rely on colour alone. */
  .entry.equivalent {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  /* Native names sit under the English name at the table's start, whatever their own direction:
     a fit-content block is placed by its container's direction. */
  .compare .native {
    width: fit-content;
    max-width: 100%;
  }
  .equivalent-badge {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_text-color);
  }
  .export {
    position: fixed;
    inset-inline-start: -100000px;
    inset-block-start: 0;
  }

  @container oob-rank-table (max-width: 30rem) {
    th,
    td {
      padding: 3px 4px;
    }
    .rows .insignia {
      height: min(var(--oob-insignia-size, var(--_insignia-size, 84px)), 64px);
    }
  }
  @media print {
    .holders,
    .holder-badge {
      display: none !important;
    }
    .wrap {
      overflow: visible;
    }
  }
`;
