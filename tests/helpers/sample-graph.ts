import { statements } from '../../src/db/cypher';
import type { Database } from '../../src/db/client';
import { nameKey } from '../../src/domain/names';

/**
 * Fills the (empty) test database with the sample graph of the five seed articles.
 *
 * TODO(lead): when the ingestion pipeline lands, replace the body with an ingest of
 * /work/shared/corpus/seed; the API tests only assert properties of that data.
 */
export async function seedSampleGraph(db: Database): Promise<void> {
  const [last, ...rest] = statements('test/seed-sample-graph').reverse();
  const rows = await db.writeTx(async (tx) => {
    for (const statement of rest.reverse()) await db.runText(tx, statement);
    const result = await db.runText(tx, last ?? '');
    return result.records.map((r) => r.toObject() as { id: string; name: string; aliases: string[] });
  });
  const keyed = rows.map((r) => ({
    id: r.id,
    nameKey: nameKey(r.name),
    aliasKeys: [...new Set([r.name, ...r.aliases].map(nameKey).filter(Boolean))],
  }));
  await db.write('test/set-entity-keys', { rows: keyed });
}
