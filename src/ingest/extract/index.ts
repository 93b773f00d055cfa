/**
 * The extraction stage: article text in, entities, relations and events out (ANNOTATION.md).
 * Pure, offline and deterministic: lexicons, patterns and chrono-node's date parser only.
 */
import type { ArticleExtraction, ExtractedEvent } from '../../domain/types';
import { groupEntities, toEntities } from './entities';
import { findMentions } from './mentions';
import { dropUncitedOutlets } from './outlets';
import { splitSentences } from './sentences';
import { articlePlace } from './home';
import { buildContext, type ArticleContext } from './context';
import { definiteMentions } from './definite';
import { dateContext, resolveSentenceDate } from './dates';
import { extractEvents } from './events';
import { extractRelations } from './relations';
import { applyConfidence } from './confidence';
import { unshout } from './shouting';
import type { Mention, Sentence } from './model';
import { untitledHeadline } from './headline';

/** What extraction reads: the cleaned article text and its metadata. */
export interface ExtractInput {
  id: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
}

/** Extracts entities, relations and events from one article. */
export function extractArticle(input: ExtractInput): ArticleExtraction {
  const unshouted = unshout(input.text);
  const headline = untitledHeadline(unshouted);
  const text = headline?.text ?? unshouted;
  const sentences = splitSentences(text, !!headline);
  const mentions = trustedInHeadline(findMentions(sentences), !!headline && sentences[0]?.start === 0);
  const place = articlePlace(mentions, sentences);
  const groups = dropUncitedOutlets(
    groupEntities(mentions, place.home, place.dateline ?? place.top),
    sentences,
  );
  const ctx = buildContext(
    input.text,
    sentences,
    [...mentions, ...definiteMentions(sentences, groups, input.text)].sort((a, b) => a.start - b.start),
    groups,
    dateContext(sentences, input.publishedAt),
    place,
  );
  return applyConfidence({
    article: input.id,
    title: input.title,
    publishedAt: input.publishedAt,
    entities: toEntities(groups),
    relations: extractRelations(ctx).map((r) => asWritten(r, input.text)),
    events: (headed(text, sentences) ? withHeadline(ctx) : extractEvents(ctx)).map((e) =>
      asWritten(e, input.text),
    ),
  });
}

/**
 * Evidence as the article writes it: the rules read some lines recased (a shouted opening, a
 * title-case headline), and the same offsets give the original characters.
 */
function asWritten<T extends { evidence: string; evidenceSpan?: { start: number; end: number } }>(
  fact: T,
  original: string,
): T {
  const span = fact.evidenceSpan;
  return span ? { ...fact, evidence: original.slice(span.start, span.end) } : fact;
}

/**
 * A recased headline's names are trusted only where the body names them just so, or the gazetteer
 * knows the place ("Mexico arrests MS-13 cartel leader"): headlines shorten and run names together
 * ("Roberto Girón Hernández", "Cartel Jalisco gunmen").
 */
function trustedInHeadline(mentions: Mention[], headline: boolean): Mention[] {
  if (!headline) return mentions;
  const named = new Set(mentions.filter((m) => m.sentence !== 0).map((m) => m.text));
  return mentions.filter(
    (m) => m.sentence !== 0 || (!!m.lexName && m.type === 'Location') || named.has(m.text),
  );
}

/** Whether the text opens with a headline: a first line of one short sentence with no closing stop. */
function headed(text: string, sentences: Sentence[]): boolean {
  const end = text.indexOf('\n');
  const first = text.slice(0, end);
  // (One sentence of at most 25 words, not a caption's run of them: "FILE — X departs …, Aug. 8,
  // 2025. X is flying … (".)
  return (
    end > 0 &&
    sentences[0]?.start === 0 &&
    sentences[0].end === end &&
    first.split(/\s+/).length <= 25 &&
    !/[.!?(]["”’)]*\s*$/.test(first)
  );
}

/**
 * The events of an article that opens with a headline: the body's, and those only the headline
 * tells. A headline's event that the body tells again (same type, a participant in common) is the
 * body's, which names its participants and date in full ("NATO Secretary General meets with
 * Trump" before "… met on Friday, November 22"); read first, the headline's would stand in for it.
 */
function withHeadline(ctx: ArticleContext): ExtractedEvent[] {
  const body = extractEvents(ctx, 1);
  const told = (e: ExtractedEvent): boolean =>
    body.some((b) => b.type === e.type && b.participants.some((p) => e.participants.includes(p)));
  return [
    ...extractEvents(ctx, 0, 1)
      .filter((e) => !told(e))
      .map((e) => ledeDated(ctx, e)),
    ...body,
  ];
}

/**
 * A headline's event dated by the lede, the sentence after it, when the lede names one of its
 * participants and gives a day the headline's month agrees with ("Hegseth arrives in Brussels" /
 * "Hegseth arrived at the NATO headquarters in Brussels on Feb. 12").
 */
function ledeDated(ctx: ArticleContext, e: ExtractedEvent): ExtractedEvent {
  const lede = ctx.sentences[1];
  if (!lede || (e.date && e.date.length >= 10)) return e;
  const names = (ctx.bySentence.get(1) ?? []).map((m) => m.entity);
  if (!e.participants.some((p) => names.includes(p))) return e;
  const day = resolveSentenceDate(lede, ctx.dates);
  return day && day.length >= 10 && (!e.date || day.startsWith(e.date)) ? { ...e, date: day } : e;
}
