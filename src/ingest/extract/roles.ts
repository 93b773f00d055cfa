/**
 * HOLDS_ROLE (and MEMBER_OF for roles in a cartel) from the titles found around person names:
 * the qualifier names where the role is held; a policy-area title ("Secretary of State") is held
 * in that department when the article names it; a head-of-state title falls back to the country
 * the same person is qualified with elsewhere, then to the article's home country.
 */
import { nameKey } from '../../domain/names';
import type { ExtractedRelation } from '../../domain/types';
import type { ArticleContext } from './context';
import { evidence } from './context';
import type { Mention } from './model';
import { POLICY_AREAS } from './lexicons/orgs';
import { HEAD_TITLES, TITLE_MODIFIERS } from './lexicons/titles';

const KEEP_MODIFIERS = new Set(['former', 'acting', 'interim', 'deputy']);

/** The department a policy-area title implies ("secretary of state" → "state"), if any. */
function titleArea(key: string): string | null {
  for (const area of POLICY_AREAS) {
    const a = area.toLowerCase();
    if (
      [
        `secretary of ${a}`,
        `${a} secretary`,
        `minister of ${a}`,
        `${a} minister`,
        `minister for ${a}`,
      ].includes(key)
    ) {
      return nameKey(a);
    }
  }
  return null;
}

const ABBREVIATED: Record<string, string> = {
  'sen.': 'Senator',
  'rep.': 'Representative',
  'gen.': 'General',
  'lt.': 'Lieutenant',
  'col.': 'Colonel',
  'maj.': 'Major',
  'capt.': 'Captain',
  'adm.': 'Admiral',
  'sgt.': 'Sergeant',
  'cmdr.': 'Commander',
  'gov.': 'Governor',
};

function roleText(title: string, key: string): string {
  const words = title
    .split(/\s+/)
    .map((w) => ABBREVIATED[w.toLowerCase()] ?? w)
    .filter((w) => !TITLE_MODIFIERS.has(w.toLowerCase()) || KEEP_MODIFIERS.has(w.toLowerCase()));
  const role = words.join(' ') || title;
  return HEAD_TITLES.has(key)
    ? role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of')
    : role;
}

/** Role relations for every titled person mention. */
export function roleRelations(ctx: ArticleContext, home: string | null): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const titled = ctx.mentions.filter((m) => m.type === 'Person' && m.title && m.entity);
  for (const m of titled) {
    const title = m.title;
    const sent = ctx.sentences[m.sentence];
    if (!title || !sent || !m.entity) continue;
    const target = roleTarget(ctx, m, titled, home);
    if (!target) continue;
    const targetType = ctx.byName.get(target)?.type;
    const type = targetType === 'Cartel' ? 'MEMBER_OF' : 'HOLDS_ROLE';
    out.push({
      type,
      from: m.entity,
      to: target,
      role: type === 'HOLDS_ROLE' ? roleText(title.title, title.key) : null,
      ...evidence(sent),
    });
  }
  return out;
}

function roleTarget(ctx: ArticleContext, m: Mention, titled: Mention[], home: string | null): string | null {
  const title = m.title;
  if (!title) return null;
  const q = title.qualifier;
  if (q?.entity && q.type !== 'Location') return q.entity;
  const area = titleArea(title.key);
  if (area) {
    const dept = ctx.groups.find(
      (g) =>
        g.type === 'Organization' &&
        new RegExp(`\\b(department|ministry) of (the )?${area}$`).test(nameKey(g.name)),
    );
    if (dept) return dept.name;
  }
  if (q?.entity) return q.entity;
  if (title.demonymCountry) return ctx.byName.has(title.demonymCountry) ? title.demonymCountry : null;
  if (!HEAD_TITLES.has(title.key) && !area) return null;
  // The same person qualified elsewhere in the article ("U.S. President Donald Trump").
  for (const other of titled) {
    if (other.entity !== m.entity || other === m || other.title?.key !== title.key) continue;
    const oq = other.title.qualifier?.entity ?? other.title.demonymCountry;
    if (oq && ctx.byName.has(oq)) return oq;
    if (other.title.demonymCountry) return null;
  }
  return fallbackCountry(ctx, m);
}

/**
 * An unqualified head-of-state or minister title: the country that opens the clause ("In
 * neighboring El Salvador, President …"), else the dateline's, else the home country when it is
 * also a main subject of the article, else the country the article is clearly most about.
 * Otherwise no target: a wrong country is worse than none.
 */
function fallbackCountry(ctx: ArticleContext, m: Mention): string | null {
  const sent = ctx.sentences[m.sentence];
  const opener = (ctx.bySentence.get(m.sentence) ?? []).find(
    (x) =>
      x.tokenStart <= 3 &&
      x.tokenEnd < m.tokenStart &&
      !!x.entity &&
      ctx.byName.get(x.entity)?.isCountry &&
      sent?.tokens[x.tokenEnd]?.text === ',',
  );
  if (opener?.entity) return opener.entity;
  const country = ctx.place.titles;
  return country && ctx.byName.has(country) ? country : null;
}
