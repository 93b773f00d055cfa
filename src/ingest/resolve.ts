import crypto from 'node:crypto';
import { nameKey, personNamesCompatible, shipKey } from '../domain/names';
import type { ArticleExtraction, EntityType, EventType, RelationType } from '../domain/types';

/**
 * Cross-article identity, as a pure in-memory index of the part of the graph a batch can touch.
 *
 * Inside each write transaction the writer (src/ingest/write.ts) asks the graph only for the
 * candidates of the batch's own names (`lookupKeys`: alias keys, surnames, id slugs), locks them,
 * and builds a GraphIndex from those rows; resolution itself stays pure, so it is tested with
 * tables of cases and gives the same answers as an index of the whole graph would.
 */

export interface IndexedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  keys: Set<string>;
}

export interface IndexedEvent {
  id: string;
  type: EventType;
  date: string | null;
  participants: Set<string>;
  articles: Set<string>;
}

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  created: boolean;
  /** The entity's state after this article: canonical name, all aliases, all keys. */
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  /** This article's contribution. */
  count: number;
  articleAliases: string[];
  /** The extractor's confidence in this article's mentions (the highest; 1 when it gave none). */
  confidence: number;
}

export interface ResolvedRelation {
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  /** Part of the relationship's identity: the normalized role, or '' when it has none. */
  roleKey: string;
  evidence: string;
  /** 0–1, 1 when the extractor gave none. */
  confidence: number;
}

export interface ResolvedEvent {
  id: string;
  created: boolean;
  type: EventType;
  date: string | null;
  name: string;
  summary: string;
  evidence: string;
  participantIds: string[];
  locationId: string | null;
  /** 0–1, 1 when the extractor gave none. */
  confidence: number;
}

export interface ResolvedArticle {
  articleId: string;
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  events: ResolvedEvent[];
}

/** An article's entities resolved (`GraphIndex.resolveEntities`), its relations and events not yet. */
export interface EntityPass {
  entities: ResolvedEntity[];
  /** Name and alias keys of the article's forms → the global id each resolved to. */
  byName: Map<string, string>;
}

export interface EntityIndexRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface EventIndexRow {
  id: string;
  type: EventType;
  date: string | null;
  participants: string[];
  articles: string[];
}

export class GraphIndex {
  private readonly entities = new Map<string, IndexedEntity>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly events = new Map<string, IndexedEvent>();
  private readonly eventsByParticipant = new Map<string, Set<string>>();

  private readonly takenIds: Set<string>;

  /**
   * `takenIds`: ids that exist in the graph although they are not among `entities` (a new
   * entity's id must not collide with them).
   */
  constructor(
    entities: EntityIndexRow[] = [],
    events: EventIndexRow[] = [],
    takenIds: Iterable<string> = [],
  ) {
    this.takenIds = new Set(takenIds);
    for (const e of entities) {
      this.putEntity({ ...e, keys: entityKeys(e.type, [e.name, ...e.aliases]) });
    }
    this.addEvents(events);
  }

  get entityCount(): number {
    return this.entities.size;
  }

  /** Maps one article's extraction onto graph ids, adding what is new to the index. */
  resolveArticle(extraction: ArticleExtraction): ResolvedArticle {
    return this.resolveFacts(extraction, this.resolveEntities(extraction));
  }

  /** Stored events that the batch's events may join (read after its entities are resolved). */
  addEvents(events: EventIndexRow[]): void {
    for (const ev of events) {
      this.putEvent({ ...ev, participants: new Set(ev.participants), articles: new Set(ev.articles) });
    }
  }

  /**
   * The first half of `resolveArticle`: the article's entities, matched or created. Entity
   * resolution never looks at events, so a batch can resolve all its articles' entities, look up
   * the stored events they take part in, `addEvents` them, and then `resolveFacts` each article in
   * the same order, with the result `resolveArticle` would have given.
   */
  resolveEntities(extraction: ArticleExtraction): EntityPass {
    const local = new Map<string, ResolvedEntity>(); // by global id
    const byName = new Map<string, string>(); // article name/alias key → global id

    for (const extracted of extraction.entities) {
      const forms = [extracted.name, ...extracted.aliases];
      const existing = this.match(extracted.type, extracted.name, forms);
      const entity = existing ?? this.create(extracted.type, extracted.name);
      const created = existing === undefined;
      this.absorb(entity, extracted.name, forms);
      const prior = local.get(entity.id);
      const row: ResolvedEntity = prior ?? {
        id: entity.id,
        type: entity.type,
        created,
        name: entity.name,
        nameKey: nameKey(entity.name),
        aliases: [],
        aliasKeys: [],
        count: 0,
        articleAliases: [],
        confidence: 0,
      };
      row.count += Math.max(1, extracted.mentions);
      row.confidence = Math.max(row.confidence, confidenceOf(extracted.confidence));
      row.articleAliases = unique([...row.articleAliases, ...forms]);
      local.set(entity.id, row);
      for (const form of forms) byName.set(nameKey(form), entity.id);
    }
    for (const row of local.values()) {
      const entity = this.entities.get(row.id)!;
      Object.assign(row, {
        name: entity.name,
        nameKey: nameKey(entity.name),
        aliases: entity.aliases,
        aliasKeys: [...entity.keys].sort(),
      });
    }

    return { entities: [...local.values()], byName };
  }

  /** The second half of `resolveArticle`: relations and events, on the entities `pass` resolved. */
  resolveFacts(extraction: ArticleExtraction, pass: EntityPass): ResolvedArticle {
    const articleId = extraction.article;
    const idOf = (name: string | null | undefined) => resolvedId(pass, name);
    const relations = new Map<string, ResolvedRelation>();
    for (const r of extraction.relations) {
      const from = idOf(r.from);
      const to = idOf(r.to);
      if (!from || !to || from === to) continue;
      const role = r.role?.trim() || null;
      const roleKey = role ? nameKey(role) : '';
      const key = relationKey({ from, type: r.type, to, roleKey });
      const prior = relations.get(key);
      if (!prior)
        relations.set(key, {
          type: r.type,
          from,
          to,
          role,
          roleKey,
          evidence: r.evidence,
          confidence: confidenceOf(r.confidence),
        });
      else prior.confidence = Math.max(prior.confidence, confidenceOf(r.confidence));
    }

    const events: ResolvedEvent[] = [];
    const claimed = new Set<string>();
    extraction.events.forEach((ev, index) => {
      const participantIds = participantIdsOf(pass, ev.participants);
      const locationId = idOf(ev.location) ?? null;
      const location = locationId ? this.entities.get(locationId) : undefined;
      const match = this.matchEvent(ev.type, ev.date, participantIds, articleId, claimed);
      const id = match?.id ?? eventId(articleId, index, ev.type);
      claimed.add(id);
      const indexed = match ?? {
        id,
        type: ev.type,
        date: ev.date,
        participants: new Set<string>(),
        articles: new Set<string>(),
      };
      indexed.date = morePrecise(indexed.date, ev.date);
      for (const p of participantIds) indexed.participants.add(p);
      indexed.articles.add(articleId);
      this.putEvent(indexed);
      // Sorted, so the caption does not depend on the order participants were learnt in.
      const names = [...indexed.participants].map((p) => this.entities.get(p)?.name ?? p).sort();
      events.push({
        id,
        created: match === undefined,
        type: ev.type,
        date: indexed.date,
        name: `${ev.type}${indexed.date ? ` ${indexed.date}` : ''}: ${names.join(', ') || 'unnamed'}`,
        summary: ev.summary ?? ev.evidence,
        evidence: ev.evidence,
        participantIds,
        locationId: location?.type === 'Location' ? locationId : null,
        confidence: confidenceOf(ev.confidence),
      });
    });

    return { articleId, entities: pass.entities, relations: [...relations.values()], events };
  }

  private match(type: EntityType, name: string, forms: string[]): IndexedEntity | undefined {
    const nameK = nameKey(name);
    const candidates = new Map<string, number>();
    // The article's canonical name against every known form, and every form against known names.
    for (const key of entityKeys(type, [name])) {
      for (const id of this.byKey.get(`${type}|${key}`) ?? [])
        candidates.set(id, (candidates.get(id) ?? 0) + 2);
    }
    if (type !== 'Person') {
      for (const key of entityKeys(type, forms)) {
        for (const id of this.byKey.get(`${type}|${key}`) ?? []) {
          const entity = this.entities.get(id)!;
          if (entityKeys(type, [entity.name]).has(key)) candidates.set(id, (candidates.get(id) ?? 0) + 1);
        }
      }
    }
    if (type === 'Person') {
      // A person matches a known one whose full name extends or equals theirs, but only when
      // exactly one known person fits: a shared surname alone is no evidence of identity.
      const fitting = [...(this.bySurname.get(surname(nameK)) ?? [])].filter((id) =>
        personNamesCompatible(this.entities.get(id)!.name, name),
      );
      // A bare surname only matches through a form seen before (the byKey candidates above).
      if (fitting.length === 1 && tokens(name) > 1)
        candidates.set(fitting[0]!, (candidates.get(fitting[0]!) ?? 0) + 1);
      else if (fitting.length > 1) {
        for (const id of [...candidates.keys()]) if (!fitting.includes(id)) candidates.delete(id);
        if (candidates.size !== 1) return undefined;
      }
    }
    const best = [...candidates.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return best ? this.entities.get(best[0]) : undefined;
  }

  private create(type: EntityType, name: string): IndexedEntity {
    const base = entityIdBase(type, name);
    let id = base;
    for (let n = 2; this.entities.has(id) || this.takenIds.has(id); n++) id = `${base}-${n}`;
    const entity: IndexedEntity = { id, type, name, aliases: [], keys: new Set() };
    this.putEntity(entity);
    return entity;
  }

  private absorb(entity: IndexedEntity, name: string, forms: string[]): void {
    const previous = entity.name;
    if (betterName(entity.type, entity.name, name)) entity.name = name;
    // A replaced canonical name stays findable as an alias.
    // Sorted, so the stored list does not depend on the order articles arrived in.
    entity.aliases = unique([...entity.aliases, previous, ...forms, name])
      .filter((f) => f !== entity.name)
      .sort();
    this.putEntity(entity);
  }

  private putEntity(entity: IndexedEntity): void {
    this.entities.set(entity.id, entity);
    entity.keys = entityKeys(entity.type, [entity.name, ...entity.aliases]);
    for (const key of entity.keys) addTo(this.byKey, `${entity.type}|${key}`, entity.id);
    if (entity.type === 'Person') addTo(this.bySurname, surname(nameKey(entity.name)), entity.id);
  }

  private matchEvent(
    type: EventType,
    date: string | null,
    participants: string[],
    articleId: string,
    claimed: Set<string>,
  ): IndexedEvent | undefined {
    if (participants.length === 0) return undefined;
    const counts = new Map<string, number>();
    for (const p of participants) {
      for (const id of this.eventsByParticipant.get(`${type}|${p}`) ?? [])
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let best: { event: IndexedEvent; score: number } | undefined;
    for (const [id, shared] of counts) {
      const event = this.events.get(id)!;
      // The same article telling two events of one type means two events.
      if (claimed.has(id) || event.articles.has(articleId)) continue;
      if (!datesCompatible(event.date, date)) continue;
      // Without two known dates, only a shared pair of participants is evidence enough.
      if ((event.date === null || date === null) && shared < 2) continue;
      const union = event.participants.size + participants.length - shared;
      if (Math.min(event.participants.size, participants.length) >= 2 && shared / union < 0.5) continue;
      const score = shared / union;
      if (!best || score > best.score || (score === best.score && id < best.event.id))
        best = { event, score };
    }
    return best?.event;
  }

  private putEvent(event: IndexedEvent): void {
    this.events.set(event.id, event);
    for (const p of event.participants) addTo(this.eventsByParticipant, `${event.type}|${p}`, event.id);
  }
}

/** What the graph must be asked about before a batch can be resolved. */
export interface LookupKeys {
  /** Alias keys (`entityKeys`) of every form in the batch, by type. */
  keys: Array<{ type: EntityType; key: string }>;
  /** Surname keys of the batch's person names (people are matched by surname + compatible name). */
  surnames: string[];
  /** The id a new entity of each name would get, before any `-2` suffix. */
  idBases: string[];
}

/**
 * Every key under which the graph can hold a candidate for the batch's entities: alias keys of
 * each name and alias, surnames of people, id slugs. `GraphIndex.resolveArticle` looks entities up
 * only by these, so an index of the entities found by them resolves exactly as the whole graph would.
 */
export function lookupKeys(extractions: ArticleExtraction[]): LookupKeys {
  const keys = new Map<string, { type: EntityType; key: string }>();
  const surnames = new Set<string>();
  const idBases = new Set<string>();
  for (const extraction of extractions) {
    for (const e of extraction.entities) {
      for (const key of entityKeys(e.type, [e.name, ...e.aliases]))
        keys.set(`${e.type}|${key}`, { type: e.type, key });
      if (e.type === 'Person') surnames.add(surname(nameKey(e.name)));
      idBases.add(entityIdBase(e.type, e.name));
    }
  }
  const byString =
    <T>(f: (x: T) => string) =>
    (a: T, b: T) =>
      f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0;
  return {
    keys: [...keys.values()].sort(byString((k) => `${k.type}|${k.key}`)),
    surnames: [...surnames].filter(Boolean).sort(),
    idBases: [...idBases].sort(),
  };
}

/** How many lock stripes identity keys are spread over (see `lockStripes`). */
export const LOCK_STRIPES = 4096;

/**
 * The lock stripes (0 … LOCK_STRIPES-1) a batch must hold before it looks its names up, sorted so
 * that writers take them in one order. Two batches that could create or merge the same entity
 * share a key, hence a stripe, so the second waits for the first to commit and then sees its entity.
 */
export function lockStripes(lookup: LookupKeys): number[] {
  const names = [
    ...lookup.keys.map((k) => `key|${k.type}|${k.key}`),
    ...lookup.surnames.map((s) => `surname|${s}`),
    ...lookup.idBases.map((b) => `id|${b}`),
  ];
  const stripes = new Set(
    names.map((n) => crypto.createHash('sha1').update(n).digest().readUInt32BE(0) % LOCK_STRIPES),
  );
  return [...stripes].sort((a, b) => a - b);
}

/** The graph id an article's entity pass gave one of its names or aliases. */
function resolvedId(pass: EntityPass, name: string | null | undefined): string | undefined {
  return name ? pass.byName.get(nameKey(name)) : undefined;
}

/** The graph ids an article's entity pass gave an event's named participants, each once, in order. */
export function participantIdsOf(pass: EntityPass, names: string[]): string[] {
  return unique(names.flatMap((name) => resolvedId(pass, name) ?? []));
}

/**
 * A relationship's identity in the graph: its ends, its type and its normalized role. Resolution
 * keeps one relation per key in an article, an article records the keys it stated, and a batch
 * folds its rows by key (src/ingest/write.ts).
 */
export function relationKey(r: Record<'from' | 'type' | 'to' | 'roleKey', unknown>): string {
  return [r.from, r.type, r.to, r.roleKey].join('|');
}

/** A confidence from the extractor, or 1 when it gave none; clamped to 0–1. */
export function confidenceOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 1;
  return Math.min(1, Math.max(0, value));
}

/** Normalized forms under which an entity can be found; ships also without their prefix. */
export function entityKeys(type: EntityType, forms: string[]): Set<string> {
  const keys = new Set<string>();
  for (const form of forms) {
    const key = nameKey(form);
    if (key) keys.add(key);
    if (type === 'Ship') {
      const bare = shipKey(form);
      if (bare) keys.add(bare);
    }
  }
  return keys;
}

/** True when `candidate` should replace `current` as the canonical name. */
export function betterName(type: EntityType, current: string, candidate: string): boolean {
  if (nameKey(current) === nameKey(candidate)) return false;
  switch (type) {
    case 'Person':
      return tokens(candidate) > tokens(current);
    case 'Ship':
      return shipKey(current) === nameKey(current) && shipKey(candidate) !== nameKey(candidate);
    case 'Organization':
    case 'Cartel':
    case 'Location':
      // An acronym gives way to the spelled-out name.
      return /^[A-Z.&]{2,8}$/.test(current) && tokens(candidate) > 1;
    default: {
      const unreachable: never = type;
      throw new Error(`unknown entity type ${String(unreachable)}`);
    }
  }
}

export function datesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

function morePrecise(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length && b.startsWith(a) ? b : a;
}

function eventId(articleId: string, index: number, type: string): string {
  return `event:${crypto.createHash('sha1').update(`${articleId}\u0000${index}\u0000${type}`).digest('hex').slice(0, 20)}`;
}

function entityIdBase(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

function slug(name: string): string {
  return nameKey(name).replace(/\s+/g, '-') || 'unnamed';
}

const tokens = (s: string) => s.trim().split(/\s+/).length;
const surname = (key: string) => key.split(' ').pop() ?? key;
const unique = <T>(xs: T[]) => [...new Set(xs)];

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
