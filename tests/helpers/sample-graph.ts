import type { Database } from '../../src/db/client';
import { ingest } from './ingest';

/**
 * Fills the (empty) test database with the sample corpus (data/sample, the five seed articles),
 * through the real ingestion pipeline, so the API is tested on the graph users get.
 */
export async function seedSampleGraph(db: Database): Promise<void> {
  const report = await ingest(db);
  if (report.articlesIngested === 0) {
    throw new Error(`the sample corpus did not ingest: ${JSON.stringify(report.skipped)}`);
  }
}
