import type { Database } from '../../src/db/client';

type Props = Record<string, unknown>;

/** Node and relationship counts, sorted, for "same shape" comparisons. */
export async function graphCounts(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const [row] = await db.read<{
    nodes: { labels: string[]; n: number }[];
    relationships: { type: string; n: number }[];
  }>('test/count-graph');
  return {
    nodes: row!.nodes.map((x) => `${[...x.labels].sort().join(':')} ${x.n}`).sort(),
    relationships: row!.relationships.map((x) => `${x.type} ${x.n}`).sort(),
  };
}

/**
 * Every node and relationship with its properties (minus the ingest clock), sorted, so two
 * graphs built by different runs compare exactly.
 */
export async function graphFingerprint(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const [row] = await db.read<{
    nodes: { labels: string[]; props: Props }[];
    relationships: { from: string; type: string; to: string; props: Props }[];
  }>('test/graph-fingerprint');
  const clean = (props: Props) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => k !== 'ingestedAt')
          .map(([k, v]) => [k, typeof v === 'object' && v !== null && !Array.isArray(v) ? String(v) : v])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
    );
  return {
    nodes: row!.nodes.map((n) => `${[...n.labels].sort().join(':')} ${clean(n.props)}`).sort(),
    relationships: row!.relationships.map((r) => `${r.from} ${r.type} ${r.to} ${clean(r.props)}`).sort(),
  };
}
