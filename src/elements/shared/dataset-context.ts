import { createContext } from '@lit/context';
import type { ParseResult } from '../../data/types.js';
import type { OobSelectDetail } from '../../events/index.js';

/** What `<oob-dataset>` shares with the charts inside it. */
export interface OobDatasetContextValue {
  /** The provider's parsed dataset, or its problems; `undefined` while loading. */
  result: ParseResult | undefined;
  /** The provider's current date (ISO), if one is set. */
  date: string | undefined;
  /** The date to compare `date` with (a range's start), if one is set. */
  compare: string | undefined;
  /** The current selection across linked views. */
  selection: OobSelectDetail | undefined;
  /** Charts call this to share a selection with their siblings. */
  select(selection: OobSelectDetail | undefined): void;
  /** Timelines call this to move the shared date. */
  setDate(date: string): void;
  /** Range timelines call this to move the shared comparison date (`undefined` ends comparing). */
  setCompare(compare: string | undefined): void;
}

export const oobDatasetContext = createContext<OobDatasetContextValue | undefined>(Symbol.for('oob-dataset'));
