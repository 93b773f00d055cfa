/**
 * HOLDS_ROLE (and MEMBER_OF for roles in a cartel) from the titles found around person names:
 * the qualifier names where the role is held; a policy-area title ("Secretary of State") is held
 * in that department when the article names it; a head-of-state title falls back to the country
 * the same person is qualified with elsewhere, then to the country the article is about (see
 * fallbackCountry), never to the U.S. by default. Appositives ("X, an analyst at Y", "X, a leader
 * of the Z cartel") give roles and memberships too.
 */
import { nameKey } from '../../domain/names';
import type { ExtractedRelation } from '../../domain/types';
import type { ArticleContext } from './context';
import {
  escapeRe,
  evidence,
  isPossessive,
  LIST_JOINT,
  quoteRanges,
  textAfter,
  textBefore,
  tok,
} from './context';
import type { Mention, Sentence, TitleInfo } from './model';
import { POLICY_AREA_WORDS, POLICY_AREAS } from './lexicons/orgs';
import { COURTESY_TITLES, HEAD_TITLES, TITLE_MODIFIERS } from './lexicons/titles';
import { findTitles, type TitleSpan } from './runs';
import { lookupDemonym, lookupPlace } from './lexicon';
import { leaderCountries } from './lexicons/leaders';

// Words that change the office ("Assistant Attorney General" is not the Attorney General).
const KEEP_MODIFIERS = new Set([
  'former',
  'acting',
  'interim',
  'deputy',
  'assistant',
  'associate',
  'special',
  'executive',
  'national',
  'federal',
  'regional',
  'provincial',
]);

/** The department a policy-area title implies ("secretary of state" → "state"), if any. */
function titleArea(key: string): string | null {
  // The attorney general heads the justice department.
  if (/^(?:u\.s\. )?attorney general$/.test(key)) return 'justice';
  // "Deputy Secretary of State", "Under Secretary of Defense": a lower rank in the same department.
  key = key
    .replace(/^(?:deputy assistant|deputy|assistant|vice) /, '')
    .replace(/^(?:under |under)(?=secretary)/, '');
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
  'cdre.': 'Commodore',
  cdre: 'Commodore',
  'gov.': 'Governor',
  lt: 'Lieutenant',
  capt: 'Captain',
  cmdr: 'Commander',
  sgt: 'Sergeant',
  col: 'Colonel',
  maj: 'Major',
  adm: 'Admiral',
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
export function roleRelations(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const titled = ctx.mentions.filter((m) => m.type === 'Person' && m.title && m.entity);
  for (const m of titled) {
    const title = m.title;
    const sent = ctx.sentences[m.sentence];
    if (!title || !sent || !m.entity) continue;
    const found = roleTarget(ctx, m, titled);
    if (!found) continue;
    const [target, how, office] = found;
    const targetType = ctx.byName.get(target)?.type;
    const type = targetType === 'Cartel' ? 'MEMBER_OF' : 'HOLDS_ROLE';
    out.push({
      type,
      from: m.entity,
      to: target,
      role: type === 'HOLDS_ROLE' ? (office ?? roleText(title.title, title.key)) : null,
      basis: `role:${how}`,
      ...evidence(sent),
    });
  }
  return out;
}

/** Where the title written right before a person's name starts (article offset), or null. */
function titleStart(sent: Sentence, m: Mention, titleText: string): number | null {
  const before = sent.text.slice(0, m.start - sent.start).trimEnd();
  if (!before.toLowerCase().endsWith(titleText.toLowerCase())) return null;
  return sent.start + before.length - titleText.length;
}

/**
 * The body whose mention ends right before the person's title, if the title reader could not see
 * it, and the office between them when the title is a rank ("Houthi spokesman Brig. Gen. X": the
 * spokesman's post is the group's, the rank is his own).
 */
function bodyRightBefore(
  ctx: ArticleContext,
  m: Mention,
  titleText: string,
): { body: string; office: string | null } | null {
  const sent = ctx.sentences[m.sentence];
  const start = sent ? titleStart(sent, m, titleText) : null;
  if (!sent || start === null) return null;
  let at = start;
  const office = RANK_AFTER_OFFICE.test(titleText)
    ? OFFICE_BEFORE_RANK.exec(sent.text.slice(0, at - sent.start))
    : null;
  if (office) at -= office[0].length;
  const body = (ctx.bySentence.get(m.sentence) ?? []).find(
    (x) =>
      x.type === 'Organization' &&
      x.entity &&
      x.end <= at &&
      // (Only a body written in lower case, or one the sentence alone does not show to be a body
      // — "Houthi spokesman X", "Taliban spokesman X", typed by the article's other sentences
      // after the title reader ran: a capitalized one it knew is the title's qualifier already,
      // or the title reader left it out for a reason.)
      (/\s\p{Ll}/u.test(x.text) || x.basis === 'organization:context') &&
      /^\s+$/.test(sent.text.slice(x.end - sent.start, at - sent.start)),
  );
  return body?.entity ? { body: body.entity, office: office?.[1] ?? null } : null;
}

// A military rank, and the post written right before it ("spokesman Brig. Gen.").
const RANK_AFTER_OFFICE =
  /^(?:Brig(?:adier)?\.?|Gen(?:eral)?\.?|Maj(?:or)?\.?|Col(?:onel)?\.?|Lt\.?|Lieutenant|Capt(?:ain)?\.?|Adm(?:iral)?\.?|Rear Adm(?:iral)?\.?|Vice Adm(?:iral)?\.?|Cmdr\.?|Commander)(?:\s+(?:Gen(?:eral)?\.?|Col(?:onel)?\.?|Adm(?:iral)?\.?))?$/;
const OFFICE_BEFORE_RANK = /\b(spokes(?:man|woman|person)|military spokes(?:man|woman|person))\s+$/;

/** Where the person's title is held, how that was read, and the office when it is not the title. */
type RoleTarget = [target: string, how: string, office?: string | null];

function roleTarget(ctx: ArticleContext, m: Mention, titled: Mention[]): RoleTarget | null {
  const title = m.title;
  if (!title) return null;
  // "spokesperson for the West Philippine Sea Commodore X": a sea or region is what the post
  // covers, not where it is held.
  const q = title.qualifier && !openPlace(title.qualifier) ? title.qualifier : null;
  if (q?.entity && q.type !== 'Location') return [q.entity, 'qualifier'];
  // "Trump's special envoy X": an aide of a head of state serves that head's country.
  const head = !q && AIDE_TITLE.test(title.key) ? possessorOfTitle(ctx, m, title.title) : null;
  const led = head ? headedCountry(ctx, head) : null;
  if (led) return [led, 'leader-aide'];
  const area = titleArea(title.key);
  if (area) {
    const dept = ctx.groups.find(
      (g) =>
        g.type === 'Organization' &&
        new RegExp(
          `\\b(?:(?:department|ministry) of (?:the )?${area}|${area} (?:department|ministry))$`,
        ).test(nameKey(g.name)),
    );
    // "the Minister of Foreign Affairs of Azerbaijan" and "Ukrainian Defense Minister X" hold no
    // post in another country's ministry.
    const owner = q?.entity ?? title.demonymCountry;
    // "Justice Minister X" beside the U.S. Justice Department: U.S. departments have secretaries
    // (and an attorney general), never ministers, so the minister is another country's.
    const noMinisters = dept?.country === 'United States' && /\bminister\b/.test(title.key);
    // ("U.S. Defense Secretary X" beside Japan's "Ministry of Defense", whose owner the article
    // leaves unsaid: a stated owner must be the department's.)
    const elsewhere = (owner && dept && dept.country !== owner) || noMinisters;
    // ("Defence Minister X held a meeting with his UK counterpart Y": where another person holds
    // the same office, an office whose country is unsaid may be a ministry the article never names.)
    const rival = !owner && titled.some((o) => holdsSameOffice(o, m, title.key));
    if (dept && !elsewhere && !rival) return [dept.name, 'department'];
  }
  // "U.S. Attorney X of the Eastern District of New York": the district the post is held in,
  // not the country that qualifies the title.
  const district = !HEAD_TITLES.has(title.key) ? districtAfterName(ctx, m) : null;
  if (district)
    return [
      district,
      'district',
      q?.entity === 'United States' ? `U.S. ${roleText(title.title, title.key)}` : null,
    ];
  if (q?.entity) return [q.entity, 'qualifier'];
  // "Iran's foreign ministry spokesperson X": a body written in lower case right before the title.
  const body = !title.demonymCountry ? bodyRightBefore(ctx, m, title.title) : null;
  if (body) return [body.body, 'qualifier', body.office];
  if (title.demonymCountry)
    return ctx.byName.has(title.demonymCountry) ? [title.demonymCountry, 'demonym'] : null;
  // "Honduran officials, including immigration director X": one of a country's officials.
  const among = officialsOf(ctx, m);
  if (among) return [among, 'officials-of'];
  // "President Vladimir Putin of the Russian Federation": the country right after the name.
  const after = countryAfterName(ctx, m);
  if (after && (HEAD_TITLES.has(title.key) || area)) return [after, 'of-country'];
  // "Director of National Intelligence X": an office only the U.S. government has, read with its
  // "of" field, in an article that names the United States.
  if (US_ONLY_OFFICE_NAMED.test(title.title.toLowerCase()) && ctx.byName.get('United States')?.isCountry)
    return ['United States', 'us-office'];
  if (JUDGE_TITLES.has(title.key)) {
    const court = onlyCourt(ctx);
    return court ? [court, 'court'] : null;
  }
  if (
    !HEAD_TITLES.has(title.key) &&
    !area &&
    !/^(?:senator|sen\.|representative|rep\.|governor|gov\.)$/.test(title.key)
  )
    return null;
  // "Sen. Tim Kaine, a Virginia Democrat": the state the lawmaker represents.
  const state = partyState(ctx, m);
  if (state) return [state, 'state'];
  if (!HEAD_TITLES.has(title.key) && !area) return null;
  // The same person qualified elsewhere in the article ("U.S. President Donald Trump").
  for (const other of titled) {
    if (other.entity !== m.entity || other === m || other.title?.key !== title.key) continue;
    const oq = other.title.qualifier?.entity ?? other.title.demonymCountry;
    if (oq && ctx.byName.has(oq)) return [oq, 'same-person'];
    if (other.title.demonymCountry) return null;
  }
  const shared = coordinatedCountry(ctx, m, titled);
  if (shared) return [shared, 'coordinated'];
  const c = fallbackCountry(ctx, m);
  if (c) return [c, 'own-country'];
  const known = leaderCountry(ctx, m.entity ?? '', title.key);
  if (known) return [known, 'factbook'];
  // "Secretary of State X", "Homeland Security Secretary Y": offices only the U.S. government
  // has under that name (other governments' are "Foreign Secretary", "Secretary of State for …",
  // "Defence Secretary"), in an article that names the United States.
  if (US_ONLY_OFFICE.test(title.key) && ctx.byName.get('United States')?.isCountry)
    return ['United States', 'us-office'];
  return ministerOfTheArticle(ctx, m, title.key);
}

// The posts of a leader's own staff ("Trump's special envoy", "Putin's spokesman").
const AIDE_TITLE =
  /^(?:(?:special |presidential )?envoy|special representative|(?:senior |national security |special )?advis[eo]r|spokes(?:man|woman|person)|press secretary|chief of staff)$/;

/** The person written possessively right before a person's title ("Trump's special envoy X"). */
function possessorOfTitle(ctx: ArticleContext, m: Mention, titleText: string): string | null {
  const sent = ctx.sentences[m.sentence];
  const at = sent ? titleStart(sent, m, titleText) : null;
  if (!sent || at === null) return null;
  const owner = (ctx.bySentence.get(m.sentence) ?? []).find(
    (x) =>
      x.type === 'Person' &&
      !!x.entity &&
      x.entity !== m.entity &&
      /^[’']s?\s+$/.test(sent.text.slice(x.end - sent.start, at - sent.start)),
  );
  return owner?.entity ?? null;
}

/** The country a person heads in this article: a head's title qualified by it, or the Factbook. */
export function headedCountry(ctx: ArticleContext, person: string): string | null {
  for (const x of ctx.mentions) {
    if (x.entity !== person || !x.title || !HEAD_OF_STATE.test(x.title.key)) continue;
    const own = x.title.qualifier?.entity ?? x.title.demonymCountry;
    if (own && ctx.byName.get(own)?.isCountry) return own;
    const known = leaderCountry(ctx, person, x.title.key);
    if (known) return known;
  }
  return null;
}

/** The titles of heads of state and government. */
export const HEAD_OF_STATE = /^(?:president|prime minister|premier|chancellor|king|queen|emir)$/;

// Offices only the U.S. government has under these names ("Secretary of State X").
const US_ONLY_OFFICE =
  /^(?:secretary of state|secretary of homeland security|homeland security secretary|secretary of the treasury|treasury secretary|secretary of war|war secretary)$/;

// Offices only the U.S. government has, named whole with their field.
const US_ONLY_OFFICE_NAMED =
  /^(?:(?:acting |deputy )?director of national intelligence|secretary of defense)$/;

// The areas of U.S. executive departments (and the services') whose heads are secretaries.
const US_SECRETARY_AREAS =
  /\b(?:state|defen[cs]e|war|treasury|homeland security|interior|agriculture|commerce|labou?r|health|housing|transportation|energy|education|veterans|navy|army|air force|press|cabinet)\b|^secretary$/;

/**
 * "Interior Minister X said …" with no country beside him, in an article whose country is one
 * beyond doubt: the country most named (≥ 1.5× the next), the owner of most of the bodies it
 * names, and its dateline's if it has one. A minister or secretary serves that government; a
 * head of state may be a visitor, so presidents and kings get no such guess. In an article about
 * one country and the United States only, a minister is the other country's (ministersOfThePair).
 */
function ministerOfTheArticle(ctx: ArticleContext, m: Mention, titleKey: string): [string, string] | null {
  const { home, dateline, topCount, nextCount } = ctx.place;
  // ("Foreign Affairs Minister X" in an article about Canada and the United States, no third
  // country named twice: the U.S. has no ministers, so the minister is the other country's.)
  const pair = ministersOfThePair(ctx, titleKey);
  const top = pair ?? ctx.place.top;
  // The article's country beyond doubt: the one whose bodies it names, or, where it names no
  // one's bodies, one named at least three times as often as any other (four times at least), or
  // the only one, also its dateline's.
  const beyondDoubt =
    !!pair ||
    home === top ||
    (home === null && (nextCount === 0 ? dateline === top : topCount >= 4 && topCount >= 3 * nextCount));
  // (A dateline in Washington does not make the pair's minister American.)
  if (!top || !beyondDoubt || (dateline && dateline !== top && !pair) || !ctx.byName.get(top)?.isCountry)
    return null;
  // ("UK expands sanctions against Russia's shadow fleet … Foreign Secretary X": an article about
  // acts against its most named country is told from the side of whoever acts, whose minister X
  // may well be.)
  if (!pair && actedAgainst(ctx, top)) return null;
  // ("… when Interior Minister X visited Dhaka": who comes to the country is not its minister.)
  const sent = ctx.sentences[m.sentence];
  const came = sent ? CAME_TO.exec(sent.text.slice(m.end - sent.start)) : null;
  const place = came?.[1] ? lookupPlace(came[1]) : null;
  if (place && (place.name === top || place.country === top)) return null;
  // ("Defence Minister X met his UK counterpart, UK Defence Minister Y": a country has one
  // minister for an office, so where the article names another's, X is not the country's.)
  const taken = ctx.mentions.some(
    (o) =>
      holdsSameOffice(o, m, titleKey) &&
      (o.title?.demonymCountry === top || o.title?.qualifier?.entity === top),
  );
  if (taken) return null;
  // (U.S. departments have secretaries, never ministers: a minister there is another country's.)
  if (top === 'United States' && /\bminister\b/.test(titleKey)) return null;
  // (Nor has it a "Public Security Secretary": only its own departments' secretaries are its.)
  if (top === 'United States' && /\bsecretary\b/.test(titleKey) && !US_SECRETARY_AREAS.test(titleKey))
    return null;
  return /\b(?:minister|secretary)\b/.test(titleKey)
    ? [top, pair ? 'minister-of-the-pair' : 'article-country']
    : null;
}

/** Another person of the article titled with the same office, or one of the same area. */
function holdsSameOffice(o: Mention, m: Mention, titleKey: string): boolean {
  if (o.type !== 'Person' || !o.entity || o.entity === m.entity || !o.title) return false;
  const area = titleArea(titleKey);
  return o.title.key === titleKey || (!!area && titleArea(o.title.key) === area);
}

// Acts done to what comes next: "sanctions against", "tariffs on", "strikes on".
const ACT_AGAINST =
  /\b(?:sanctions?|penalties|measures|tariffs?|duties|strikes?|attacks?|war|pressure|campaign|action|restrictions|embargo)\s+(?:against|on)\s+(?:the\s+)?$/i;

/** Whether the article tells an act against the country ("new sanctions against Russia"). */
function actedAgainst(ctx: ArticleContext, country: string): boolean {
  return ctx.mentions.some((x) => {
    const sent = x.entity === country ? ctx.sentences[x.sentence] : undefined;
    return !!sent && ACT_AGAINST.test(textBefore(sent, x, 40));
  });
}

/** The country of an article about it and the United States only, for a minister's title. */
function ministersOfThePair(ctx: ArticleContext, titleKey: string): string | null {
  const { first, second, nextCount, thirdCount } = ctx.place;
  // (Not a prime minister: a head of government is as often the other side's guest.)
  if (!/\bminister\b/.test(titleKey) || /\bprime\b/.test(titleKey) || nextCount < 2 || thirdCount >= 2)
    return null;
  const other = first === 'United States' ? second : second === 'United States' ? first : null;
  return other && ctx.byName.get(other)?.isCountry ? other : null;
}

const CAME_TO =
  /^\s*(?:,[^,]{1,60},\s*)?(?:(?:has|had|also|recently)\s+)?(?:visited|arrived in|traveled to|travelled to|flew to|landed in|came to|is visiting|was visiting)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})/u;

/**
 * "President Donald Trump" with no country anywhere beside him: the one country, named in the
 * article, where the World Factbook has a person of that name holding that title by the article's
 * day. The title and the name are the article's; the Factbook only says whose office it is.
 */
export function leaderCountry(ctx: ArticleContext, person: string, titleKey: string): string | null {
  // (factbook-leaders.json names countries as the gazetteer does, so they are the article's entity names.)
  const found = leaderCountries(person, titleKey, ctx.dates.ref).filter((c) => ctx.byName.get(c)?.isCountry);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * "Foreign Minister Cho met his Japanese counterpart, Yoko Kamikawa": the counterpart holds the
 * same office in the country the demonym (or "counterpart from/in <country>") names. Only offices
 * every government has under one name (president, prime minister, "<area> minister"): a U.S.
 * secretary's counterpart is a minister, not a secretary. No country stated, no relation.
 */
export function counterpartRoles(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of ctx.mentions) {
    if (m.type !== 'Person' || !m.entity) continue;
    if (m.title?.qualifier || m.title?.demonymCountry) continue;
    const sent = ctx.sentences[m.sentence];
    if (!sent) continue;
    // ("his Saudi counterpart, Foreign Minister X": the person's own title may stand between.)
    const text = textBefore(sent, m, 60);
    const own = m.title?.title ?? '';
    const titled = own && text.trimEnd().toLowerCase().endsWith(own.toLowerCase());
    const before = titled ? text.trimEnd().slice(0, -own.length) : text;
    const hit = COUNTERPART.exec(before);
    if (!hit) continue;
    const [, word, place] = hit;
    const country = counterpartCountry(word ?? place ?? '');
    if (!country || !ctx.byName.get(country)?.isCountry) continue;
    const anchor = anchorTitle(ctx, m);
    // ("his US counterpart Antony Blinken … Secretary of State Blinken": a title the article gives
    // the person itself wins over the anchor's; "… his Equatorial Guinean counterpart, X … with
    // President X": an office every government has, given with no country, is the counterpart's.)
    const elsewhere = ctx.mentions.find((x) => x.entity === m.entity && x.title)?.title;
    const shared =
      elsewhere && !elsewhere.qualifier && !elsewhere.demonymCountry && SHARED_OFFICE.test(elsewhere.key)
        ? elsewhere
        : null;
    const ownTitle = m.title && SHARED_OFFICE.test(m.title.key) ? m.title : shared;
    if (!ownTitle && elsewhere) continue;
    const office = ownTitle ?? anchor;
    if (!office) continue;
    // ("his US counterpart": governments whose ministers are secretaries have no "Foreign Minister".)
    if (!ownTitle && SECRETARY_CABINETS.has(country) && / minister$/.test(office.key)) continue;
    out.push({
      type: 'HOLDS_ROLE',
      from: m.entity,
      to: country,
      role: roleText(office.title, office.key),
      basis: 'role:counterpart',
      ...evidence(sent),
    });
  }
  return out;
}

// "his Japanese counterpart, ", "Indonesian counterpart ", "his counterpart from Indonesia ",
// "his counterpart in Mexico, ": right before the person's name.
const COUNTERPART =
  /(?:\b(?:his|her|their)\s+)?(?:\b([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)\s+)?\bcounterpart(?:\s+(?:from|in|of)\s+(?:the\s+)?([\p{Lu}][\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]+){0,2}))?,?\s+$/u;

// Offices every government has under the same name.
const SHARED_OFFICE =
  /^(?:(?:deputy |vice )?president|vice-president|(?:deputy )?prime minister|(?:[a-z]+ )?(?:affairs )?minister|minister (?:of|for) [a-z ]+)$/;

/** Governments whose heads of department are secretaries ("Secretary of State", "Defence Secretary"). */
const SECRETARY_CABINETS = new Set(['United States', 'United Kingdom', 'Philippines']);

function counterpartCountry(word: string): string | null {
  if (!word) return null;
  const d = lookupDemonym(word);
  if (d) return d.country;
  const p = lookupPlace(word);
  if (p?.kind === 'country') return p.name;
  // ("his German Defence counterpart": the country's adjective, then the office's field.)
  const [first, field] = word.split(/\s+/);
  return first && field && POLICY_AREA_WORDS.has(field.toLowerCase()) ? counterpartCountry(first) : null;
}

/** The office of the person this one is the counterpart of: the nearest titled person before. */
function anchorTitle(ctx: ArticleContext, m: Mention): { title: string; key: string } | null {
  const before = (ctx.bySentence.get(m.sentence) ?? []).filter(
    (x) => x.type === 'Person' && x.end <= m.start && x.entity && x.entity !== m.entity,
  );
  const a = before[before.length - 1];
  if (!a?.entity) return null;
  // The anchor's title here, or the title the article gives the same person elsewhere, or the
  // office in apposition after it ("John Healey, Britain's new defense minister, … met German
  // counterpart X").
  const sent = ctx.sentences[a.sentence];
  const ms = ctx.bySentence.get(a.sentence) ?? [];
  const apposed = (): { title: string; key: string } | null => {
    if (!sent) return null;
    const titles = findTitles(sent.tokens);
    return (
      countryTitleAfter(ctx, sent, ms, a, titles) ??
      titleOfCountryAfter(ctx, sent, ms, a, titles) ??
      titleAfterName(ctx, sent, ms, a, titles, new Set())
    );
  };
  const t =
    a.title ??
    ctx.mentions.find((x) => x.entity === a.entity && x.type === 'Person' && x.title)?.title ??
    apposed();
  if (!t || !SHARED_OFFICE.test(t.key)) return null;
  return { title: t.title.replace(/^(?:the\s+)?/i, ''), key: t.key };
}

/** A body of water or a world region: no one holds office there. */
function openPlace(m: Mention): boolean {
  if (m.type !== 'Location') return false;
  const kind = lookupPlace(m.lexName ?? m.text)?.kind;
  return kind === 'water' || kind === 'region' || /\b(?:Sea|Ocean|Strait|Gulf|Bay|Channel)$/.test(m.text);
}

const JUDGE_TITLES = new Set(['judge', 'justice', 'chief justice', 'magistrate']);

/** The court an article names, when it names exactly one ("Justice X" sits on it). */
function onlyCourt(ctx: ArticleContext): string | null {
  const courts = ctx.groups.filter(
    (g) => g.type === 'Organization' && /\b(?:court|tribunal)\b/i.test(g.name),
  );
  return courts.length === 1 ? (courts[0]?.name ?? null) : null;
}

/**
 * "US Vice President JD Vance and Secretary of State Marco Rubio": an unqualified title joined by
 * "and" right after a person whose title names a country shares that country.
 */
function coordinatedCountry(ctx: ArticleContext, m: Mention, titled: Mention[]): string | null {
  const sent = ctx.sentences[m.sentence];
  const title = m.title;
  if (!sent || !title) return null;
  const prev = titled.filter((o) => o.sentence === m.sentence && o.end <= m.start).pop();
  if (!prev?.title) return null;
  const between = sent.text.slice(prev.end - sent.start, m.start - sent.start);
  // ("… and President Vladimir Putin of the Russian Federation": his own country follows.)
  if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(sent.text.slice(m.end - sent.start))) return null;
  const sameTitle = new RegExp(`^,?\\s+and\\s+${escapeRe(title.title)}\\s+$`, 'i').test(between);
  // ("U.S. Secretary of State A, Homeland Security Secretary B and …": a list of a government's
  // ministers and secretaries shares the first one's country; heads of state are listed at summits.)
  const at = between.lastIndexOf(title.title);
  const listed =
    at >= 0 &&
    /^\s*$/.test(between.slice(at + title.title.length)) &&
    /^(?:,\s+(?:and\s+)?|\s+and\s+)$/.test(between.slice(0, at)) &&
    !HEAD_TITLES.has(title.key) &&
    !HEAD_TITLES.has(prev.title.key);
  if (!sameTitle && !listed) return null;
  // ("Japanese Foreign Minister A and Defense Secretary B": a government styles its cabinet one
  // way; a minister beside a secretary speaks for two.)
  const style = (key: string): string | null =>
    /\bminister\b/.test(key)
      ? 'minister'
      : /\bsecretary\b(?!-general| general)/.test(key)
        ? 'secretary'
        : null;
  const [mine, theirs] = [style(title.key), style(prev.title.key)];
  if (mine && theirs && mine !== theirs) return null;
  const q = prev.title.qualifier;
  const country = q?.entity && ctx.byName.get(q.entity)?.isCountry ? q.entity : prev.title.demonymCountry;
  return country && ctx.byName.has(country) ? country : null;
}

const OFFICIALS_OF =
  /\b(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)([’']s)?\s+(?:government\s+|security\s+|senior\s+|top\s+)?(?:officials|authorities|ministers|delegation|delegates|representatives),?\s+(?:including|among them|such as)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

// "Philippine officials present were", "the Saudi delegation included", "Ukraine was represented
// by": a list of a country's officials follows.
const OFFICIALS_LIST =
  /\b(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)([’']s)?\s+(?:government\s+|security\s+|senior\s+|top\s+)?(?:(?:officials|ministers|delegation|delegates|representatives)(?:,?\s+(?:including|among them|such as)|\s+(?:(?:present|attending|who attended)\s+)?(?:were|included|include):?)|(?:was|were)\s+represented\s+by)\s+/gu;

/** The country of "<Demonym> officials, including" right before a person's title, if the article names it. */
function officialsOf(ctx: ArticleContext, m: Mention): string | null {
  const sent = ctx.sentences[m.sentence];
  if (!sent || !m.title) return null;
  const titleAt = sent.text.lastIndexOf(m.title.title, m.start - sent.start);
  if (titleAt < 0) return null;
  const hit =
    OFFICIALS_OF.exec(sent.text.slice(Math.max(0, titleAt - 80), titleAt)) ??
    officialsListed(ctx, sent, titleAt);
  if (!hit?.[1]) return null;
  // ("Peru's officials", "Ukraine was represented by": the country named; else a demonym.)
  const place = lookupPlace(hit[1]);
  const named = place?.kind === 'country' ? place.name : null;
  const country = hit[2] ? named : (lookupDemonym(hit[1])?.country ?? named);
  return country && ctx.byName.get(country)?.isCountry ? country : null;
}

/**
 * "Philippine officials present were Executive Secretary A, Finance Secretary B and …": the list's
 * head, when only the names of other people (with their titles), commas and "and" stand between
 * it and the title at `titleAt`.
 */
function officialsListed(ctx: ArticleContext, sent: Sentence, titleAt: number): RegExpExecArray | null {
  const text = sent.text;
  let head: RegExpExecArray | null = null;
  for (const h of text.slice(0, titleAt).matchAll(OFFICIALS_LIST)) head = h;
  if (!head) return null;
  let rest = text.slice(head.index + head[0].length, titleAt);
  const offset = head.index + head[0].length;
  const inList = (ctx.bySentence.get(sent.index) ?? [])
    .filter((x) => x.end - sent.start <= titleAt && x.start - sent.start >= offset)
    .sort((a, b) => b.start - a.start);
  for (const p of inList) {
    const end = p.end - sent.start - offset;
    let start = p.start - sent.start - offset;
    // ("Presidential Communications Office Secretary X": the body whose post the next one holds.)
    if (p.type !== 'Person') {
      if (/^\s*,/.test(rest.slice(end))) rest = rest.slice(0, start) + rest.slice(end);
      continue;
    }
    const title = p.title?.title ?? '';
    const t = title ? rest.lastIndexOf(title, start) : -1;
    if (t >= 0 && /^\s*$/.test(rest.slice(t + title.length, start))) start = t;
    rest = rest.slice(0, start) + ',' + rest.slice(end);
  }
  return /^(?:[\s,;]|\band\b|\bas well as\b)*$/.test(rest) ? head : null;
}

// Letters written after a member's name ("MP", "MEP"), which end the name's phrase.
const POST_NOMINAL_LETTERS = new Set(['MP', 'MEP', 'MLA', 'MPP', 'MSP', 'MHA', 'QC', 'KC']);

/** The mention of the person's sentence that `lead` ("of the") joins right after the name and `fits`. */
function mentionAfterName(
  ctx: ArticleContext,
  m: Mention,
  lead: RegExp,
  fits: (x: Mention) => boolean,
): Mention | undefined {
  const sent = ctx.sentences[m.sentence];
  const gap = sent ? lead.exec(sent.text.slice(m.end - sent.start)) : null;
  if (!gap) return undefined;
  const at = m.end + gap[0].length;
  return (ctx.bySentence.get(m.sentence) ?? []).find((x) => x.start === at && fits(x));
}

/** "X of the Southern District of Texas", "X for the District of Columbia": a judicial district. */
function districtAfterName(ctx: ArticleContext, m: Mention): string | null {
  const d = mentionAfterName(
    ctx,
    m,
    /^\s+(?:of|for|in)\s+the\s+/,
    (x) => x.type === 'Organization' && /\bDistrict of\b/.test(x.text),
  );
  return d?.entity ?? null;
}

/** The country named by "of (the) <country>" right after a person's name, if any. */
function countryAfterName(ctx: ArticleContext, m: Mention): string | null {
  const c = mentionAfterName(ctx, m, /^\s+of\s+(?:the\s+)?/, (x) => x.type === 'Location');
  return c?.entity && ctx.byName.get(c.entity)?.isCountry ? c.entity : null;
}

/**
 * An unqualified head-of-state or minister title: the country that opens the clause ("In
 * neighboring El Salvador, President …"), else the person's own country written possessively or
 * as a demonym elsewhere. Never the dateline's or the article's main country: a wrong country is
 * worse than none.
 */
function fallbackCountry(ctx: ArticleContext, m: Mention): string | null {
  const sent = ctx.sentences[m.sentence];
  const opener = (ctx.bySentence.get(m.sentence) ?? []).find(
    (x) =>
      x.tokenStart <= 3 &&
      x.tokenEnd < m.tokenStart &&
      !!x.entity &&
      ctx.byName.get(x.entity)?.isCountry &&
      sent?.tokens[x.tokenEnd]?.text === ',' &&
      // "In El Salvador, President …" (not "Following Equatorial Guinea, Prime Minister …").
      /^\W*In\s+(?:\p{Ll}+\s+)?$/u.test(sent.text.slice(0, x.start - sent.start)),
  );
  if (opener?.entity) return opener.entity;
  // "Ecuador's Noboa", "the Ecuadorean Noboa": the person's own country, stated elsewhere.
  // (No guess from the article's main country here: visitors and foreign leaders share its pages;
  // only a minister in an article of one country beyond doubt gets one, ministerOfTheArticle.)
  return personCountry(ctx, m.entity ?? '');
}

/** A country written possessively or as a demonym right before one of the person's mentions. */
function personCountry(ctx: ArticleContext, person: string): string | null {
  for (const x of ctx.mentions) {
    if (x.entity !== person || x.type !== 'Person') continue;
    if (x.title?.demonymCountry && ctx.byName.has(x.title.demonymCountry)) return x.title.demonymCountry;
    const sent = ctx.sentences[x.sentence];
    if (!sent) continue;
    const poss = isPossessive(sent, x.tokenStart - 1);
    const owner = (ctx.bySentence.get(x.sentence) ?? []).find(
      (o) =>
        o.tokenEnd === x.tokenStart - (poss ? 1 : 0) &&
        o !== x &&
        !!o.entity &&
        ctx.byName.get(o.entity)?.isCountry,
    );
    if (owner?.entity && poss) return owner.entity;
  }
  return null;
}

/** "X, a Virginia Democrat" / "X (R-Texas)": the place a lawmaker represents, if stated. */
function partyState(ctx: ArticleContext, m: Mention): string | null {
  const sent = ctx.sentences[m.sentence];
  if (!sent) return null;
  const after = sent.text.slice(m.end - sent.start, m.end - sent.start + 40);
  const place = /^,\s+an?\s+([\p{Lu}][\p{L}. ]+?)\s+(?:Democrat|Republican|Independent)\b/u.exec(after)?.[1];
  if (!place) return null;
  const hit = (ctx.bySentence.get(m.sentence) ?? []).find(
    (x) => x.type === 'Location' && x.text === place && x.entity,
  );
  return hit?.entity ?? null;
}

const OCCUPATIONS =
  'analyst|researcher|fellow|professor|economist|scholar|expert|adviser|advisor|director|executive director|managing director|general manager|president|chairman|chairwoman|chairperson|chief executive|founder|co-founder|spokesman|spokeswoman|spokesperson|head|coordinator|lawyer|attorney|editor|correspondent|member|secretary|governor|commissioner|administrator';
// ("X, a commander with Sudan's paramilitary Y": a country's possessive and one adjective may
// stand before the body; "X, Deputy Executive Director for Operations at Y": a title's own
// field is part of it; "X is a former governor of the Bank of Canada": told with a copula.)
const APPOSITIVE_ROLE = new RegExp(
  `^(?:,|\\s+(?:is|was|has been|had been|became|serves as|served as))\\s+(?:(?:a|an|the)\\s+)?((?:(?:senior|former|deputy|executive|chief|security|political|policy|defense|legal|research|program|regional|field|military|top)\\s+)*(?:${OCCUPATIONS}|commander|official|officer|leader)(?:\\s+(?:for|of)\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{Ll}+){0,3})?)\\s+(?:at|of|with|for|in)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?[’']s\\s+(?:[a-z-]+\\s+)?)?$`,
  'iu',
);
// The role right after a body named in an appositive: "the Coast Guard spokesperson".
const ORG_THEN_ROLE = new RegExp(
  `^(?:[’']s)?\\s+((?:(?:senior|deputy|executive|chief|regional|national|general|acting|interim|managing|assistant|foreign policy|security policy|high)\\s+)*(?:${OCCUPATIONS}|commissioner|commander|chief executive|secretary|secretary-general|secretary general|minister|official|officer|inspector|prosecutor|judge|chief|representative))\\b(?!-)`,
  'i',
);
// ("X, the 59-year-old leader of the Y Cartel": an age may stand before the role.)
const CARTEL_ROLE_ADJECTIVES =
  '(?:(?:senior|top|alleged|reputed|suspected|presumed|purported|high-ranking|key|main|notorious|former|regional|local|plaza|cell|founding|current|longtime|new|acting|historic|overall|supreme|other|lead|\\d{1,3}-year-old)\\s+)*';
// ("X, leader of the notorious Les Argentins gang": what the group is called before its name.)
const GROUP_EPITHETS =
  '(?:(?:notorious|infamous|powerful|feared|dreaded|violent|ruthless|brutal|rival|so-called)\\s+)*';
/** One role in a criminal group, singular. */
const CARTEL_ROLE_WORD =
  '(?:leader|member|commander|boss|chief|head|founder|co-founder|cofounder|co-leader|ringleader|kingpin|capo|financier|lieutenant|operative|hit ?m[ae]n|sicario|enforcer|accountant|money launderer|trafficker|number two|second-in-command)';
/** A role or roles, captured (CARTEL_ROLE_NOUN: the same, not captured). */
const CARTEL_ROLE_NOUNS = `(${CARTEL_ROLE_WORD}s?)`;
const CARTEL_ROLE_NOUN = `(?:${CARTEL_ROLE_WORD}s?)`;
// ("X, the co-founder and current leader of CJNG": two roles joined by "and".)
const CARTEL_ROLE = new RegExp(
  `(?:^|,\\s+|\\bas\\s+)(?:(?:a|an|the|one of the|both)\\s+)?(?:${CARTEL_ROLE_ADJECTIVES}${CARTEL_ROLE_NOUN}\\s+and\\s+)?${CARTEL_ROLE_ADJECTIVES}${CARTEL_ROLE_NOUNS}\\s+(?:of|in|for|with|within)\\s+(?:the\\s+)?${GROUP_EPITHETS}(?:(?:[\\w-]+\\s+){0,2}(?:organi[sz]ation|group|gang|cartel|network|syndicate)\\s+)?["“]?$`,
  'i',
);
// "X leads Los Lobos", "X founded the Y Cartel", "X is the alleged leader of Y", "X was accused of
// being a leader of Y", "X, who is accused of leading Y": the sentence's verb says the person
// belongs to the group right after.
const CARTEL_VERB = new RegExp(
  `^(?:,\\s+\\d{1,3},)?,?\\s+(?:(?:who\\s+)?(?:allegedly\\s+|reportedly\\s+|jointly\\s+)?(?:leads|led|heads|headed|helms|helmed|runs|ran|founded|co-?founded|commands|commanded)|(?:who\\s+)?(?:is|was|are|were|has been|had been)\\s+(?:accused|suspected|alleged|believed|charged with|convicted of)\\s+(?:of\\s+|to\\s+)?(?:leading|heading|running|founding|co-founding|commanding|have led|have founded)|(?:who\\s+)?(?:is|was)\\s+(?:(?:also|allegedly|reportedly|believed to be|said to be)\\s+)?(?:a|an|the|one of the)\\s+${CARTEL_ROLE_ADJECTIVES}(?:${CARTEL_ROLE_NOUN}|masterminds?)\\s+of|(?:is|was|were|has been|had been)\\s+accused of being\\s+(?:a|an|the|one of the)\\s+${CARTEL_ROLE_ADJECTIVES}${CARTEL_ROLE_NOUN}\\s+(?:of|in))\\s+(?:the\\s+|(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}(?:group|gang|organi[sz]ation|cartel|network|syndicate)\\s+(?:called|known\\s+as|named)\\s+["“]?)?$`,
  'i',
);
/**
 * A group's possessive role right before a name: "…'s other cofounder, ", "…'s leader " (one role:
 * one name).
 */
const GROUP_ROLE_BEFORE_NAME = new RegExp(
  `^[’']s\\s+${CARTEL_ROLE_ADJECTIVES}${CARTEL_ROLE_WORD},?\\s+$`,
  'i',
);
const NICKNAME_CLAUSE =
  /^,\s+who\s+(?:goes|went)\s+by\s+(?:the\s+)?(?:alias|nickname|name)\s+["“][^"”]{1,30}["”]\s+and\s+/i;
/** "X is the …", "X, known as “Y,” was one of the …": a possessive group's role follows. */
const OWNED_ROLE_VERB =
  /^(?:,\s+(?:known as|alias|aka)\s+["“][^"”]{1,30}[,"”]{1,3}|,\s+\d{1,3},)?\s+(?:is|was|became|remains)\s+(?:(?:also|allegedly|reportedly)\s+)?(?:one of\s+)?(?:the\s+)?$/i;
/** The role after a group's possessive: "…'s alleged ringleader". */
const CARTEL_ROLE_OWNED = new RegExp(`^[’']s\\s+["“]?${CARTEL_ROLE_ADJECTIVES}${CARTEL_ROLE_NOUNS}\\b`, 'i');

// "The ship carried X, a Defence official said": a role noun right before a verb of saying opens
// the sentence's attribution; it is the speaker's, not the name's before it.
const REPORTING_AFTER =
  /^\s*(?:said|says|told|added|stated|explained|noted|confirmed|announced|wrote|reported|warned|insisted|claimed)\b/i;

const SUBJECT_LEAD =
  /^(?:(?:However|Meanwhile|Separately|Earlier|Later|Still|Also|But|And)\s*,?\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;

/**
 * Roles told in an appositive: "X, a security analyst at the Y" → HOLDS_ROLE; "X, described by
 * prosecutors as a senior leader of the Z Cartel" → MEMBER_OF. The body or group must follow
 * right after the role, in the same sentence, with no other person in between.
 */
export function appositiveRoles(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const titlesOf = new Map<number, TitleSpan[]>();
  // Token indexes of the commas that closed a name's appositive office (see titleAfterName).
  const listEnds = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Person' || !m.entity) continue;
    const sent = ctx.sentences[m.sentence];
    const ms = ctx.bySentence.get(m.sentence) ?? [];
    if (!sent) continue;
    // "the Sinaloa Cartel's other cofounder, X": the group's possessive role right before the name.
    const group = ms.find(
      (x) =>
        x.type === 'Cartel' &&
        !!x.entity &&
        x.end < m.start &&
        GROUP_ROLE_BEFORE_NAME.test(sent.text.slice(x.end - sent.start, m.start - sent.start)),
    );
    if (group?.entity) {
      out.push({
        type: 'MEMBER_OF',
        from: m.entity,
        to: group.entity,
        role: null,
        basis: 'member:appositive',
        ...evidence(sent),
      });
      continue;
    }
    // (The sentence's titles, found once for all its names.)
    let titles = titlesOf.get(sent.index);
    if (!titles) titlesOf.set(sent.index, (titles = findTitles(sent.tokens)));
    const from = m.entity;
    const hold = (to: string, role: string | null): void =>
      void out.push({ type: 'HOLDS_ROLE', from, to, role, basis: 'role:appositive', ...evidence(sent) });
    // ("Richard Marles MP, Australian Defence Minister,": the letters after the name end it.)
    const letters = sent.tokens[m.tokenEnd];
    const named =
      letters && POST_NOMINAL_LETTERS.has(letters.text)
        ? { ...m, tokenEnd: m.tokenEnd + 1, end: letters.end }
        : m;
    const owned =
      countryTitleAfter(ctx, sent, ms, named, titles) ??
      titleOfCountryAfter(ctx, sent, ms, named, titles) ??
      takenOffice(ctx, sent, ms, named, titles) ??
      titleOfCountryBefore(ctx, sent, ms, m, titles) ??
      titleAfterName(ctx, sent, ms, named, titles, listEnds) ??
      titleBeforeName(ctx, sent, ms, m, titles);
    if (owned) {
      hold(owned.country, roleText(owned.title, owned.key));
      continue;
    }
    // "Commodore Jay Tarriela of the Philippine Coast Guard said …": a title no qualifier claimed,
    // then "of" and the body, which ends the name's phrase.
    const ofBody = bodyOfTitled(sent, ms, m);
    if (ofBody) {
      hold(ofBody.body, roleText(ofBody.title.title, ofBody.title.key));
      continue;
    }
    // "X of the Finnish Border Guard said …": a person with no title, then "of" and a body that
    // ends the name's phrase, belongs to it (no office is stated).
    const memberOf = !m.title ? bodyOfUntitled(sent, ms, m) : null;
    if (memberOf) {
      out.push({
        type: 'MEMBER_OF',
        from,
        to: memberOf,
        role: null,
        basis: 'member:of-body',
        ...evidence(sent),
      });
      continue;
    }
    // "X, who heads the Y, said": the verb of a post, then the body.
    const headed = HEADS_BODY.exec(textAfter(sent, m, 40));
    const headedBody = headed ? ms.find((x) => x.start === m.end + headed[0].length) : undefined;
    if (
      headed &&
      headedBody?.entity &&
      headedBody.type === 'Organization' &&
      headedBody.role !== 'qualifier'
    ) {
      hold(headedBody.entity, HEADS_ROLE[headed[1]?.toLowerCase() ?? ''] ?? 'head');
      continue;
    }
    const bodyAfter = (end: number): Mention | undefined =>
      ms.find(
        (x) =>
          x.start > end &&
          x.entity &&
          // (The person's own nickname, "X, known as “El Gato,” …", is no one else.)
          x.entity !== m.entity &&
          x.role !== 'qualifier' &&
          (x.type === 'Organization' || x.type === 'Cartel' || x.type === 'Person'),
      );
    let next = bodyAfter(m.end);
    // "A and B, leaders of the Gulf Cartel": the plural appositive after the last of a pair (or a
    // list) of names is each one's.
    let last = m;
    while (
      next?.type === 'Person' &&
      /^(?:\s*,)?\s+(?:and\s+)?$/.test(sent.text.slice(last.end - sent.start, next.start - sent.start))
    ) {
      last = next;
      next = bodyAfter(last.end);
    }
    const listed = last !== m;
    if (!next || next.type === 'Person' || next.start - last.end > 90) continue;
    // "X, Commander of the ABF's Maritime Border Command": the body the possessive owns is the one.
    const ownerEnd = next.tokenEnd;
    const owned2 = isPossessive(sent, ownerEnd)
      ? ms.find((x) => x.tokenStart === ownerEnd + 1 && x.type === 'Organization' && x.entity)
      : undefined;
    // (The words before the role's body end at its owner: "a spokesman for the PLA Navy's …".)
    const bodyStart = next.start;
    if (owned2) next = owned2;
    const between = sent.text.slice(last.end - sent.start, bodyStart - sent.start);
    const member =
      // ("X, known as “El Mencho” and leader of the Y Cartel": after the quoted nickname, a name of
      // X's own, the role.)
      CARTEL_ROLE.exec(
        between
          .replace(/^["”’],?\s+and\s+/, ', ')
          .replace(/^,\s+(?:[\w’'-]+\s+){0,6}?as\s+/, ', ')
          // ("X, ‘El Mencho,’ leader of the Y Cartel": a quoted nickname set off by commas.)
          .replace(/^,\s+[‘“"][^‘’“”"]{1,40}?,?[’”"],?\s+/, ', '),
      ) ??
      // "X, the Santa Rosa de Lima Cartel's alleged ringleader".
      // ("X, known as “El Nini,” was one of the Sinaloa Cartel's “lead sicarios”".)
      (/^,\s+(?:the\s+)?$/.test(between) || OWNED_ROLE_VERB.test(between)
        ? CARTEL_ROLE_OWNED.exec(sent.text.slice(next.end - sent.start, next.end - sent.start + 60))
        : null);
    // ("X, who goes by the alias “Y” and is the alleged leader of the Z": the nickname clause set
    // aside, the verb.)
    const verb =
      !listed && next.type === 'Cartel' && CARTEL_VERB.test(between.replace(NICKNAME_CLAUSE, ', who '));
    if (next.type === 'Cartel' && ((member && (!listed || member[1]?.endsWith('s'))) || verb)) {
      out.push({
        type: 'MEMBER_OF',
        from: m.entity,
        to: next.entity ?? '',
        role: null,
        basis: 'member:appositive',
        ...evidence(sent),
      });
      continue;
    }
    if (listed) continue;
    const after = sent.text.slice(next.end - sent.start, next.end - sent.start + 60);
    // "the Minister of the Interior, X, the head of the Joint Command, Y, …": a list of titles each
    // before its name; the role after X is Y's.
    const titledNext = ms.some(
      (x) =>
        x.type === 'Person' &&
        x.start > next.end &&
        /^\s*,\s*$/.test(sent.text.slice(next.end - sent.start, x.start - sent.start)) &&
        /^\s*(?:,|and\b|\.|$)/.test(sent.text.slice(x.end - sent.start)),
    );
    if (titledNext) continue;
    const followed = ORG_THEN_ROLE.exec(after);
    // ("However, Colonel X, the spokesperson of Y said, …": the subject's appositive, its closing
    // comma lost; only a name told after the sentence's verb is followed by its attribution.)
    const reported = (rest: string): boolean =>
      REPORTING_AFTER.test(rest) && !SUBJECT_LEAD.test(sent.text.slice(0, m.start - sent.start));
    const appositive = APPOSITIVE_ROLE.exec(between);
    const role =
      next.type !== 'Organization'
        ? undefined
        : appositive
          ? reported(after)
            ? undefined
            : appositive[1]
          : // "X, the Coast Guard spokesperson for …", "X, the agency’s regional director", "X,
            // NATO Secretary-General,".
            /^,\s+(?:(?:a|an|the)\s+(?:former\s+|then-)?)?$/i.test(between) &&
              followed &&
              !reported(after.slice(followed[0].length))
            ? followed[1]
            : undefined;
    if (!role) continue;
    hold(next.entity ?? '', role);
    // "a former governor of the Bank of Canada and the Bank of England": each body of the pair.
    const also = orgAfter(sent, ms, next, /^\s+and\s+(?:the\s+)?$/);
    if (also?.entity) hold(also.entity, role);
  }
  return out;
}

/** A title in apposition to a name, and the country it is of. */
interface CountryTitle {
  country: string;
  title: string;
  key: string;
}

/** Tokens [s, e) joined by single spaces (a title as the title list spells it). */
const tokenWords = (sent: Sentence, s: number, e: number): string =>
  sent.tokens
    .slice(s, e)
    .map((x) => x.text)
    .join(' ');

/**
 * "Marcelo Ebrard, Mexico's Secretary of Foreign Affairs,": a country in the possessive and a
 * title in apposition right after the name, closed by a comma or the sentence's end.
 */
function countryTitleAfter(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
): CountryTitle | null {
  if (tok(sent, m.tokenEnd) !== ',') return null;
  const c = ms.find(
    (x) =>
      x.tokenStart === m.tokenEnd + 1 ||
      (x.tokenStart === m.tokenEnd + 2 && tok(sent, m.tokenEnd + 1) === 'the'),
  );
  if (!c?.entity || !ctx.byName.get(c.entity)?.isCountry || !isPossessive(sent, c.tokenEnd)) return null;
  // ("X, Britain's new defense minister,": words that leave the office the same may come first.)
  let s = c.tokenEnd + 1;
  while (OFFICE_ORDINAL.test(tok(sent, s))) s++;
  const t = titles.find((x) => x.s === s);
  if (!t || COURTESY_TITLES.has(t.key)) return null;
  let e = t.e;
  // "Secretary of Foreign Affairs" when the title list holds only "Secretary"; "secretary of the
  // Navy".
  const article = tok(sent, e) === 'of' && tok(sent, e + 1) === 'the' ? 1 : 0;
  if (tok(sent, e) === 'of' && sent.tokens[e + 1 + article]?.cap) {
    e += 2 + article;
    while (sent.tokens[e]?.cap) e++;
  }
  // ("X, China's ambassador to Cambodia,": where an envoy is posted follows the title.)
  if (tok(sent, e) === 'to' && ENVOY_TITLE.test(t.key)) {
    const at = tok(sent, e + 1) === 'the' ? e + 2 : e + 1;
    const post = ms.find((x) => x.tokenStart === at && x.type === 'Location');
    if (post) e = post.tokenEnd;
  }
  // Closed by the sentence's end or a comma that no name follows ("A, B’s minister, C, …" is a
  // list whose titles go with the names after them).
  const next = tok(sent, e);
  if (
    next === ',' ? ms.some((x) => x.tokenStart === e + 1 && x.type === 'Person') : next !== '.' && next !== ''
  )
    return null;
  return { country: c.entity, title: tokenWords(sent, t.s, e), key: t.key };
}

// Words before an office in apposition that leave the office's holder and body the same.
const APPOSITIVE_MODIFIER =
  /^(?:acting|interim|outgoing|incoming|current|former|then|newly|new|deputy|vice|assistant|associate|senior|principal|special|executive|chief)$/;
// A name's own honorific, which may stand between a list's comma and the name ("…, Prince X, …").
const HONORIFIC =
  /^(?:prince|princess|sheikh|sheikha|sheik|dr\.?|mr\.?|mrs\.?|ms\.?|sir|dame|lord|lady|king|queen|emir)$/i;

// A military or police rank written before a name ("Lieutenant General", "Rear Adm.").
const RANK_WORD =
  /^(?:general|gen\.?|lieutenant|lt\.?|admiral|adm\.?|vice|rear|colonel|col\.?|major|maj\.?|brigadier|brig\.?|captain|capt\.?|commodore|commander|cmdr\.?|sergeant|sgt\.?)$/i;

/** The first token of a name, its honorifics and rank included. */
function nameOpening(sent: Sentence, m: Mention): number {
  let k = m.tokenStart;
  while (
    k > 0 &&
    (HONORIFIC.test(tok(sent, k - 1)) || RANK_WORD.test(tok(sent, k - 1))) &&
    sent.tokens[k - 1]?.cap
  )
    k--;
  return k;
}

/** A country written right at token i: its name (not possessive) or its demonym, one or two words. */
function countryAt(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  i: number,
): { country: string; e: number } | null {
  const c = ms.find((x) => x.tokenStart === i && x.type === 'Location');
  if (c?.entity && ctx.byName.get(c.entity)?.isCountry && !isPossessive(sent, c.tokenEnd))
    return { country: c.entity, e: c.tokenEnd };
  for (const n of [2, 1]) {
    if (!sent.tokens.slice(i, i + n).every((t) => t.cap)) continue;
    const d = lookupDemonym(tokenWords(sent, i, i + n));
    if (d?.country && ctx.byName.get(d.country)?.isCountry) return { country: d.country, e: i + n };
  }
  return null;
}

/**
 * "X, deputy emir of Riyadh Region,", "Y, minister of the National Guard,", "Z, acting director of
 * ICE,", "W, Saudi Ambassador to the United States,": an office of the title list in apposition
 * right after the name, then "of" / "for" / "at" and the body or place it is of, else a country or
 * demonym right before it whose office it is. Closed by a comma, a semicolon, "and" or the
 * sentence's end; a comma that another name follows closes it only when this name opens the list
 * or follows an appositive office closed the same way ("A, office, B, office, and C, office").
 */
function titleAfterName(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
  listEnds: Set<string>,
): CountryTitle | null {
  if (tok(sent, m.tokenEnd) !== ',') return null;
  let i = m.tokenEnd + 1;
  if (/^(?:the|a|an)$/.test(tok(sent, i))) i++;
  const roleStart = i;
  // Modifiers and the office's owner, up to the first title: "acting director", "Saudi Ambassador",
  // "deputy emir".
  let owner: { country: string; e: number } | null = null;
  let ownerAt = -1;
  while (i < roleStart + 5 && !titles.some((x) => x.s === i)) {
    const c: { country: string; e: number } | null = owner ? null : countryAt(ctx, sent, ms, i);
    if (c) [owner, ownerAt, i] = [c, i, c.e];
    else if (APPOSITIVE_MODIFIER.test(tok(sent, i)) || TITLE_MODIFIERS.has(tok(sent, i))) i++;
    else return null;
  }
  const t = titles.find((x) => x.s === i);
  // ("A, Prince B": an honorific right before a name is that name's.)
  if (
    !t ||
    t.plural ||
    COURTESY_TITLES.has(t.key) ||
    ms.some((x) => x.type === 'Person' && x.tokenStart === t.e)
  )
    return null;
  let e = t.e;
  // ("minister of foreign affairs", "minister of state": the office's own lower-case area.)
  const lowerWord = (k: number): boolean =>
    /^\p{Ll}+$/u.test(sent.tokens[k]?.text ?? '') && !/^(?:of|the|for|at|in|and|to)$/.test(tok(sent, k));
  if (tok(sent, e) === 'of' && lowerWord(e + 1)) {
    let k = e + 1;
    while (k < e + 4 && lowerWord(k)) k++;
    e = k;
  }
  const roleEnd = e;
  let body: Mention | undefined;
  if (/^(?:of|for|at)$/.test(tok(sent, e))) {
    const at = tok(sent, e + 1) === 'the' ? e + 2 : e + 1;
    body = ms.find(
      (x) =>
        x.tokenStart === at &&
        !!x.entity &&
        x.role !== 'qualifier' &&
        (x.type === 'Organization' || x.type === 'Location'),
    );
    if (!body) return null;
    e = body.tokenEnd;
  } else if (tok(sent, e) === 'to' && ENVOY_TITLE.test(t.key)) {
    // ("Saudi Ambassador to the United States": where an envoy is posted is not whose envoy.)
    const at = tok(sent, e + 1) === 'the' ? e + 2 : e + 1;
    const post = ms.find((x) => x.tokenStart === at && x.type === 'Location');
    if (!post) return null;
    e = post.tokenEnd;
  }
  const target = body?.entity ?? owner?.country;
  if (!target) return null;
  const next = tok(sent, e);
  if (next === ',') {
    const followed = ms.some((x) => x.tokenStart >= e + 1 && x.tokenStart <= e + 3 && x.type === 'Person');
    const opening = nameOpening(sent, m);
    if (followed && tok(sent, opening - 1) === ',' && !listEnds.has(`${sent.index}:${opening - 1}`))
      return null;
    listEnds.add(`${sent.index}:${e}`);
  } else if (!/^(?:;|\.|and|)$/.test(next)) return null;
  // (The owner's words are not the office's: "Saudi Ambassador" is an ambassador.)
  const office = owner
    ? [tokenWords(sent, roleStart, ownerAt), tokenWords(sent, owner.e, roleEnd)].filter(Boolean).join(' ')
    : tokenWords(sent, roleStart, roleEnd);
  return { country: target, title: office, key: t.key };
}

/**
 * "the Minister of the Federal Capital Territory, X", "the EFCC's Head of Media and Publicity, Y",
 * "the US Ambassador to the Kingdom, Z": an office right before the name, set off by a comma, of
 * the body or place after its "of", else of the body or country written before it; the name
 * closed by a comma, a semicolon, "and" or the sentence's end. A name before the office would
 * make it that name's appositive instead.
 */
function titleBeforeName(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
): CountryTitle | null {
  const comma = nameOpening(sent, m) - 1;
  if (tok(sent, comma) !== ',' || !/^(?:,|;|\.|and|)$/.test(tok(sent, m.tokenEnd))) return null;
  // The office: a title whose phrase runs to the comma.
  for (const t of titles) {
    if (t.e > comma || t.plural || COURTESY_TITLES.has(t.key) || HONORIFIC.test(t.key)) continue;
    let body: Mention | undefined;
    const of = t.e;
    if (of !== comma) {
      const envoy = tok(sent, of) === 'to' && ENVOY_TITLE.test(t.key);
      if (tok(sent, of) !== 'of' && tok(sent, of) !== 'for' && !envoy) continue;
      const at = tok(sent, of + 1) === 'the' ? of + 2 : of + 1;
      const x = ms.find((y) => y.tokenStart === at && y.tokenEnd === comma && !!y.entity);
      if (x && !envoy && (x.type === 'Organization' || x.type === 'Location')) body = x;
      // ("Head of Media and Publicity", "Ambassador to the Kingdom": the office's own field, or
      // where an envoy is posted, in capitalized words; then the owner before the office says whose.)
      else if (!sent.tokens.slice(at, comma).every((w) => w.cap || /^(?:and|&)$/.test(w.text)) || at >= comma)
        continue;
    }
    // Before the office: its modifiers, then the body or country that owns it.
    let s = t.s;
    while (s > 0 && (APPOSITIVE_MODIFIER.test(tok(sent, s - 1)) || TITLE_MODIFIERS.has(tok(sent, s - 1))))
      s--;
    let owner: string | undefined;
    const possessor = ms.find((x) => x.tokenEnd + 1 === s && isPossessive(sent, x.tokenEnd) && !!x.entity);
    if (
      possessor &&
      (possessor.type === 'Organization' || ctx.byName.get(possessor.entity ?? '')?.isCountry)
    ) {
      owner = possessor.entity;
      s = possessor.tokenStart;
    } else {
      const q = ms.find((x) => x.tokenEnd === s && !!x.entity);
      if (q && (q.type === 'Organization' || ctx.byName.get(q.entity ?? '')?.isCountry)) {
        owner = q.entity;
        s = q.tokenStart;
      } else {
        for (const n of [2, 1]) {
          const d =
            s - n >= 0 && sent.tokens.slice(s - n, s).every((x) => x.cap)
              ? lookupDemonym(tokenWords(sent, s - n, s))
              : null;
          if (d?.country && ctx.byName.get(d.country)?.isCountry) {
            owner = d.country;
            s -= n;
            break;
          }
        }
      }
    }
    const target = body?.entity ?? owner;
    if (!target) continue;
    // What opens the phrase: the sentence, a determiner or a list's joint, never a name's comma.
    const lead = /^(?:the|his|her|its|their)$/i.test(tok(sent, s - 1)) ? s - 2 : s - 1;
    if (tok(sent, lead) === ',' && ms.some((x) => x.type === 'Person' && x.tokenEnd === lead)) continue;
    if (
      lead >= 0 &&
      !/^(?:,|;|:|and|including|by|with|from|of|to|met|said|says|told|received|nominated|named|appointed|tapped|picked|$)$/i.test(
        tok(sent, lead),
      )
    )
      continue;
    return { country: target, title: tokenWords(sent, t.s, body ? of : comma), key: t.key };
  }
  return null;
}

// "has been officially sworn in as", "was named", "was elected": a person given an office.
const TAKES_OFFICE =
  /^(?:(?:has|have|had|was|were|is|been|being)\s+)*(?:(?:officially|formally|duly|newly|unanimously|overwhelmingly)\s+)?(?:sworn\s+in\s+as|installed\s+as|inaugurated\s+as|confirmed\s+as|chosen\s+as|re-?elected(?:\s+as)?|elected(?:\s+as)?|named(?:\s+as)?|appointed(?:\s+as)?|became|becomes|took\s+office\s+as|takes\s+office\s+as)\s+$/i;
// Words between the country and its office that leave the office the same ("Canada's 24th prime
// minister", "Mexico's first female president", "Sri Lanka's new Prime Minister").
const OFFICE_ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|incoming|female|woman|youngest|oldest)$/;

/**
 * "X was sworn in as Canada's 24th prime minister", "Y was elected president of Botswana": the
 * office a person takes, of the country named with it, closed by the clause's end.
 */
function takenOffice(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
): CountryTitle | null {
  // The words right after the name that say the office was taken (the shortest run that does).
  const last = Math.min(m.tokenEnd + 8, sent.tokens.length);
  let i = m.tokenEnd + 1;
  while (i <= last && !TAKES_OFFICE.test(`${tokenWords(sent, m.tokenEnd, i)} `)) i++;
  if (i > last) return null;
  const skip = (k: number): number => {
    while (OFFICE_ORDINAL.test(tok(sent, k))) k++;
    return k;
  };
  const country = (x: Mention | undefined): x is Mention =>
    !!x?.entity && !!ctx.byName.get(x.entity)?.isCountry;
  const closes = (k: number): boolean => {
    const next = sent.tokens[k];
    return (
      !next || (!next.cap && tok(sent, k) !== 'of' && tok(sent, k) !== '-' && !/^[’']s$/.test(next.text))
    );
  };
  // "… as Canada's 24th prime minister".
  const owner = ms.find((x) => x.tokenStart === i);
  if (country(owner) && isPossessive(sent, owner.tokenEnd)) {
    const t = titles.find((x) => x.s === skip(owner.tokenEnd + 1));
    if (!t || COURTESY_TITLES.has(t.key) || !closes(t.e)) return null;
    return { country: owner.entity!, title: tokenWords(sent, t.s, t.e), key: t.key };
  }
  // "… as the new president of Botswana".
  const from = skip(/^(?:the|a|an)$/.test(tok(sent, i)) ? i + 1 : i);
  const t = titles.find((x) => x.s === from);
  if (!t || COURTESY_TITLES.has(t.key) || tok(sent, t.e) !== 'of') return null;
  const at = tok(sent, t.e + 1) === 'the' ? t.e + 2 : t.e + 1;
  const c = ms.find((x) => x.tokenStart === at);
  // ("… sworn in as the commander of Southern Command": a body's post.)
  const body = !!c?.entity && c.type === 'Organization' && c.role !== 'qualifier';
  if (!c?.entity || !(country(c) || body) || !closes(c.tokenEnd)) return null;
  return { country: c.entity, title: tokenWords(sent, t.s, t.e), key: t.key };
}

/**
 * "the president of the Dominican Republic, Luis Abinader,", "the Secretary of Iran's Supreme
 * National Security Council, X": a title of a country or a body right before the name, set off by
 * a comma, the name closed by a comma or the sentence's end.
 */
function titleOfCountryBefore(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
): CountryTitle | null {
  if (tok(sent, m.tokenStart - 1) !== ',' || !/^(?:,|\.|and|)$/.test(tok(sent, m.tokenEnd))) return null;
  const c = ms.find((x) => x.tokenEnd === m.tokenStart - 1);
  if (!c?.entity) return null;
  const isCountry = !!ctx.byName.get(c.entity)?.isCountry;
  if (!isCountry && c.type !== 'Organization') return null;
  // ("the Secretary of Iran's Supreme National Security Council, X,": a body, owned by a country.)
  let before = c.tokenStart - 1;
  const owner = isCountry
    ? undefined
    : ms.find((x) => x.tokenEnd === before && isPossessive(sent, x.tokenEnd));
  if (owner?.entity && ctx.byName.get(owner.entity)?.isCountry) before = owner.tokenStart - 1;
  const of = tok(sent, before) === 'the' ? before - 1 : before;
  if (tok(sent, of) !== 'of') return null;
  const t = titles.find((x) => x.e === of);
  if (!t || COURTESY_TITLES.has(t.key) || t.plural) return null;
  // ("… and the president of Chile, Y": each title before its own name; a name before the title
  // would make the title an appositive of that name instead.)
  // ("Aliyev received the Secretary of …, X": a name that is the clause's subject is no such name.)
  const lead = t.s - 1 - (tok(sent, t.s - 1) === 'the' ? 1 : 0);
  if (tok(sent, lead) === ',' && ms.some((x) => x.type === 'Person' && x.tokenEnd === lead)) return null;
  return { country: c.entity, title: tokenWords(sent, t.s, t.e), key: t.key };
}

/** The first named body after `from` with only `gap`'s words between them. */
function orgAfter(sent: Sentence, ms: Mention[], from: Mention, gap: RegExp): Mention | undefined {
  return ms.find(
    (x) =>
      x.type === 'Organization' &&
      x.entity &&
      x.start > from.end &&
      gap.test(sent.text.slice(from.end - sent.start, x.start - sent.start)),
  );
}

/**
 * The body right after a titled person's "of (the)", closing the phrase, with the person's title,
 * if the title has no owner yet.
 */
function bodyOfTitled(sent: Sentence, ms: Mention[], m: Mention): { body: string; title: TitleInfo } | null {
  const title = m.title;
  if (!title || title.qualifier || title.demonymCountry || COURTESY_TITLES.has(title.key)) return null;
  const body = orgAfter(sent, ms, m, /^\s+of\s+(?:the\s+)?$/);
  return body?.entity &&
    /^\s*(?:[,.;:]|$|(?:said|says|told|added|announced|confirmed|and)\b)/.test(textAfter(sent, body, 20))
    ? { body: body.entity, title }
    : null;
}

/** "X of the Y said": the body after an untitled name, closing the phrase before a say-verb. */
function bodyOfUntitled(sent: Sentence, ms: Mention[], m: Mention): string | null {
  const body = orgAfter(sent, ms, m, /^\s+of\s+(?:the\s+)?$/);
  if (!body?.entity || body.type !== 'Organization') return null;
  // (Only before a verb of saying: "X of the Y, a unit that …" may be anyone's.)
  return /^\s*,?\s*(?:said|says|told|added|announced|confirmed|explained|stated)\b/.test(
    textAfter(sent, body, 20),
  )
    ? body.entity
    : null;
}

const HEADS_BODY = /^,\s+who\s+(heads|led|leads|commands|chairs|runs|directs)\s+(?:the\s+)?/i;
const HEADS_ROLE: Record<string, string> = {
  heads: 'head',
  leads: 'leader',
  led: 'leader',
  commands: 'commander',
  chairs: 'chair',
  runs: 'head',
  directs: 'director',
};

const ENVOY_TITLE = /\b(?:ambassador|envoy|consul|charg[ée]|attach[ée]|representative|correspondent)\b/i;

/**
 * "Adm. Dong X, defense minister of China,", "Y, Minister for Foreign Affairs of Japan,", "Z, as
 * president of the United States,": a title in apposition right after the name, then "of" and a
 * country, closed by a comma or the end.
 */
function titleOfCountryAfter(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  m: Mention,
  titles: TitleSpan[],
): CountryTitle | null {
  if (tok(sent, m.tokenEnd) !== ',') return null;
  // ("Trump, as president of the United States, could …": the same, told with "as".)
  // ("X, the foreign minister of Mexico,": with its article.)
  let from = m.tokenEnd + 1;
  if (tok(sent, from) === 'as') from += 1;
  if (tok(sent, from) === 'the') from += 1;
  const t = titles.find((x) => x.s === from);
  if (!t || COURTESY_TITLES.has(t.key)) return null;
  // ("X, secretary of national defense in Mexico,": the office's lower-case "of …", then the
  // country it is held in.)
  let e = t.e;
  if (tok(sent, e) === 'of' && tok(sent, e + 1) !== 'the' && /^\p{Ll}+$/u.test(tok(sent, e + 1))) {
    let k = e + 1;
    while (k < e + 5 && /^\p{Ll}+$/u.test(tok(sent, k)) && tok(sent, k) !== 'in' && tok(sent, k) !== 'of')
      k++;
    if (tok(sent, k) === 'in') e = k;
  }
  // (An envoy "in" a country is another's: "ambassador in Mexico".)
  const heldIn = tok(sent, e) === 'in' && (e > t.e || / of /.test(t.key)) && !ENVOY_TITLE.test(t.key);
  if (tok(sent, e) !== 'of' && !heldIn) return null;
  const at = tok(sent, e + 1) === 'the' ? e + 2 : e + 1;
  const c = ms.find((x) => x.tokenStart === at);
  if (!c?.entity || !ctx.byName.get(c.entity)?.isCountry) return null;
  // ("… of the Republic of Korea (ROK).": the country's letters may follow.)
  const end =
    tok(sent, c.tokenEnd) === '(' && tok(sent, c.tokenEnd + 2) === ')' ? c.tokenEnd + 3 : c.tokenEnd;
  const next = tok(sent, end);
  if (next !== ',' && next !== '.' && next !== '') return null;
  return { country: c.entity, title: tokenWords(sent, t.s, e), key: t.key };
}

// "Sinaloa Cartel member X", "senior CJNG member Y", "Los Lobos cell leader Z": a group's role
// noun right between the group and the person.
// ("MS-13 cartel leader", "MS-13 gang member, X": the group's noun may come between.)
const GROUP_ROLE = `^\\s+(?:(?:gang|cartel|group|clique)\\s+)?${CARTEL_ROLE_ADJECTIVES}(?:cell\\s+)?${CARTEL_ROLE_NOUNS}`;
const GROUP_ROLE_BETWEEN = new RegExp(`${GROUP_ROLE},?\\s+$`, 'i');
const GROUP_ROLE_AFTER = new RegExp(`${GROUP_ROLE}\\b`, 'i');

// "X of the Renaissance party", "X from the Democratic Movement Party": a party after the name.
// ("Y of the conservative People Power Party": the party's leaning may stand before its name.)
// ("X, a lawmaker from the ruling Morena party": a member's noun may come first; an office, such
// as the party's leader, is a role and not read here.)
const PARTY_OF =
  /^(?:,\s+(?:a|an|the)\s+(?:(?:former|veteran|senior|prominent|local|federal|state|opposition)\s+)?(?:member|lawmaker|legislator|politician|senator|deputy|congress(?:man|woman)|MP|candidate|mayor|activist)\s+)?\s*(?:of|from)\s+(?:the\s+)?(?:(?:ruling|governing|opposition|main|majority|minority|conservative|liberal|progressive|leftist|left-wing|right-wing|far-right|far-left|centre-right|center-right|centre-left|center-left|centrist|nationalist|populist|socialist|communist|hard-line|hardline)\s+){0,2}$/;
// "X and other Chadema party members".
const OTHER_MEMBERS = /^\s+and\s+other\s+(?:senior\s+|leading\s+|top\s+)?$/;

/** MEMBER_OF a political party told right after a person's name. */
export function partyMembers(_ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const p of ms) {
    if (p.type !== 'Person' || !p.entity) continue;
    const o = ms.find((x) => x.start > p.end);
    if (o?.type !== 'Organization' || !o.entity) continue;
    const gap = sent.text.slice(p.end - sent.start, o.start - sent.start);
    const after = sent.text.slice(o.end - sent.start, o.end - sent.start + 20);
    const party = /\bParty$/.test(o.text) || /^\s+party\b/.test(after);
    const stated =
      (PARTY_OF.test(gap) && party) || (OTHER_MEMBERS.test(gap) && /^\s+(?:party\s+)?members\b/i.test(after));
    if (stated)
      out.push({
        type: 'MEMBER_OF',
        from: p.entity,
        to: o.entity,
        role: null,
        basis: 'member:party',
        ...evidence(sent),
      });
  }
  return out;
}

/**
 * "Sinaloa Cartel member X", and "Cesar X, CJNG cell leader for Tamaulipas": MEMBER_OF for a
 * person named right after a group's role noun, or before the group and its role in apposition.
 */
export function groupNounRoles(_ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const member = (person: string, group: string): void => {
    out.push({
      type: 'MEMBER_OF',
      from: person,
      to: group,
      role: null,
      basis: 'member:noun',
      ...evidence(sent),
    });
  };
  for (const c of ms) {
    if (c.type !== 'Cartel' || !c.entity) continue;
    const p = ms.find((x) => x.start > c.end);
    const role =
      p?.type === 'Person'
        ? GROUP_ROLE_BETWEEN.exec(sent.text.slice(c.end - sent.start, p.start - sent.start))
        : null;
    // (A plural role names several people; only a list would say which: "MS-13 members A, B and C".)
    if (p?.entity && role && !role[1]?.endsWith('s')) member(p.entity, c.entity);
    if (p?.entity && role?.[1]?.endsWith('s')) {
      const list = [p];
      for (let x = ms[ms.indexOf(p) + 1]; x; x = ms[ms.indexOf(x) + 1]) {
        const prev = list[list.length - 1] as Mention;
        if (
          x.type !== 'Person' ||
          !LIST_JOINT.test(sent.text.slice(prev.end - sent.start, x.start - sent.start))
        )
          break;
        list.push(x);
      }
      if (list.length > 1) for (const x of list) if (x.entity) member(x.entity, c.entity);
    }
    const before = ms.filter((x) => x.end <= c.start).pop();
    const owned = GROUP_ROLE_AFTER.exec(sent.text.slice(c.end - sent.start, c.end - sent.start + 60));
    if (
      before?.type === 'Person' &&
      before.entity &&
      // ("X, an alleged MS-13 member,": the group's role may be qualified before the group.)
      /^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:(?:alleged|suspected|reputed|presumed|purported|known|senior|top|high-ranking|former|notorious|\d{1,3}-year-old)\s+)*$/i.test(
        sent.text.slice(before.end - sent.start, c.start - sent.start),
      ) &&
      owned &&
      !owned[1]?.endsWith('s')
    )
      member(before.entity, c.entity);
    // "The leader of the Los Lobos drug cartel Adolfo X", "a key member of the Y cartel based in
    // Dubai, Sean X,": the role before the group, the person right after it.
    const next = ms.find((x) => x.start > c.end && x.type !== 'Location');
    if (
      next?.type === 'Person' &&
      next.entity &&
      ROLE_OF_BEFORE.test(sent.text.slice(0, c.start - sent.start)) &&
      GROUP_TAIL.test(sent.text.slice(c.end - sent.start, next.start - sent.start))
    )
      member(next.entity, c.entity);
  }
  return out;
}

// (Singular: a plural role names several people, and one name after it is one of a list.)
const ROLE_OF_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an|and)\\s+|^\\s*)${CARTEL_ROLE_ADJECTIVES}(?:cell\\s+)?(?:leader|member|commander|boss|chief|head|founder|co-founder|co-leader|ringleader|kingpin|capo|financier|lieutenant|operative)\\s+of\\s+(?:the\\s+)?$`,
  'i',
);
// Between the group and its person: the group's own noun, where it is based, a comma.
const GROUP_TAIL =
  /^(?:\s+(?:drug\s+|criminal\s+|crime\s+)?(?:cartel|gang|group|organi[sz]ation|syndicate|mafia))?(?:,?\s+based\s+in\s+[^,;]{1,40})?\s*,?\s*$/i;

const LED_BY =
  /^(?:\s*\([^()]{1,20}\))?,?\s+(?:(?:which|that)\s+(?:is|was|has been)\s+)?(?:(?:once|formerly|previously|long|jointly|allegedly|reportedly)\s+)?(led|headed|run|commanded|founded|co-?founded)\s+by\s+(?:(?:its|the)\s+(?:[\w’'-]+\s+){0,3}?(?:leader|founder|boss|chief|head|commander)\s+|(?:(?:General|Gen\.|Lt\.|Lieutenant|Colonel|Col\.|Major|Maj\.|Admiral|Adm\.|Rear|Vice|Brig\.|Commander|Cmdr\.|Cdr\.|Brigadier|Field Marshal|Marshal|Captain|Capt\.|senior official|former|veteran|commander|warlord|cleric|militant)\s+){1,3})?$/i;
/** An act or a team that can itself be led, then the preposition before a group ("talks with "). */
export const LED_ACT_BEFORE =
  /\b(?:talks|negotiations|meetings?|delegations?|team|mission|operations?|efforts?|campaign|investigation|probe|raids?|dialogue|consultations)\s+(?:with|against|on|into|between)\s+(?:the\s+)?$/i;

const LED_ROLE: Record<string, string> = {
  led: 'leader',
  headed: 'head',
  run: 'leader',
  commanded: 'commander',
  founded: 'founder',
  cofounded: 'co-founder',
  'co-founded': 'co-founder',
};
const FOUNDED_BEFORE = /\b(?:(?:co-?)?founded|co-?led|jointly (?:led|ran|headed|founded))\s+(?:the\s+)?$/i;
const FOUNDED_WITH =
  /^\s+with\s+(?:(?:the\s+)?(?:notorious|infamous|fellow|late|drug|lord|kingpin|trafficker|boss|capo)\s+){0,4}$/i;

/**
 * "Los Lobos, led by X," / "the group, which is headed by X": the person right after "led by"
 * leads the group named right before it (MEMBER_OF a cartel, HOLDS_ROLE in a body).
 */
export function ledByRoles(_ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const g of ms) {
    if ((g.type !== 'Cartel' && g.type !== 'Organization') || !g.entity || g.role === 'qualifier') continue;
    // ("Destroyer Squadron 2 (DESRON 2), commanded by …": past the body's letters in brackets.)
    const p = ms.find((x) => x.start > g.end && !(x.type === g.type && x.entity === g.entity));
    if (p?.type !== 'Person' || !p.entity) continue;
    const between = sent.text.slice(g.end - sent.start, p.start - sent.start);
    // ("talks with Hamas, led by X": what is led may be the act the group is named in.)
    const ledAct = LED_ACT_BEFORE.test(textBefore(sent, g, 40));
    const verb = ledAct ? undefined : LED_BY.exec(between)?.[1];
    const cartel = g.type === 'Cartel';
    // "X cofounded the Sinaloa Cartel with Y": the partner in the founding belongs to it too.
    if (!verb && cartel && FOUNDED_WITH.test(between)) {
      const before = sent.text.slice(Math.max(0, g.start - sent.start - 30), g.start - sent.start);
      if (FOUNDED_BEFORE.test(before))
        out.push({
          type: 'MEMBER_OF',
          from: p.entity,
          to: g.entity,
          role: null,
          basis: 'role:led-by',
          ...evidence(sent),
        });
    }
    if (!verb) continue;
    out.push({
      type: cartel ? 'MEMBER_OF' : 'HOLDS_ROLE',
      from: p.entity,
      to: g.entity,
      role: cartel ? null : (LED_ROLE[verb.toLowerCase()] ?? 'leader'),
      basis: 'role:led-by',
      ...evidence(sent),
    });
  }
  return out;
}

/**
 * The people the article names with an office of that country ("Mexican President X", "Mexico's
 * president X") whose title key `same` accepts.
 */
export function titleHolders(
  ctx: ArticleContext,
  country: string,
  same: (key: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const m of ctx.mentions)
    if (
      m.type === 'Person' &&
      m.entity &&
      m.title &&
      same(m.title.key) &&
      (m.title.qualifier?.entity === country || m.title.demonymCountry === country)
    )
      out.add(m.entity);
  return out;
}

/** One office under its usual name ("premier" is the prime minister). */
const office = (key: string): string => (key === 'premier' ? 'prime minister' : key);

/** Whether an article offset lies inside a quotation of the sentence. */
const quoted = (sent: Sentence | undefined, at: number): boolean =>
  !!sent && quoteRanges(sent).some(([a, b]) => at >= a && at < b);

/** Offices one person holds at a time in a country ("president", "foreign minister"). */
function singleHolder(key: string): boolean {
  return HEAD_TITLES.has(key) || /^\S+ (?:minister|secretary)$|^secretary of \S+$/.test(key);
}

/**
 * "Donald Trump has said. Speaking at the White House, the US president told reporters …": a
 * country's office named on its own, with "the" and no name after it, is the person named last
 * before it (in that sentence or the two before). Not when that person is known by another title
 * or another country's, or when the article names someone else with that office.
 */
export function definiteTitleRoles(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const sent of ctx.sentences) {
    const t = sent.tokens;
    const ms = ctx.bySentence.get(sent.index) ?? [];
    for (const span of findTitles(t)) {
      if (!singleHolder(span.key) || /^\p{Lu}/u.test(t[span.e]?.text ?? '')) continue;
      // "the US president", "the Ukrainian president".
      const before = ms.find((x) => x.tokenEnd === span.s && x.entity);
      const demonym = lookupDemonym(t[span.s - 1]?.text ?? '')?.country ?? null;
      const country = before && ctx.byName.get(before.entity ?? '')?.isCountry ? before.entity : demonym;
      const opensAt = before ? before.tokenStart : span.s - 1;
      if (!country || !ctx.byName.get(country)?.isCountry || t[opensAt - 1]?.lower !== 'the') continue;
      const at = t[span.s]?.start ?? 0;
      // (Not a name inside a quotation: the one quoted speaks of them.)
      const person = ctx.mentions
        .filter(
          (m) =>
            m.type === 'Person' &&
            m.entity &&
            m.end <= at &&
            m.sentence >= sent.index - 2 &&
            !quoted(ctx.sentences[m.sentence], m.start),
        )
        .pop();
      if (!person?.entity) continue;
      const from = person.entity;
      const titles = ctx.mentions
        .filter((m) => m.entity === from && m.title)
        .map((m) => m.title as TitleInfo);
      const key = office(span.key);
      const otherTitle = titles.some(
        (x) =>
          office(x.key) !== key ||
          (x.qualifier?.entity && x.qualifier.entity !== country) ||
          (x.demonymCountry && x.demonymCountry !== country),
      );
      const holders = titleHolders(ctx, country, (k) => office(k) === key);
      holders.delete(from);
      if (otherTitle || holders.size > 0) continue;
      out.push({
        type: 'HOLDS_ROLE',
        from,
        to: country,
        role: roleText(tokenWords(sent, span.s, span.e), span.key),
        basis: 'role:definite',
        ...evidence(sent),
      });
    }
  }
  return out;
}
