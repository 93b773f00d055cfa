/**
 * A synthetic graph in the model of docs/graph-model.md for load tests: entities with aliases
 * and keys, articles, mentions, typed relations with evidence, and dated events with
 * participants, locations and reports. Popularity is skewed (a few hubs, a long tail) like news.
 * Written with batched UNWIND statements from cypher/bench/api-*.cypher.
 */
import type { Database } from '../src/db/client';
import { nameKey } from '../src/domain/names';
import { ENTITY_TYPES, EVENT_TYPES, RELATION_TYPES, type EntityType } from '../src/domain/types';

export interface SyntheticOptions {
  entities: number;
  articles: number;
  mentionsPerArticle: number;
  relations: number;
  events: number;
  batchSize?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface SyntheticGraph {
  /** Entity ids by index; index 0 is the most popular. */
  entityIds: string[];
  entityNames: string[];
  entityTypes: EntityType[];
  counts: { entities: number; articles: number; mentions: number; relations: number; events: number };
}

/** Deterministic PRNG (mulberry32) so every run builds the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ga ge gi go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo ran mor tel vas quin'.split(
    ' ',
  );
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A pronounceable word unique for each n < SYLLABLES.length³. */
function word(n: number): string {
  const s = SYLLABLES.length;
  return SYLLABLES[n % s]! + SYLLABLES[Math.floor(n / s) % s]! + SYLLABLES[Math.floor(n / s / s) % s]!;
}

const TYPE_WEIGHTS: Array<[EntityType, number]> = [
  ['Person', 0.4],
  ['Organization', 0.25],
  ['Location', 0.2],
  ['Ship', 0.1],
  ['Cartel', 0.05],
];

function nameFor(type: EntityType, i: number): { name: string; aliases: string[] } {
  const a = cap(word(i));
  const b = cap(word((i * 7919 + 13) % SYLLABLES.length ** 3));
  switch (type) {
    case 'Person':
      return { name: `${b} ${a}`, aliases: [a, `Minister ${b} ${a}`] };
    case 'Organization':
      return { name: `${a} ${b} Agency`, aliases: [`${a} Agency`] };
    case 'Location':
      return { name: `${a}${b.toLowerCase()}`, aliases: [] };
    case 'Ship':
      return { name: `USS ${a}`, aliases: [a] };
    case 'Cartel':
      return { name: `${a} Cartel`, aliases: [`${a} cartel`] };
  }
}

function slug(s: string): string {
  return nameKey(s).replace(/\s+/g, '-');
}

async function writeBatches(
  db: Database,
  name: string,
  rows: unknown[],
  batchSize: number,
  log: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  for (let i = 0; i < rows.length; i += batchSize) {
    await db.write(name, { rows: rows.slice(i, i + batchSize) });
  }
  log(`  ${name}: ${rows.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the graph in memory, then writes it. The database should be empty and migrated. */
export async function writeSyntheticGraph(db: Database, opts: SyntheticOptions): Promise<SyntheticGraph> {
  const random = rng(opts.seed ?? 42);
  const log = opts.log ?? (() => undefined);
  const batchSize = opts.batchSize ?? 5_000;
  const n = opts.entities;
  // Skewed pick: index 0 is the most popular; exponent 3 for mentions, 2 for relations/events.
  const skewed = (exp: number) => Math.min(n - 1, Math.floor(n * random() ** exp));
  const pickType = (): EntityType => {
    let u = random();
    for (const [type, w] of TYPE_WEIGHTS) if ((u -= w) <= 0) return type;
    return 'Person';
  };

  const entityTypes: EntityType[] = [];
  const entityNames: string[] = [];
  const entityIds: string[] = [];
  const aliasesOf: string[][] = [];
  for (let i = 0; i < n; i++) {
    const type = i < ENTITY_TYPES.length ? ENTITY_TYPES[i]! : pickType();
    const { name, aliases } = nameFor(type, i);
    entityTypes.push(type);
    entityNames.push(name);
    aliasesOf.push(aliases);
    entityIds.push(`${type.toLowerCase()}:${slug(name)}-${i}`);
  }
  const locations = entityIds.flatMap((id, i) => (entityTypes[i] === 'Location' ? [i] : []));

  const articles = Array.from({ length: opts.articles }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
    return {
      id: `synthetic-${i}.txt`,
      title: `${cap(word(i))} ${word(i + 1)} report ${i}`,
      url: `https://news.example/${i}`,
      source: `source-${i % 40}`,
      publishedAt: day.toISOString(),
      wordCount: 300 + Math.floor(random() * 900),
    };
  });

  const mentionCount = new Array<number>(n).fill(0);
  const articleCount = new Array<number>(n).fill(0);
  const mentions: Array<{ entityId: string; articleId: string; count: number; aliases: string[] }> = [];
  for (const article of articles) {
    const seen = new Set<number>();
    for (let k = 0; k < opts.mentionsPerArticle; k++) seen.add(skewed(3));
    for (const e of seen) {
      const count = 1 + Math.floor(random() * 5);
      mentionCount[e]! += count;
      articleCount[e]! += 1;
      mentions.push({ entityId: entityIds[e]!, articleId: article.id, count, aliases: [entityNames[e]!] });
    }
  }

  const sentence = (a: number, b: number) =>
    `${entityNames[a]} and ${entityNames[b]} were named together in a synthetic report.`;
  const relations = Array.from({ length: opts.relations }, () => {
    const from = skewed(2);
    let to = skewed(2);
    if (to === from) to = (from + 1) % n;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const articleIds = [articles[Math.floor(random() * articles.length)]!.id];
    return {
      type,
      fromId: entityIds[from]!,
      toId: entityIds[to]!,
      role: type === 'HOLDS_ROLE' ? 'Minister' : type === 'DESIGNATED' ? 'terrorist organization' : null,
      articleIds,
      evidence: [sentence(from, to)],
    };
  });

  const events = Array.from({ length: opts.events }, (_, i) => {
    const type = EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!;
    const participants = [...new Set([skewed(2), skewed(2), ...(random() < 0.3 ? [skewed(2)] : [])])];
    const article = articles[Math.floor(random() * articles.length)]!;
    const date = random() < 0.1 ? null : article.publishedAt.slice(0, random() < 0.8 ? 10 : 7);
    const names = participants.map((p) => entityNames[p]!);
    return {
      id: `event:synthetic-${i}`,
      type,
      date,
      name: `${type}${date ? ` ${date}` : ''}: ${names.join(', ')}`,
      summary: `${names.join(' and ')}: ${type.toLowerCase()}`,
      participantIds: participants.map((p) => entityIds[p]!),
      locationId:
        locations.length && random() < 0.7
          ? entityIds[locations[Math.floor(random() * locations.length)]!]!
          : null,
      reports: [{ articleId: article.id, sentence: `${names.join(' and ')} held a ${type.toLowerCase()}.` }],
    };
  });

  const entityRows = entityIds.map((id, i) => ({
    id,
    type: entityTypes[i],
    name: entityNames[i],
    aliases: aliasesOf[i],
    nameKey: nameKey(entityNames[i]!),
    aliasKeys: [...new Set([entityNames[i]!, ...aliasesOf[i]!].map(nameKey))],
    mentionCount: mentionCount[i],
    articleCount: articleCount[i],
  }));

  log(
    `writing ${n} entities, ${articles.length} articles, ${mentions.length} mentions, ${relations.length} relations, ${events.length} events…`,
  );
  await writeBatches(db, 'bench/api-create-entities', entityRows, batchSize, log);
  await writeBatches(db, 'bench/api-create-articles', articles, batchSize, log);
  await writeBatches(db, 'bench/api-create-mentions', mentions, batchSize, log);
  await writeBatches(db, 'bench/api-create-relations', relations, batchSize, log);
  await writeBatches(db, 'bench/api-create-events', events, Math.max(1, Math.floor(batchSize / 2)), log);
  return {
    entityIds,
    entityNames,
    entityTypes,
    counts: {
      entities: n,
      articles: articles.length,
      mentions: mentions.length,
      relations: relations.length,
      events: events.length,
    },
  };
}
