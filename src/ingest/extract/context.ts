/**
 * What the relation and event rules share about one article: sentences, mentions per sentence,
 * entities by name, and helpers to read tokens around a mention.
 */
import type { ExtractedEntity } from '../../domain/types';
import type { DateContext } from './dates';
import type { EntityGroup } from './entities';
import type { ArticlePlace } from './home';
import type { Mention, Sentence } from './model';

/** The article as the rules see it. */
export interface ArticleContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  bySentence: Map<number, Mention[]>;
  groups: EntityGroup[];
  byName: Map<string, EntityGroup>;
  /** Countries (entity names) by mention count, most mentioned first. */
  countries: string[];
  dates: DateContext;
  /** The dateline's country and the country the article is clearly most about. */
  place: ArticlePlace;
}

/** Builds the shared context. */
export function buildContext(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  groups: EntityGroup[],
  dates: DateContext,
  place: ArticlePlace = {
    dateline: null,
    top: null,
    home: null,
    topCount: 0,
    nextCount: 0,
    first: null,
    second: null,
    thirdCount: 0,
  },
): ArticleContext {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const byName = new Map(groups.map((g) => [g.name, g]));
  const countries = groups
    .filter((g) => g.type === 'Location' && g.isCountry)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((g) => g.name);
  return { text, sentences, mentions, bySentence, groups, byName, countries, dates, place };
}

/** `s` with the characters a regular expression reads as syntax escaped. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-cased text of the token at index i of a sentence ('' outside). */
export function tok(sent: Sentence, i: number): string {
  return sent.tokens[i]?.lower ?? '';
}

/** Up to `chars` characters of the sentence before mention m. */
export function textBefore(sent: Sentence, m: Mention, chars: number): string {
  return sent.text.slice(Math.max(0, m.start - sent.start - chars), m.start - sent.start);
}

/** Up to `chars` characters of the sentence right after a mention. */
export function textAfter(sent: Sentence, m: Mention, chars: number): string {
  return sent.text.slice(m.end - sent.start, m.end - sent.start + chars);
}

/** "the Hong Tai 58, registered in Togo": a place that says where a thing is from, not where it went. */
export const NOT_DESTINATION =
  /\b(?:registered|flagged|based|headquartered|born|incorporated|built|made)\s+(?:in|to)\s+(?:the\s+)?$/i;

/**
 * "supplies to the Philippine forces stationed on the shoal": a participle after the object's
 * noun tells where those forces are, not a deployment by the sentence's subject.
 */
export const FORCES_PARTICIPLE =
  /\b(?:to|for|of|with|against|from|by|on|at)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}(?:forces|troops|soldiers|personnel|marines|sailors|units|garrison|contingent|detachment)\s+$/i;

/** True when `m` stands in the appositive right after a person's name ("X, leader of the Y,"). */
export function inPersonAppositive(sent: Sentence, ms: Mention[], m: Mention): boolean {
  const person = ms.filter((x) => x.type === 'Person' && x.end <= m.start).pop();
  if (!person) return false;
  const gap = sent.text.slice(person.end - sent.start, m.start - sent.start);
  if (
    /^,\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?(?:of|at|for|with|from)\s+(?:the\s+|\p{Lu}[\p{L}.]*[’']s\s+)?$/iu.test(
      gap,
    )
  )
    return true;
  // ("X, a cell leader for Tamaulipas, Mexico": the place's country is in it too.)
  const place =
    m.type === 'Location'
      ? ms.find((x) => x.type === 'Location' && x.tokenEnd === m.tokenStart - 1)
      : undefined;
  return !!place && sent.tokens[m.tokenStart - 1]?.text === ',' && inPersonAppositive(sent, ms, place);
}

/** True when token i is a possessive ’s (or a bare apostrophe: "the Philippines' coast guard"). */
export function isPossessive(sent: Sentence, i: number): boolean {
  return /^[’']s?$/.test(sent.tokens[i]?.text ?? '');
}

/** The entity type of a mention's entity. */
export function typeOf(ctx: ArticleContext, name: string | undefined): ExtractedEntity['type'] | null {
  return name ? (ctx.byName.get(name)?.type ?? null) : null;
}

/** The evidence fields for a sentence. */
export function evidence(sent: Sentence): { evidence: string; evidenceSpan: { start: number; end: number } } {
  return { evidence: sent.text, evidenceSpan: { start: sent.start, end: sent.end } };
}

/**
 * Character ranges inside quotation marks in a sentence (offsets into the article). A quote may
 * open in an earlier sentence: a closing mark with no opening one before it closes a range that
 * starts with the sentence ("… high level targets,” said X" quotes its first words).
 */
export function quoteRanges(sent: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const text = sent.text;
  let open: number | null = null;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '”' && c !== '"') continue;
    const prev = i > 0 ? (text[i - 1] ?? ' ') : ' ';
    const opening = c === '“' || (c === '"' && (open === null ? /[\s([—–-]/.test(prev) || i === 0 : false));
    if (opening && open === null) {
      open = i;
    } else if (!opening) {
      // A closing mark: it ends the open range, or one that began before the sentence.
      const from = open ?? (seen ? null : 0);
      if (from !== null) out.push([sent.start + from, sent.start + i + 1]);
      open = null;
    }
    seen = true;
  }
  if (open !== null) out.push([sent.start + open, sent.end]);
  return out;
}

/** "-backed", "-controlled" right after a name: the name modifies what follows ("Iran-backed"). */
export const COMPOUND_MODIFIER =
  /^-(?:backed|linked|controlled|based|led|allied|aligned|funded|sponsored|supported|occupied|held|run|owned|flagged|made)\b/;

/** A relative clause between a trigger and a name: "… for transactions that involve Russia". */
export const RELATIVE_CLAUSE =
  /\b(?:which|who|whose)\b|\bthat\s+(?!(?:the|a|an|this|these|those|is|was)\b)[a-z]+/i;

/** Where a new clause about something else starts ("… as it made its way back to Russia"). */
const CLAUSE_AFTER =
  /[;:]|\b(?:as|while|when|after|before|because|until)\s+(?:it|he|she|they|the|its|their|both)\b/i;

/** The offset (in the article) where the clause of a trigger at `at` gives way to another one. */
export function clauseEndAfter(sent: Sentence, at: number): number {
  const cut = CLAUSE_AFTER.exec(sent.text.slice(at - sent.start));
  return cut ? at + cut.index : sent.end;
}

/** Text ending in "from", "from the", "from the neighbouring": what follows is an origin. */
export const FROM_BEFORE =
  /\bfrom\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+|[\p{Lu}][\p{L}]*-(?:controlled|held|occupied|run|ruled)\s+){0,2}$/u;

/** The words between two names of one list: "A, B", "A and B", "A, and B". */
export const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/**
 * Between two names of a list that may end in "or" and put "the" before a name: "Chile and
 * Venezuela", "Rio de Janeiro, Sao Paulo, or the Federal District".
 */
export const LIST_JOINT = /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/;
