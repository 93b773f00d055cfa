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

/**
 * graphFingerprint with entity and event ids replaced by what identifies them regardless of the
 * order articles arrived in: an entity by its type and canonical name, an event by its type and
 * the articles reporting it. Resolution names a new entity after the first form it meets
 * ("person:cabrera" when "Cabrera" comes before "Susan Cabrera") and a new event after the first
 * article reporting it, so two runs that met the articles in different orders (concurrent
 * writers) may name the same node differently; everything else must be equal.
 */
export async function canonicalFingerprint(
  db: Database,
): Promise<{ nodes: string[]; relationships: string[] }> {
  const [row] = await db.read<{
    nodes: { labels: string[]; props: Props }[];
    relationships: { from: string; type: string; to: string; props: Props }[];
  }>('test/graph-fingerprint');
  const reporters = new Map<string, string[]>();
  for (const r of row!.relationships) {
    if (r.type === 'REPORTED_IN') reporters.set(r.from, [...(reporters.get(r.from) ?? []), r.to]);
  }
  const canon = new Map<string, string>();
  for (const n of row!.nodes) {
    const id = String(n.props.id);
    if (n.labels.includes('Entity')) canon.set(id, `${String(n.props.type)}:${String(n.props.name)}`);
    if (n.labels.includes('Event'))
      canon.set(id, `${String(n.props.type)}@${(reporters.get(id) ?? []).sort().join(',')}`);
  }
  const ids = (s: string) => canon.get(s) ?? s;
  const props = (p: Props): Props => {
    const out: Props = { ...p, id: p.id === undefined ? undefined : ids(String(p.id)) };
    if (Array.isArray(p.relationKeys))
      out.relationKeys = (p.relationKeys as string[])
        .map((k) =>
          k
            .split('|')
            .map((part, i) => (i === 0 || i === 2 ? ids(part) : part))
            .join('|'),
        )
        .sort();
    delete out.ingestedAt;
    return out;
  };
  const clean = (p: Props) =>
    JSON.stringify(
      Object.entries(props(p))
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, typeof v === 'object' && v !== null && !Array.isArray(v) ? String(v) : v])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return {
    nodes: row!.nodes.map((n) => `${[...n.labels].sort().join(':')} ${clean(n.props)}`).sort(),
    relationships: row!.relationships
      .map((r) => `${ids(r.from)} ${r.type} ${ids(r.to)} ${clean(r.props)}`)
      .sort(),
  };
}
