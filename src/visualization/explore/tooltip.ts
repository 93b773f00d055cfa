import type { Between, EntityDetail, EventDetail, Evidence } from './graphql';
import type { ExploreEdge, ExploreNode } from './model';

/**
 * What the hover card says, as plain data (the client renders it with textContent, never as
 * HTML, so article text cannot inject markup).
 */
export interface TooltipContent {
  title: string;
  /** Kind, type or role line, e.g. `Person`, `CALL · 2025-01-11`, `HOLDS_ROLE · Secretary of State`. */
  subtitle: string;
  /** Short facts: aliases, counts, place… */
  facts: string[];
  evidence: Array<{ sentence: string; source: string }>;
}

const MAX_EVIDENCE = 2;

function evidenceOf(list: readonly Evidence[]): TooltipContent['evidence'] {
  return list.slice(0, MAX_EVIDENCE).map((e) => ({
    sentence: e.sentence,
    source: [e.article.title ?? e.article.name, e.article.publishedAt?.slice(0, 10)]
      .filter(Boolean)
      .join(', '),
  }));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function entityTooltip(node: ExploreNode, detail: EntityDetail | null): TooltipContent {
  if (!detail) return { title: node.name, subtitle: node.kind, facts: [], evidence: [] };
  const facts = [`${plural(detail.mentionCount, 'mention')} in ${plural(detail.articleCount, 'article')}`];
  if (detail.aliases.length) facts.push(`Also: ${detail.aliases.slice(0, 4).join('; ')}`);
  const roles = detail.roles ?? [];
  for (const r of roles.slice(0, 2)) facts.push(`${r.title ?? 'Role'}, ${r.organization.name}`);
  return {
    title: detail.name,
    subtitle: node.kind,
    facts,
    evidence: evidenceOf(roles.flatMap((r) => r.evidence)),
  };
}

export function eventTooltip(node: ExploreNode, detail: EventDetail | null): TooltipContent {
  if (!detail) return { title: node.name, subtitle: 'Event', facts: [], evidence: [] };
  const facts: string[] = [];
  if (detail.summary) facts.push(detail.summary);
  if (detail.participants.length) facts.push(`Who: ${detail.participants.map((p) => p.name).join(', ')}`);
  if (detail.location) facts.push(`Where: ${detail.location.name}`);
  return {
    title: detail.name,
    subtitle: ['Event', detail.type, detail.date ?? 'undated'].join(' · '),
    facts,
    evidence: evidenceOf(detail.reportedIn),
  };
}

/** A relation edge's card: the matching relationship's sentences (same type, role and direction). */
export function relationTooltip(
  edge: ExploreEdge,
  names: { source: string; target: string },
  between: Between | null,
): TooltipContent {
  const rel = between?.relationships.find(
    (r) =>
      r.type === edge.type &&
      (r.role ?? null) === (edge.role ?? null) &&
      r.from.key === edge.source &&
      r.to.key === edge.target,
  );
  return {
    title: `${names.source} → ${names.target}`,
    subtitle: edge.role ? `${edge.type} · ${edge.role}` : edge.type,
    facts: rel ? [`Stated in ${plural(rel.evidence.length, 'article')}`] : [],
    evidence: evidenceOf(rel?.evidence ?? []),
  };
}

/** A participation (or location) edge's card: the event's own reports. */
export function participationTooltip(
  edge: ExploreEdge,
  names: { source: string; target: string },
  event: EventDetail | null,
): TooltipContent {
  return {
    title: `${names.source} → ${names.target}`,
    subtitle: edge.type,
    facts: event ? [event.name] : [],
    evidence: evidenceOf(event?.reportedIn ?? []),
  };
}
