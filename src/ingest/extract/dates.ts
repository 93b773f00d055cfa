/**
 * Dates: chrono-node finds date expressions; we keep only what the text states and fill the rest
 * from a reference date (publishedAt, else the latest full date the article itself states), so a
 * weekday with no reference stays null and the output never depends on the clock.
 */
import * as chrono from 'chrono-node';
import { quoteRanges } from './context';
import type { Sentence } from './model';

/** What the article lets us resolve dates against. */
export interface DateContext {
  /** A full reference day (UTC midnight), from publishedAt or the latest full date in the text. */
  ref: Date | null;
  /** Month (1-12) → year, from "September 2025"-style mentions, for "September 3" without a year. */
  monthYears: Map<number, number>;
  /** The reference year, from ref or the latest year stated with a month. */
  year: number | null;
  /**
   * Per sentence index, the last full day the text stated in the three sentences before it:
   * what "the following day" or "later that day" counts from.
   */
  dayBefore: Map<number, string>;
  /** Per sentence index, the last year the text stated before it: what "that year" means. */
  yearBefore: Map<number, number>;
  /**
   * The day the story's news happened when its lead says so and it is not the publication day
   * ("… said on Monday" in a Tuesday paper): the first day the first sentences state, one to
   * three days before publication, where they state no publication day. A statement with no date
   * of its own was made that day.
   */
  newsDay: { iso: string; sentence: number } | null;
}

/** One date expression found in a sentence. */
interface Found {
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
}

// A fixed reference keeps chrono's guesses deterministic; we read only components the text states.
const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));
const MONTH_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const WEEKDAY_RE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
// "… last week", "… of next week" right after a weekday.
const WEEK_AFTER = /^\s*(?:of\s+)?(last|next)\s+week\b/i;
// What a sentence needs before chrono is worth running: a year, a month name or abbreviation, a
// weekday, or a numeric date (the only results findDates keeps). Whole words only: "decided",
// "market" or "junior" start like a month but are none.
const PREFILTER =
  /\b(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b|\d{1,2}\/\d{1,2}|\d{4}-\d{2}/i;
const FUTURE_RE =
  /\b(will|would (?:be )?(?:meet|travel|visit|hold|host|sign|attend|arriv|fly|go)\w*|expected|scheduled|plans?|planning|set to|is to|are to|next (?:week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|upcoming|later this)\b/i;
// "said Monday", "met on Tuesday": a past-tense verb right before the weekday dates it in the past,
// as it does a plan it made public ("announced plans on Friday to take a stake").
const PAST_WEEKDAY_RE =
  /\b(?:said|says|told|met|spoke|announced|confirmed|added|wrote|stated|arrived|visited|signed|held|(?:announced|unveiled|outlined|revealed|disclosed|detailed)\s+(?:(?:its|their|his|her|new)\s+)?plans?)\s+(?:on\s+)?$/i;

const QUANTITY =
  /\b\d[\d,.]*(?=\s+(?:months?|years?|weeks?|days?|hours?|minutes?|percent|per cent|people|kg|kilos?|kilograms?|tons?|tonnes?|pounds)\b)/g;

const PART_OF_DAY_OF =
  /\b(?:morning|afternoon|evening|night) of (?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;

/** Date expressions per sentence: chrono runs once per sentence, however many events ask. */
const foundBySentence = new WeakMap<Sentence, readonly Found[]>();

/** Date expressions that the text states, per sentence (cached for the article). */
export function findDates(sentence: Sentence): readonly Found[] {
  let found = foundBySentence.get(sentence);
  if (!found) {
    found = parseDates(sentence);
    foundBySentence.set(sentence, found);
  }
  return found;
}

/** The dates a sentence tells after any dateline that opens it ("WASHINGTON, Nov. 15 —"). */
export function toldDates(sentence: Sentence): readonly Found[] {
  const skip = DATELINE_DATE.exec(sentence.text)?.[0].length ?? 0;
  return skip === 0 ? findDates(sentence) : findDates(sentence).filter((f) => f.index >= skip);
}

function parseDates(sentence: Sentence): Found[] {
  if (!PREFILTER.test(sentence.text)) return [];
  const out: Found[] = [];
  // "sentenced on April 15 to 242 months": a quantity is no clock time ("15 to 242" would be read
  // as a time range and take the month's day with it); masked at the same length, so offsets hold.
  // "during the morning of 6 August 2025": chrono reads the part of day against its own reference
  // day and drops the date; the date alone is what the text states.
  const text = sentence.text
    .replace(QUANTITY, (d) => 'x'.repeat(d.length))
    .replace(PART_OF_DAY_OF, (d) => ' '.repeat(d.length));
  for (const r of chrono.parse(text, FIXED_REF)) {
    // "Viña del Mar 34 suspects": a month's name after a name particle is part of a place.
    if (/\b(?:del|de|la)\s+$/i.test(sentence.text.slice(Math.max(0, r.index - 5), r.index))) continue;
    const c = r.start;
    const hasYear = /\b(?:19|20)\d\d\b/.test(r.text);
    const hasMonth = MONTH_RE.test(r.text) || /\b\d{1,2}\/\d{1,2}\b|\d{4}-\d{2}/.test(r.text);
    const wd = WEEKDAY_RE.exec(r.text);
    if (!hasYear && !hasMonth && !wd) continue;
    // "Adm. Dong Jun, who …": a month's short name right after a capitalized name, with no day or
    // year, is a syllable of that name.
    if (
      !hasYear &&
      !c.isCertain('day') &&
      !wd &&
      /^\p{Lu}\p{Ll}{2}\.?,?$/u.test(r.text.trim()) &&
      /\b\p{Lu}[\p{L}-]*\s+$/u.test(sentence.text.slice(Math.max(0, r.index - 20), r.index)) &&
      !/\b(?:In|Since|Until|By|Last|Next|This|Early|Late|Mid)\s+$/.test(sentence.text.slice(0, r.index))
    )
      continue;
    out.push({
      index: r.index,
      text: r.text,
      year: hasYear ? (c.get('year') ?? null) : null,
      month: hasMonth ? (c.get('month') ?? null) : null,
      day: hasMonth && c.isCertain('day') ? (c.get('day') ?? null) : null,
      // ("earlier this week on Monday": chrono reads the week and leaves the day unset.)
      weekday: wd ? (c.get('weekday') ?? WEEKDAYS.indexOf((wd[1] ?? '').toLowerCase())) : null,
    });
  }
  // Bare years ("in 2025") chrono leaves alone.
  if (out.length === 0) {
    // "came to power in a 2021 coup": a year before the event's noun dates it too ("the 2005
    // law", "a 2019 report": a document's year is not the day anything in the sentence happened).
    const m =
      /\b(?:in|since|during|by|until|through|of|as|early|late|mid-)\s*((?:19|20)\d\d)\b/i.exec(
        sentence.text,
      ) ??
      /\b(?:a|an|the|its|his|her|their)\s+((?:19|20)\d\d)\s+(?=(?:[a-z]+-)?[a-z]{3,}\b)(?!(?:and|or|to|percent|per|million|billion|people|members|troops|law|act|statute|bill|constitution|treaty|charter|report|study|book|film|policy|strategy|plan|rule|regulation|decree|budget|memo|census|edition|model|season|version|list|document|guidelines?)\b)/.exec(
        sentence.text,
      );
    // (The year's own offset: "established since 1957" must still read the "since" before it.)
    if (m?.[1])
      out.push({
        index: m.index + m[0].lastIndexOf(m[1]),
        text: m[0],
        year: Number(m[1]),
        month: null,
        day: null,
        weekday: null,
      });
  }
  return out;
}

/**
 * The publication day from publishedAt: the calendar date as written ("2025-10-24T21:30:00-05:00"
 * is October 24 where it was published), so the machine's zone never shifts it. A month-only
 * value gives no day.
 */
export function publicationDay(publishedAt: string | null): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt?.trim() ?? '');
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!publishedAt || /^\d{4}(?:-\d{2})?$/.test(publishedAt.trim())) return null;
  const d = new Date(publishedAt);
  return Number.isNaN(d.getTime())
    ? null
    : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Builds the reference context for an article. */
export function dateContext(sentences: Sentence[], publishedAt: string | null): DateContext {
  const monthYears = new Map<number, number>();
  let ref: Date | null = null;
  let year: number | null = null;
  ref = publicationDay(publishedAt);
  let latest: Date | null = null;
  const yearBefore = new Map<number, number>();
  let lastYear: number | null = null;
  for (const s of sentences) {
    if (lastYear !== null) yearBefore.set(s.index, lastYear);
    for (const f of findDates(s)) {
      if (f.year) lastYear = f.year;
      if (f.year && f.month) {
        monthYears.set(f.month, f.year);
        if (year === null || f.year > year) year = f.year;
      }
      if (f.year && f.month && f.day) {
        const d = new Date(Date.UTC(f.year, f.month - 1, f.day));
        if (!latest || d > latest) latest = d;
      }
    }
  }
  ref ??= latest;
  if (ref) year = ref.getUTCFullYear();
  const ctx: DateContext = { ref, monthYears, year, dayBefore: new Map(), yearBefore, newsDay: null };
  // The days each sentence states (a dateline's is the report's, not the story's).
  let last: { iso: string; sentence: number } | null = null;
  let leadSeen = false;
  let pubDayInLead = false;
  const pubDay = isoDay(ref);
  for (const s of sentences) {
    if (last && s.index - last.sentence <= ANCHOR_SENTENCES) ctx.dayBefore.set(s.index, last.iso);
    const skip = DATELINE_DATE.exec(s.text)?.[0].length ?? 0;
    const days = [
      ...findDates(s).map((f) => ({ index: f.index, iso: resolveOne(f, s, ctx) })),
      ...relativeDates(s.text, ctx),
    ].filter((d): d is { index: number; iso: string } => d.index >= skip && d.iso?.length === 10);
    // A day counted from another ("The next day, …") is a day the next sentences count from.
    days.push(...offsetDates(s, ctx, days));
    days.sort((a, b) => a.index - b.index);
    const lastHere = days[days.length - 1];
    if (lastHere) last = { iso: lastHere.iso, sentence: s.index };
    // (The first day the lead states is the news's; a lead that states the publication day
    // itself, anywhere — "ended on Thursday night. Authorities confirmed today …" — leaves none.)
    const first = days[0];
    if (s.index < LEAD_SENTENCES && first && !leadSeen) {
      leadSeen = true;
      if (leadDay(first.iso, ref)) ctx.newsDay = { iso: first.iso, sentence: s.index };
    }
    if (s.index < LEAD_SENTENCES && days.some((d) => d.iso === pubDay)) pubDayInLead = true;
  }
  if (pubDayInLead) ctx.newsDay = null;
  return ctx;
}

// The headline and the first sentences of the body: where a news report says when its news was.
const LEAD_SENTENCES = 4;

/** A day as YYYY-MM-DD. */
export const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The day a statement with no date of its own was made: the news day, for a statement told after
 * the sentence that gave it (a day the statement's own sentence tells is what was said, not when;
 * one told before is the report's own news), else the publication day.
 */
export function reportDay(ctx: DateContext, sentence: number): string | null {
  return ctx.newsDay && ctx.newsDay.sentence < sentence ? ctx.newsDay.iso : isoDay(ctx.ref);
}

/** A day one to three days before publication. */
function leadDay(iso: string, ref: Date | null): boolean {
  if (!ref) return false;
  const days = (ref.getTime() - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
  return days >= 1 && days <= 3;
}

// How far back "the following day" may look for the day it counts from.
const ANCHOR_SENTENCES = 3;

const iso = (y: number, m?: number | null, d?: number | null): string =>
  [
    String(y).padStart(4, '0'),
    m ? String(m).padStart(2, '0') : null,
    m && d ? String(d).padStart(2, '0') : null,
  ]
    .filter(Boolean)
    .join('-');

/** The ISO date (YYYY-MM-DD, YYYY-MM or YYYY) a sentence states for its event, or null. */
export function resolveSentenceDate(
  sentence: Sentence,
  ctx: DateContext,
  at = 0,
  opts: { statement?: 'said' | 'other' } = {},
): string | null {
  // The expression nearest the trigger wins ("arrested in January …, extradited in September").
  const cuts = [...sentence.text.matchAll(/,\s+(?:and|but|while|before|after)\s|;/g)].map(
    (m) => m.index ?? 0,
  );
  const clause = (i: number): number => cuts.filter((c) => c < i).length;
  const here = clause(at);
  let candidates: Array<{ index: number; iso: string }> = [];
  // Dates of a saying told before the trigger ("said in a statement on Tuesday that it seized …").
  const sayings = new Set<number>();
  for (const f of findDates(sentence)) {
    // "in office since November": a time the sentence measures from, not when its event happened.
    // ("detained since May 2022" does date the detention.)
    if (
      /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i.test(
        sentence.text.slice(Math.max(0, f.index - 12), f.index),
      ) &&
      !HELD_SINCE.test(sentence.text.slice(Math.max(0, f.index - 30), f.index))
    )
      continue;
    // "X met Y in Lima, the ministry said Friday": the day it was reported, unless the event is
    // the saying. (A saying before the event, "officials said on Tuesday they had arrested …",
    // keeps dating it: the project's held-out gold dates such events so.)
    const said = REPORTED_ON.exec(sentence.text.slice(Math.max(0, f.index - 40), f.index));
    if (said && !opts.statement && Math.max(0, f.index - 40) + said.index > at) continue;
    // "X said Tuesday that he would meet Y on Wednesday": the day of the saying is not the day
    // of the plan it announces.
    if (
      said &&
      !opts.statement &&
      f.index < at &&
      /\b(?:will|would)\b/i.test(sentence.text.slice(f.index, at))
    )
      continue;
    // "a criminal enterprise for 35 years beginning in 1989", "drug wars of the 1980s": when a
    // span of time began, or a decade, is background, not the day of the sentence's act.
    if (SPAN_START.test(sentence.text.slice(Math.max(0, f.index - 30), f.index))) continue;
    const r = resolveOne(f, sentence, ctx);
    if (r) candidates.push({ index: f.index, iso: r });
    if (r && said && !opts.statement && f.index < at) sayings.add(f.index);
  }
  candidates.push(...relativeDates(sentence.text, ctx));
  candidates.push(...offsetDates(sentence, ctx, candidates));
  // "KUALA LUMPUR, June 16 — The customs department seized … on May 27": the dateline's date is
  // the report's, not the event's.
  const dateline = DATELINE_DATE.exec(sentence.text);
  if (dateline) candidates = candidates.filter((c) => c.index >= dateline[0].length);
  // "“… signed tomorrow (Monday) …,” X said", "“Thursday night, the warship went on board …,” the
  // force said in a statement": a date inside the quote is what was said, not when.
  if (opts.statement) {
    const quotes = quoteRanges(sentence).map(([a, b]): [number, number] => [
      a - sentence.start,
      b - sentence.start,
    ]);
    candidates = candidates.filter((c) => !quotes.some(([a, b]) => c.index >= a && c.index < b));
  }
  // "X said Fito was arrested on June 25": when the trigger is the say-verb, a date inside the
  // clause it reports is that clause's ("said on Friday" and "said Friday" stay the saying's).
  // "X said the capture of Y on Tuesday was …": a date in the subject of the reported clause is
  // that subject's.
  if (opts.statement === 'said') {
    candidates = candidates.filter((c) => {
      if (c.index <= at) return true;
      const between = sentence.text.slice(at, c.index);
      // ("X disclosed … with oil output surging from 120,000 bpd in 2020": a year inside what is
      // told, after a verb of its own, is no time of the saying.)
      if (c.iso.length === 4 && REPORTED_VERB.test(between.replace(/^\S+/, ''))) return false;
      return (
        !/\b(?:that|was|were|had|has|have|is|are|will|would)\b/i.test(between) &&
        (SAYING_TAIL.test(between.replace(/^\S+/, '')) ||
          !CLAUSE_VERB_AFTER.test(sentence.text.slice(c.index)))
      );
    });
  }
  // "The arrests took place on Saturday, the Navy said in a statement.": a clause told before its
  // speaker is what was said; its dates are its own, not the saying's ("On Monday, the ministry
  // said …" opens with the saying's date: no verb before the comma).
  const told = opts.statement ? toldClauseEnd(sentence) : null;
  if (told !== null) candidates = candidates.filter((c) => c.index > told);
  // "arrested on August 8 and handed over a week later": the later act takes the day counted
  // from the earlier one (offsetDates), and no date when nothing could be counted.
  const later = LATER.exec(sentence.text.slice(at));
  if (later) {
    candidates = candidates.filter((c) => c.index > at && c.index < at + later[0].length);
    if (candidates.length === 0) return null;
  }
  // "… said in a statement on Tuesday that it seized … on January 11": the act's own date, told
  // after it, wins over the day of the saying.
  if (
    sayings.size > 0 &&
    candidates.some(
      (c) =>
        c.index > at &&
        !sayings.has(c.index) &&
        clause(c.index) === here &&
        !/\b(?:who|which|whom|whose|since|after|before|when|while|amid|following)\b/i.test(
          sentence.text.slice(at, c.index),
        ),
    )
  )
    candidates = candidates.filter((c) => !sayings.has(c.index));
  // ("Hamas, which … holds hostages taken during the October 7, 2023, attack, has accused …": a
  // date written before an event's noun inside a relative clause names that noun's event.)
  const relative = /,\s+(?:which|who|whom|whose)\b/i.exec(sentence.text.slice(0, at));
  candidates = candidates.filter((c) => {
    // (Inside a relative clause opened before it, the act being after.)
    if (!relative || c.index < relative.index || c.index > at) return true;
    if (!/\bthe\s+$/i.test(sentence.text.slice(Math.max(0, c.index - 5), c.index))) return true;
    const end = c.index + (findDates(sentence).find((f) => f.index === c.index)?.text.length ?? 0);
    const noun = /^(?:,?\s+\d{4})?,?\s+([\p{Ll}-]+)\b/u.exec(sentence.text.slice(end));
    if (!noun?.[1] || !ATTRIBUTIVE_EVENT.test(noun[1])) return true;
    // (The act may be that noun itself: "the October 7 attack killed …".)
    const nounAt = end + noun[0].length - noun[1].length;
    return at >= c.index && at <= nounAt + noun[1].length;
  });
  // ("relations that he attributed to agreements reached at the summit in 2023", "met Y, who had
  // arrived on Monday": a time inside a relative clause after the act is that clause's.)
  candidates = candidates.filter(
    (c) => !(c.index > at && RELATIVE_AFTER.test(sentence.text.slice(at, c.index))),
  );
  // "Since Hamas' October 7 attack on Israel, Houthi rebels have launched …": an opening backdrop's
  // time is not the main clause's.
  const opener = openingBackdropEnd(sentence.text);
  if (at >= opener) candidates = candidates.filter((c) => c.index >= opener);
  // "the first meeting since X took office last month": the backdrop's time is not the event's.
  const backdrop =
    /\b(?:since|amid|amidst|follows|following(?!\s+(?:day|week|month|year|morning|evening|night)\b)|in what (?:was|is|has been|marked|marks)|(?:reflected|evidenced|exemplified|demonstrated|illustrated) (?:in|by))\b/i.exec(
      sentence.text.slice(at),
    );
  // ("detained since May 2022": the time since which one is held is the detention's.)
  const held = HELD_VERB.test(sentence.text.slice(at, at + (backdrop?.index ?? 0)));
  if (backdrop && !held) candidates = candidates.filter((c) => c.index <= at + backdrop.index);
  candidates.sort(
    (a, b) =>
      Number(clause(a.index) !== here) - Number(clause(b.index) !== here) ||
      Math.abs(a.index - at) - Math.abs(b.index - at) ||
      a.index - b.index,
  );
  return candidates[0]?.iso ?? null;
}

/**
 * Where the clause a sentence tells before its speaker ends ("The arrests took place on Saturday,
 * the Navy said.": at the comma), as an offset in the sentence, or null.
 */
export function toldClauseEnd(sentence: Sentence): number | null {
  const tail = SAID_TAIL.exec(sentence.text);
  return tail && TOLD_CLAUSE.test(sentence.text.slice(0, tail.index)) ? tail.index : null;
}

// Nouns of events a date can name when written before them ("the October 7 attack").
const ATTRIBUTIVE_EVENT =
  /^(?:attacks?|massacre|bombing|raid|strike|offensive|invasion|assault|election|elections|vote|referendum|ceasefire|truce|summit|coup|uprising|incident|shooting|killing|explosion|blast|earthquake|deadline)$/;

// A relative clause opened after the act: "…, who", "relations that he".
const RELATIVE_AFTER = /\b(?:which|who|whom|whose)\b|\b(?:that|which)\s+(?:he|she|they|it|we)\b/i;

// Words for being held ("detained since May 2022"): the time since then is the detention's.
const HELD = '(?:detained|held|jailed|imprisoned|in custody|into custody|behind bars)';
const SPAN_START =
  /\b(?:beginning|starting|dating(?:\s+back)?|going back|stretching back)\s+(?:in|to|from)?\s*(?:(?:early|late|mid-?)\s*)?$/i;
const HELD_SINCE = new RegExp(`\\b${HELD}\\s+since\\s+$`, 'i');
const HELD_VERB = new RegExp(`^${HELD}\\s+$`, 'i');

// ", the Sri Lankan Navy said in a statement." ending the sentence: the speaker after the clause.
const SAID_TAIL =
  /,[”"]?\s+(?:[^,;.“”"]{0,60}?)\b(?:said|says|announced|added|stated|confirmed|told)\b[^,;“”"]*$/;
// A clause with a verb of its own ("took place", "were arrested", "seized", "will meet").
const TOLD_CLAUSE = /\b(?:took|was|were|had|has|have|is|are|will|would|\w{3,}ed)\b/i;

// "… the capture of Y on Tuesday was carried out": the date ends a noun phrase that is the
// subject of the reported clause.
const CLAUSE_VERB_AFTER = /^[^,.;]{0,25}?\b(?:was|were|is|are|had|has|have|will|would)\b/i;
const REPORTED_VERB = /\b(?:[a-z]{3,}(?:ed|ing)|rose|fell|grew|went|came)\b/;

// What may stand between a say-verb and its own date: "said on", "said late on", "said in a
// statement issued on", "told Stars and Stripes by email", "told reporters at a news conference".
const SAYING_TAIL =
  /^(?:\s+(?:on|in|at|a|an|the|his|her|their|its|late|early|earlier|later|by|and|statement|statements|interview|briefing|post|posted|news|conference|press|release|released|issued|televised|address|speech|message|video|email|e-mail|phone|telephone|reporters|journalists|[A-Z][\w.&-]*))*[\s,]*$/;

// A dateline that opens the sentence with its date: "KUALA LUMPUR, June 16 —", "CAIRO, Sept 18 (MENA) –",
// "Mar 23 (NHK) -", "Taipei [Taiwan], September 7 (ANI):".
const DATELINE_DATE =
  /^(?:[\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40},\s+|[\p{Lu}][\p{L}\p{M} .'’-]{1,30}(?:\s+\[[^\]]{1,30}\])?,\s+(?=[^:]{1,40}\):|[A-Z][a-z]{2,8}\.?\s+\d{1,2}:))?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{1,20}\)\s*)?[—–:-]/u;

const LATER =
  /^[^.;]{0,60}?\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?|earlier|before)|the\s+(?:following|next|previous|preceding)\s+(?:day|week|month|morning|evening|night)|the\s+day\s+(?:before|after))\b/i;
const OPENING_BACKDROP =
  /^\W*(since|ever since|amid(?:st)?|despite|following|in (?:response|retaliation|reaction) to)\b[^,;]{1,120},/i;

/**
 * Where a sentence's opening backdrop clause ends ("Since Hamas' October 7 attack on Israel, …"),
 * as an offset, or 0. "Following …," counts only when asked: for dates it may tell the main
 * clause's day ("Following the arrest on Monday, police seized …"); for participants and event
 * nouns it is a backdrop like the others.
 */
export function openingBackdropEnd(text: string, following = false): number {
  const m = OPENING_BACKDROP.exec(text);
  return m && (following || m[1]!.toLowerCase() !== 'following') ? m[0].length : 0;
}

const REPORTED_ON =
  /\b(?:said|says|told reporters|announced|added|confirmed|stated)\s+(?:in\s+an?\s+(?:statement|(?:news|press)\s+release|press\s+conference|briefing|post)\s+)?(?:on\s+)?$/i;

// The noun right after a date expression: "the September 3 meeting", "Sunday's attack".
// ("Monday’s Reciprocal Access Agreement": a named agreement or summit the day owns.)
const NOUN_AFTER_DATE =
  /^\s*(?:[’']s\s+)?(?:([a-z]+)\b|(?<=[’']s\s+)(?:\p{Lu}[\p{L}-]*\s+){1,4}?(Agreement|Deal|Pact|Accord|Treaty|Summit)\b)/u;
// "revealing that the strike occurred on Friday": the event's noun, then the verb of its happening.
const NOUN_BEFORE_DATE =
  /\b(?:the|that|this)\s+([a-z]+)\s+(?:occurred|took place|happened|was (?:carried out|conducted|launched|held))\s+(?:on\s+)?$/i;

/**
 * Event nouns a date modifies ("the September 3 meeting", "Sunday's attack"), each with the date
 * resolved: a later sentence that dates an event told before without a date.
 */
const nounAfter = (m: RegExpExecArray | null): string | undefined => m?.[1] ?? m?.[2];

export function datedNouns(sentence: Sentence, ctx: DateContext): Array<{ noun: string; iso: string }> {
  const out: Array<{ noun: string; iso: string }> = [];
  for (const f of findDates(sentence)) {
    const noun =
      nounAfter(NOUN_AFTER_DATE.exec(sentence.text.slice(f.index + f.text.length))) ??
      NOUN_BEFORE_DATE.exec(sentence.text.slice(0, f.index))?.[1];
    const iso = noun ? resolveOne(f, sentence, ctx) : null;
    if (noun && iso) out.push({ noun, iso });
  }
  return out;
}

function resolveOne(f: Found, sentence: Sentence, ctx: DateContext): string | null {
  const text = sentence.text;
  if (f.year) return iso(f.year, f.month, f.day);
  if (f.month) {
    // "in February of that year": the year the text stated last, before it.
    if (/^\s*(?:of\s+)?(?:that|the same|that same)\s+year\b/i.test(text.slice(f.index + f.text.length))) {
      const here = findDates(sentence).filter((x) => x.year && x.index < f.index);
      const y = here[here.length - 1]?.year ?? ctx.yearBefore.get(sentence.index);
      return y ? iso(y, f.month, f.day) : null;
    }
    // "in November this year", "in March last year": the year is said in words.
    const said = /^\s*(?:of\s+)?(this|next|last)\s+year\b/i.exec(text.slice(f.index + f.text.length));
    const refYear = ctx.ref?.getUTCFullYear();
    if (said?.[1] && refYear) {
      const y = refYear + ({ this: 0, next: 1, last: -1 } as Record<string, number>)[said[1].toLowerCase()]!;
      return iso(y, f.month, f.day);
    }
    const y = yearFor(f.month, f.day, ctx, f.day === null && !FUTURE_RE.test(text));
    return y ? iso(y, f.month, f.day) : null;
  }
  if (f.weekday !== null && ctx.ref) {
    // "on Wednesday last week", "Tuesday of next week": that weekday of the week before or after
    // the reference's (weeks from Monday).
    const day = WEEKDAY_RE.exec(f.text);
    const week = day ? WEEK_AFTER.exec(text.slice(f.index + day.index + day[0].length)) : null;
    if (week?.[1]) {
      const monday = ctx.ref.getTime() - ((ctx.ref.getUTCDay() + 6) % 7) * DAY;
      const shift = week[1].toLowerCase() === 'last' ? -7 : 7;
      return dayIso(new Date(monday + (shift + ((f.weekday + 6) % 7)) * DAY));
    }
    // The clause the weekday stands in decides: "X pleaded not guilty on Monday and Y is
    // expected to appear Tuesday" has a past Monday and a future Tuesday.
    const { clause, from } = clauseAround(text, f.index);
    // "arrived on Thursday night ahead of a meeting that will cap off the trip": a future told
    // after the weekday, past a verb in the past before it, is a later act's.
    const ahead = FUTURE_RE.exec(clause);
    // ("In an announcement on Friday, X said the plan would go ahead": a past verb between the
    // weekday and the future is the weekday's.)
    const laterAct =
      !!ahead && ahead.index > f.index - from && PAST_CLAUSE_RE.test(clause.slice(0, ahead.index));
    // "is to build two centres under an accord signed in Rome on Monday": a past verb between the
    // plan and the weekday is the weekday's act ("will be held on Monday" is no past verb).
    const pastBetween =
      !!ahead &&
      ahead.index < f.index - from &&
      PAST_AFTER_PLAN_RE.test(clause.slice(ahead.index + ahead[0].length, f.index - from));
    const future =
      ((FUTURE_RE.test(clause) && !laterAct && !pastBetween) ||
        (FUTURE_RE.test(text) && !PAST_CLAUSE_RE.test(clause))) &&
      !PAST_WEEKDAY_RE.test(text.slice(Math.max(0, f.index - 30), f.index));
    const refDay = ctx.ref.getUTCDay();
    let delta = f.weekday - refDay;
    if (future && delta < 0) delta += 7;
    if (!future && delta > 0) delta -= 7;
    const d = new Date(ctx.ref.getTime() + delta * 86_400_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

// A past-tense verb in the weekday's own clause ("pleaded not guilty on Monday").
const PAST_CLAUSE_RE = /\b(?:\w{3,}ed|was|were|had|did|met|said|told|took|made|held|spoke|began)\b/i;
// A verb in the past after the plan's words: not a participle of "be" ("will be held").
const PAST_AFTER_PLAN_RE =
  /\b(?=\w{3,}ed\b|met\b|took\b|made\b|held\b|spoke\b|began\b)(?<!\b(?:be|been|being|get|got|have|has)\s+(?:\w+ly\s+)?)(?:\w{3,}ed|met|took|made|held|spoke|began)\b/i;
const CLAUSE_CUT = /[;,]|\s(?:and|but|while|whereas)\s/g;
// A sentence's opening phrase with no verb: "On Friday", "In an announcement on Friday".
const ADVERBIAL_OPENER =
  /^\s*(?:On|In|Late|Early|By|At|During|Last|This)\b(?:\s+(?!(?:\w{3,}ed|was|were|is|are|had|has|will|would|said|met|told)\b)[\w’'.-]+){0,5}\s*$/;

/** The clause of `text` around offset `at`: from the cut before it to the cut after it. */
function clauseAround(text: string, at: number): { clause: string; from: number } {
  let from = 0;
  let to = text.length;
  let opener = false;
  for (const m of text.matchAll(CLAUSE_CUT)) {
    const i = m.index ?? 0;
    if (i < at) from = i;
    else if (opener || from > 0 || !ADVERBIAL_OPENER.test(text.slice(0, i))) {
      to = i;
      break;
    } else {
      // "On Friday, X met Y, who will visit …": an opening adverbial has no verb of its own; the
      // clause it opens is the weekday's.
      opener = true;
    }
  }
  return { clause: text.slice(from, to), from };
}

/** A month (and day) without a year: the year that puts it at most two months after the reference. */
function yearFor(month: number, day: number | null, ctx: DateContext, past = false): number | null {
  if (ctx.ref) {
    const y = ctx.ref.getUTCFullYear();
    // "in October" told in the past tense in September is last October.
    if (past && month > ctx.ref.getUTCMonth() + 1) return y - 1;
    const candidate = Date.UTC(y, month - 1, day ?? 1);
    return candidate > ctx.ref.getTime() + 62 * 86_400_000 ? y - 1 : y;
  }
  return ctx.monthYears.get(month) ?? null;
}

const dayIso = (d: Date): string => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const DAY = 86_400_000;

const COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
// Days counted from a day the story told: "the following day", "two days later", "later that
// day", "the previous evening". ("The day after the election" counts from the election: no day.)
const OFFSET =
  /\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>days?|weeks?)\s+(?<dir>later|afterwards?|earlier)|the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|[\p{Lu}\d]))|later\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening|night)|earlier\s+(?:that|the\s+same|in\s+the)\s+day|(?:that|the)\s+same\s+(?:day|morning|afternoon|evening|night)|(?:hours|minutes)\s+later)\b/giu;

// A word every OFFSET phrase has: most sentences have none, and this finds that faster.
const OFFSET_WORD = /\b(?:following|next|later|earlier|afterwards?|previous|preceding|before|after|same)\b/i;

/**
 * Days counted from another ("arrested on Monday and extradited the following day", "The next
 * day, …"): from the nearest full day the sentence states before the phrase, else the last one of
 * the three sentences before it. With neither there is nothing to count from.
 */
function offsetDates(
  sentence: Sentence,
  ctx: DateContext,
  stated: ReadonlyArray<{ index: number; iso: string }>,
): Array<{ index: number; iso: string }> {
  const out: Array<{ index: number; iso: string }> = [];
  if (!OFFSET_WORD.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(OFFSET)) {
    const at = m.index ?? 0;
    const before = stated.filter((c) => c.index < at && c.iso.length === 10);
    const from = before.length
      ? before.reduce((a, b) => (b.index > a.index ? b : a)).iso
      : ctx.dayBefore.get(sentence.index);
    if (!from) continue;
    const phrase = m[0].toLowerCase();
    let days = 0;
    if (m.groups?.n) {
      const n = COUNT[m.groups.n.toLowerCase()] ?? Number(m.groups.n);
      days = n * (m.groups.unit!.toLowerCase().startsWith('week') ? 7 : 1);
      if (m.groups.dir!.toLowerCase() === 'earlier') days = -days;
    } else if (/^the\s+(?:following|next)|^the\s+day\s+after/.test(phrase)) days = 1;
    else if (/^the\s+(?:previous|preceding)|^the\s+day\s+before/.test(phrase)) days = -1;
    const d = new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY);
    out.push({ index: at, iso: dayIso(d) });
  }
  return out;
}

const AGO =
  /\b(?:about |nearly |almost |roughly |some |more than |less than |over )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (years?|months?|weeks?|days?) ago\b/i;
const NTH_DAY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|and\b|-|century|centuries|anniversary|floor|day|time|round|fleet|division|army|brigade|battalion|regiment|infantry|district|circuit|congress|amendment|session|edition|meeting|summit|hour|minute|place|inning|lap|stage|year|term|straight|consecutive|largest|biggest|most)|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;

// A word every relative expression has ("this week", "last year", "two days ago", "on the 8th").
const RELATIVE_WORD = /\b(?:today|tonight|this|yesterday|last|ago|on the \d)/i;

/** Relative expressions ("yesterday", "last month", "last week", "this year") with their offsets. */
function relativeDates(text: string, ctx: DateContext): Array<{ index: number; iso: string }> {
  const out: Array<{ index: number; iso: string }> = [];
  if (!RELATIVE_WORD.test(text)) return out;
  const add = (re: RegExp, value: string): void => {
    const m = re.exec(text);
    if (m) out.push({ index: m.index, iso: value });
  };
  const ref = ctx.ref;
  if (ref) {
    add(/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i, dayIso(ref));
    add(/\b(?:yesterday|last night)\b/i, dayIso(new Date(ref.getTime() - DAY)));
    const lastMonth = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1));
    add(/\blast month\b/i, iso(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1));
    add(/\bthis month\b/i, iso(ref.getUTCFullYear(), ref.getUTCMonth() + 1));
    // "announced this week", "earlier this week": some day of the week, so its month alone.
    // ("earlier this week on Monday", "on Monday this week": the weekday says which day.)
    add(
      /\b(?=(?:earlier |later )?this week\b)(?<!\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )(?:earlier |later )?this week\b(?!,? (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i,
      iso(ref.getUTCFullYear(), ref.getUTCMonth() + 1),
    );
    // A week has no single day: the month of the day a week before the reference.
    const weekAgo = new Date(ref.getTime() - 7 * DAY);
    add(/\blast week\b/i, iso(weekAgo.getUTCFullYear(), weekAgo.getUTCMonth() + 1));
    // "extradited about a year ago", "two months ago", "three days ago": counted back from the
    // reference, as precise as the unit.
    const ago = AGO.exec(text);
    if (ago) {
      const n = /^\d+$/.test(ago[1] ?? '') ? Number(ago[1]) : (COUNT[ago[1]!.toLowerCase()] ?? 1);
      const unit = ago[2]!.toLowerCase();
      const [y, mo] = [ref.getUTCFullYear(), ref.getUTCMonth()];
      const monthOf = (d: Date): string => iso(d.getUTCFullYear(), d.getUTCMonth() + 1);
      const when = unit.startsWith('year')
        ? iso(y - n)
        : unit.startsWith('month')
          ? monthOf(new Date(Date.UTC(y, mo - n, 1)))
          : unit.startsWith('week')
            ? monthOf(new Date(ref.getTime() - 7 * n * DAY))
            : dayIso(new Date(ref.getTime() - n * DAY));
      out.push({ index: ago.index, iso: when });
    }
    // "signed the agreement in Manila on the 8th": a day of the month with no month named is the
    // latest such day on or before the reference.
    const nth = NTH_DAY.exec(text);
    const n = Number(nth?.[1]);
    if (nth && n >= 1 && n <= 31) {
      const back = n > ref.getUTCDate() ? 1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, n));
      if (d.getUTCDate() === n) out.push({ index: nth.index, iso: dayIso(d) });
    }
  }
  if (ctx.year !== null) {
    add(/\bthis year\b/i, iso(ctx.year));
    add(/\blast year\b/i, iso(ctx.year - 1));
  }
  return out;
}
