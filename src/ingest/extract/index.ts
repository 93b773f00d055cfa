/**
 * The extraction stage: article text in, entities, relations and events out (ANNOTATION.md).
 * Pure, offline and deterministic: lexicons, patterns and chrono-node's date parser only.
 */
import type { ArticleExtraction } from '../../domain/types';
import { groupEntities, toEntities } from './entities';
import { findMentions } from './mentions';
import { dropUncitedOutlets } from './outlets';
import { splitSentences } from './sentences';
import { articlePlace } from './home';
import { buildContext } from './context';
import { definiteMentions } from './definite';
import { dateContext } from './dates';
import { extractEvents } from './events';
import { extractRelations } from './relations';
import { applyConfidence } from './confidence';
import { unshout } from './shouting';

/** What extraction reads: the cleaned article text and its metadata. */
export interface ExtractInput {
  id: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
}

/** Extracts entities, relations and events from one article. */
export function extractArticle(input: ExtractInput): ArticleExtraction {
  const text = unshout(input.text);
  const sentences = splitSentences(text);
  const mentions = findMentions(sentences);
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
    relations: extractRelations(ctx),
    events: extractEvents(ctx),
  });
}
