import type { Factuality } from '../model/report.js';

/** The factuality of one event told by several articles. */
export function combineFactuality(a: Factuality, b: Factuality): Factuality {
  if (a === b) return a;
  if (a === 'DISPUTED' || b === 'DISPUTED') return 'DISPUTED';
  if (a === 'DENIED' || b === 'DENIED') return 'DISPUTED';
  return 'REPORTED';
}
