import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/client';
import { ingestPaths, type PipelineOptions } from '../../src/ingest/pipeline';
import type { IngestReport } from '../../src/ingest/report';

/** The sample corpus `npm start` ingests (the five seed articles, junk included). */
export const SAMPLE_DIR = path.join(PROJECT_ROOT, 'data', 'sample');

/** Runs the real pipeline over `paths` (the sample corpus by default). */
export function ingest(
  db: Database,
  paths: string[] = [SAMPLE_DIR],
  opts: Partial<PipelineOptions> = {},
): Promise<IngestReport> {
  return ingestPaths(paths, { db, batchSize: 50, maxFileBytes: 5 * 1024 * 1024, ...opts });
}
