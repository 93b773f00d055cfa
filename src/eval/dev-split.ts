/**
 * The fixed split of the real development set (../shared/corpus/dev, 29 articles): an article whose
 * file name starts with an odd number is **sealed** (never debugged against, only scored), an even
 * number is **open** (error analysis and calibration allowed). The rule was fixed before any
 * extraction rule was changed for issue #8 and depends on nothing but the file name.
 */
import path from 'node:path';

export type DevPart = 'open' | 'sealed';

/** Which part an article id ("41_otay-mesa-fentanyl-sinks.txt") belongs to. */
export function devPart(articleId: string): DevPart {
  const n = Number.parseInt(path.basename(articleId), 10);
  if (!Number.isInteger(n)) throw new Error(`dev article ${articleId} has no leading number`);
  return n % 2 === 1 ? 'sealed' : 'open';
}
