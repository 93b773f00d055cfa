/**
 * Events: one per (sentence, type) whose trigger matches, with participants from the sentence's
 * mentions, a location, a date resolved against the article's reference, the evidence sentence and
 * a summary. The same event told twice (same type, compatible participants, dates and places) is
 * kept once.
 */
import type { EventType, ExtractedEvent } from '../../domain/types';
import type { ArticleContext } from './context';
import {
  clauseEndAfter,
  COMPOUND_MODIFIER,
  escapeRe,
  evidence,
  RELATIVE_CLAUSE,
  FROM_BEFORE,
  FORCES_PARTICIPLE,
  inPersonAppositive,
  NOT_DESTINATION,
  textBefore,
  isPossessive,
  quoteRanges,
  tok,
} from './context';
import { OWNED_GROUP } from './cartels';
import {
  datedNouns,
  findDates,
  toldDates,
  isoDay,
  openingBackdropEnd,
  reportDay,
  resolveSentenceDate,
  toldClauseEnd,
} from './dates';
import type { Mention, Sentence } from './model';
import { countedLater, lastPersonBefore, OTHERS_OF } from './opposes';
import { designatorOf, PREVENTION, reducedDesignation } from './relations';
import { isOutlet, OUTLET_KIND_BEFORE, reportsNews } from './outlets';
import type { Trigger } from './triggers';
import { CAPABILITY, IF_NEEDED, NON_FACTUAL, NOT_YET, STANCE_VERB, TRIGGERS } from './triggers';
import { COURTESY_TITLES, TITLES_BY_FIRST, TITLE_MODIFIERS } from './lexicons/titles';
import { DESIGNATION_NAME } from './lexicons/orgs';
import { lookupCountryForm } from './lexicon';

const BOTH =
  /\b(both governments|both countries|both nations|both sides|the two governments|the two countries|the two nations|two neighbors)\b/i;
const REMAINS_OF =
  /\b(?:remains|body|bodies|death|murder|killing|funeral|memory|grave|tomb|legacy) of (?:the )?(?:late )?(?:\w+ ){0,2}$/i;
const EARLIER = /\b(?:already|previously|earlier|before|last (?:year|month|week))\b/i;
// In the trigger's own clause (no comma between): "Both leaders had already met", not "the two
// leaders did not discuss Cuba, even though Trump threatened …".
const BOTH_PEOPLE =
  /\b(?:both|the two) (?:leaders|presidents|prime ministers|ministers|foreign ministers|heads of state|heads of government|counterparts|top diplomats)\b[^,;]*$/i;
const AGENT_IN =
  /\b(?:police|authorities|officials|troops|soldiers|forces|officers|agents|investigators|prosecutors|customs|navy|army|coast guard)\s+in\s+(?:the\s+)?$/i;
const DESCRIBED_BODY =
  /^\s+(?:[a-z-]+\s+){0,2}(?:agency|service|ministry|body|force|department|office|authority|regulator|watchdog|company|firm|bank|broadcaster|outlet|newspaper|daily|network)\s+$/;
const REPORTED_BY_PLACE =
  /^[’']s?\s+(?:[\w-]+\s+){0,4}?(?:said|says|announced|reported|stated|claimed|confirmed)\b(?!\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:that\s+)?(?:it|they|its|their)\b)/i;
const NONSTATE_OWNED =
  /^[’']s?\s+(?:(?:main|largest|powerful|notorious|feared|dominant|biggest)\s+)?(?:paramilitary|rebel|insurgent|militant|armed|opposition|separatist|jihadist|extremist|criminal|drug)\b/i;
// ("about 60 miles off …" is a distance, not a topic.)
const TOPIC =
  /\b(?:about(?!\s+(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|half)\b))|regarding|concerning|to discuss|discussed|discussing)\b/i;
const CITED = /\b(according to|reported|reports|told)\b/i;
const ACCORDING_TO = /\baccording to\s+(?:[\w’'-]+\s+){0,7}(?:[\w’'-]+\s*\(\s*)?$/i;
const LOC_PREP = new Set(['in', 'at', 'to', 'inside', 'within', 'near', 'off', 'into']);
const SPECIFICITY: Record<string, number> = {
  facility: 4,
  city: 3,
  state: 2,
  country: 2,
  region: 1,
  water: 1,
};

interface Draft extends ExtractedEvent {
  sentence: number;
  dateText: string | null;
  /** Verb for the summary, written once the date and place are final. */
  verb: string;
  /** The people named right after the trigger ("met with X"): whom the event was with. */
  met: string[];
  /** Parties only from "both leaders" / "the two ministers": maybe a retelling. */
  pairOnly?: boolean;
  /** Told inside the sentence's backdrop ("… follows an order that designated X"): no date guessed. */
  backdrop?: boolean;
}

/**
 * Every event in the article, deduplicated. Triggers are read only in sentences [from, to); the
 * passes that complete events (a speaker's later statements, dates and parties told in other
 * sentences) read the whole article.
 */
export function extractEvents(ctx: ArticleContext, from = 0, to = Infinity): ExtractedEvent[] {
  const drafts: Draft[] = [];
  /** Dated retellings that name nobody ("The two ministers held a meeting on Thursday"). */
  const unnamed: Retelling[] = [];
  const announcements: Array<{ sentence: number; date: string }> = [];
  for (const sent of ctx.sentences) {
    if (sent.index < from || sent.index >= to) continue;
    const ms = ctx.bySentence.get(sent.index) ?? [];
    const done = new Set<string>();
    // "The sanctions were announced on October 1, 2024.", "The NCA announced the arrests on July
    // 10": the act just told, named again by its noun, with its day.
    const act = RETOLD_ACT.exec(sent.text);
    const actType = act
      ? ACT_NOUN_TYPES[(act[1] ?? act[2] ?? act[3] ?? '').toLowerCase().replace(/s$/, '')]
      : undefined;
    if (act && actType) {
      const date = resolveSentenceDate(sent, ctx.dates, act.index + act[0].length);
      if (date) unnamed.push({ sentence: sent.index, type: actType, date, words: act[0].toLowerCase() });
    }
    // "Canada is imposing sanctions on …. The minister made the announcement Friday.": the act
    // told just before, announced that day.
    const announced = MADE_ANNOUNCEMENT.exec(sent.text);
    if (announced) {
      const date = resolveSentenceDate(sent, ctx.dates, announced.index + announced[0].length);
      if (date) announcements.push({ sentence: sent.index, date });
    }
    for (const trig of TRIGGERS) {
      // One event per type and sentence: the first (most specific) trigger tells it.
      if (done.has(trig.type)) continue;
      // "spoke by phone ahead of the … Summit": the call is the event, the summit its backdrop.
      if (trig.type === 'MEETING' && done.has('CALL')) continue;
      const m = trig.re.exec(sent.text);
      if (!m) continue;
      // "expelled 26 prisoners to the United States" is told as their extradition already.
      if (
        trig.type === 'OTHER' &&
        /^(?:deported|expelled|repatriated)\b/i.test(m[0]) &&
        done.has('EXTRADITION')
      )
        continue;
      // Modality is checked just before the trigger: "opposes any deployments", "could strike".
      const before = sent.text.slice(Math.max(0, m.index - 60), m.index);
      const lead = sent.text.slice(Math.max(0, m.index - 20), m.index);
      // The trigger's own words are no modality ("pleaded not guilty").
      const modal = !!trig.factual && NON_FACTUAL.test(before);
      const planned = modal && reportedPlan(trig, sent.text, m.index);
      if (modal && !planned) continue;
      // "a meeting between the two leaders is not ruled out": the sentence doubts it after.
      if (
        trig.factual &&
        UNDECIDED_AFTER.test(
          sent.text.slice(m.index + m[0].length, clauseEndAfter(sent, sent.start + m.index) - sent.start),
        )
      )
        continue;
      if (trig.pastOnly && NOT_YET.test(before + m[0])) continue;
      // "can be deployed to the Middle East if needed": able to, not done ("a judge ruled he can be
      // extradited" is the ruling's news, told as its extradition).
      if (
        trig.factual &&
        ((trig.type !== 'EXTRADITION' && CAPABILITY.test(before)) ||
          IF_NEEDED.test(
            sent.text.slice(m.index + m[0].length, clauseEndAfter(sent, sent.start + m.index) - sent.start),
          ))
      )
        continue;
      // "a low-tech strategy being deployed by terrorist groups": a method used, not forces sent.
      if (trig.type === 'DEPLOYMENT' && USED_THING.test(before)) continue;
      // "There are already 2,000 troops stationed on the border": a state of affairs, not a move.
      if (trig.type === 'DEPLOYMENT' && /\bthere\s+(?:is|are|was|were|remain)\b[^.;]{0,60}$/i.test(before))
        continue;
      // "… a dissident group to organizations that agreed to peace": the act of others, told in a
      // relative clause on a common plural noun, is no event of anyone the sentence names.
      if (trig.type !== 'STATEMENT' && OTHERS_WHO.test(before)) continue;
      // "El-Fasher, which the paramilitary group captured in October": what "which" stands for is
      // a thing or a place; people are captured "who".
      if (trig.type === 'ARREST' && /captur/i.test(m[0]) && /\bwhich\s+(?:[\w’'-]+\s+){1,4}$/i.test(before))
        continue;
      // "invited X to attend the summit", "extended the invitation to X to participate in …":
      // asked to come, not come.
      if (trig.type !== 'STATEMENT' && INVITED_TO.test(sent.text.slice(Math.max(0, m.index - 120), m.index)))
        continue;
      // "a reward for information leading to X's arrest": sought, not made.
      if (
        /^(?:arrest|capture|detention)$/i.test(m[0]) &&
        /\b(?:rewards?|bount(?:y|ies)|warrants?|information leading to|calls? for|demand\w*)\b/i.test(before)
      )
        continue;
      // "the capture of X": of a person or a group named next ("the capture of Avdiivka", "the
      // capture of the town" are a place taken).
      if (/^capture of$/i.test(m[0]) && !capturesPerson(sent, ms, sent.start + m.index + m[0].length))
        continue;
      if (
        (trig.type === 'SEIZURE' || trig.type === 'ARREST') &&
        (BY_CRIMINALS.test(sent.text.slice(m.index + m[0].length)) || CRIMINALS_WHO.test(before))
      )
        continue;
      // "During the deployment, Navy units located …": the act told before, named again as the
      // time of another; "a helicopter, currently deployed with the CSG25": a participle that
      // says where a thing is, no act of the sentence's names.
      if (
        trig.type === 'DEPLOYMENT' &&
        (/\b(?:during|throughout|after|before|since)\s+(?:the|this|that|its|their)\s+$/i.test(before) ||
          (/^deployed\b/i.test(m[0]) &&
            /\b\p{Ll}+,\s+(?:(?:currently|now|already|recently|also)\s+)?$/u.test(before)))
      )
        continue;
      // "Among those extradited are members of …": the groups of an act told before, no new act
      // ("Among those sanctioned is X" still names a target of it).
      if (
        /\b(?:among\s+)?those\s+$/i.test(before) &&
        !ms.some((x) => x.type === 'Person' && x.start > sent.start + m.index)
      )
        continue;
      // "Jordan regularly reports seizing captagon": a habit, not one event. ("A CCG vessel on
      // Saturday repeatedly rammed the BRP X": one incident of repeated acts, on the day stated.)
      const habit = HABITUAL.exec(before);
      const onOneDay =
        /^repeatedly(?:\s|$)/i.test(habit?.[0] ?? '') &&
        findDates(sent).some((f) => f.weekday !== null || f.day !== null);
      if (trig.type !== 'STATEMENT' && habit && !onOneDay) continue;
      // "… seizing their boats in several alleged incidents": many acts summed up, not one event.
      if (trig.type !== 'STATEMENT' && MANY_TIMES.test(sent.text)) continue;
      // "has carried out many terrorist attacks": the trigger itself counts many acts.
      const around = sent.text.slice(Math.max(0, m.index - 30), m.index + m[0].length);
      if (MANY_ACTS.test(around)) continue;
      // "has imposed seven rounds of sanctions on Iran since 2022": a tally, not one act.
      if (ROUNDS_OF.test(sent.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) continue;
      // "supplies to the Philippine forces stationed on the shoal": where others are, no move.
      if (trig.type === 'DEPLOYMENT' && FORCES_PARTICIPLE.test(before)) continue;
      // "Since the invasion, Poland has apprehended many people suspected of …": a tally of acts
      // over time, told in the perfect, not one event.
      if (
        /\b(?:has|have)\s+(?:\w+ly\s+)?$/i.test(lead) &&
        MANY_OBJECTS.test(sent.text.slice(m.index + m[0].length, m.index + m[0].length + 40))
      )
        continue;
      // "arrested while attempting to travel to Saudi Arabia", "has been trying to hold peace
      // talks": tried or planned, not done.
      if (trig.type !== 'STATEMENT' && ATTEMPTED.test(before)) continue;
      // "the Maryland man who was wrongly deported to El Salvador": an act told of someone the
      // sentence does not name, in a relative clause; its names are the main clause's.
      if (UNNAMED_WHO.test(before)) continue;
      // "Turkey previously rejected a request from Sweden to extradite X": refused, not done.
      if (trig.type !== 'STATEMENT' && REFUSED.test(before)) continue;
      // "has suspended the extradition of a rebel leader": stopped or asked for, not done.
      if (trig.type !== 'STATEMENT' && HELD_BACK.test(before)) continue;
      // "officers stationed at the busiest crossing": where people are, told of a noun, no move.
      if (/^stationed$/i.test(m[0]) && /\b\p{Ll}{3,}s\s+$/u.test(before)) continue;
      // "rejected a proposal from X for a direct meeting", "calls for a ceasefire": asked for, not held.
      if (trig.type !== 'STATEMENT' && ASKED_FOR.test(sent.text.slice(Math.max(0, m.index - 120), m.index)))
        continue;
      // "a study … found large fentanyl seizures were rare": a finding about seizures, not one.
      if (/^(?:found|discovered)\b/i.test(m[0]) && FINDING.test(before)) continue;
      // "X shadowed the corvette Y": the ship that shadows or escorts is named before the verb.
      const escort = trig.type === 'DEPLOYMENT' && /^(?:shadow|escort)/i.test(m[0]);
      if (escort && !ms.some((x) => x.type === 'Ship' && x.end <= sent.start + m.index)) continue;
      // "was arrested on Sunday upon arriving in Germany": the arrival times the arrest.
      if (trig.type === 'VISIT' && /\b(?:upon|on)\s+$/i.test(before) && ARREST_IN.test(sent.text)) continue;
      // "where he arrived in handcuffs": an arrival in no named place is no visit.
      const afterAt = sent.start + m.index + m[0].length;
      if (
        trig.type === 'VISIT' &&
        /^arriv\w* in$/i.test(m[0]) &&
        !ms.some((x) => x.type === 'Location' && x.start > afterAt && x.start - afterAt <= 30)
      )
        continue;
      // "the ASEAN Leaders' Meeting", "the G7 Summit": a named gathering, told as a name.
      if (m.index > 0 && /^(?:Meetings?|Summit)$/.test(m[0])) continue;
      // "ahead of the APEC meeting", "on the sidelines of the G20 summit": a named gathering that
      // times or places another event.
      if (/^(?:meetings?|summit)$/i.test(m[0]) && NAMED_GATHERING_BEFORE.test(sent.text.slice(0, m.index)))
        continue;
      // "the arrested suspects", "the seized cocaine": a participle used as an adjective.
      if (
        /^(?:arrested|detained|captured|seized|confiscated|deployed|sanctioned|dismantled)$/i.test(m[0]) &&
        /\b(?:the|an?)\s+$/i.test(lead)
      )
        continue;
      // "the partner of escaped gang leader X": who escaped before, named by it.
      if (
        /^escaped$/i.test(m[0]) &&
        /^\s+(?:[\w-]+\s+){0,3}?(?:leader|boss|lord|kingpin|prisoner|convict|inmate|fugitive|capo)\b/i.test(
          sent.text.slice(m.index + m[0].length),
        )
      )
        continue;
      // "A ship … is seen near Gamcheon Port in Busan, April 3.": a photo caption shows, it tells
      // no event.
      if (CAPTION.test(sent.text)) continue;
      // "it was announced that …": nobody the sentence names made the statement.
      if (trig.type === 'STATEMENT' && /\b(?:it|this)\s+(?:was|has been|had been|is)\s+$/i.test(lead))
        continue;
      // "expressed her support for the troop deployment": a stance on the event, no part in it.
      if (STANCE_ON.test(before)) continue;
      const d = draft(ctx, sent, ms, trig, sent.start + m.index);
      // "Mexico ex-drug czar sentenced to 38 years", "a Sinaloa Cartel member, sentenced": a court
      // sentences people (or a company: "X Limited pleaded guilty"); a country or a gang it names
      // is not the one sentenced.
      if (
        d &&
        COURT_VERB.test(m[0]) &&
        !d.participants.some((p) => /^(?:Person|Organization)$/.test(ctx.byName.get(p)?.type ?? ''))
      )
        continue;
      // "Pentagon spokesperson X confirmed the deployment in a statement": a remark on an act
      // already told, naming no one it acted on, is the remark alone (not the act with X in it).
      if (
        d &&
        trig.type !== 'STATEMENT' &&
        REMARKED_ON.test(before) &&
        !ms.some((x) => x.start > sent.start + m.index && !!x.entity && d.participants.includes(x.entity))
      )
        continue;
      // "a ceasefire …, announced by President X in May": the one after "by" made the statement.
      if (d && trig.type === 'STATEMENT' && /^announced$/i.test(m[0])) {
        const by = /^\s+by\s+(?:the\s+)?/i.exec(sent.text.slice(m.index + m[0].length));
        if (by) {
          const at = sent.start + m.index + m[0].length + by[0].length;
          const agent = ms.find(
            (x) => x.entity && x.start >= at && x.start <= at + 40 && x.role !== 'qualifier',
          );
          if (!agent?.entity) continue;
          d.participants = [agent.entity];
        }
      }
      // "X was seized at a shopping centre", "Marines seized X": a person seized is arrested.
      if (
        d &&
        trig.type === 'SEIZURE' &&
        /^seized$/i.test(m[0]) &&
        seizesPerson(sent, ms, sent.start + m.index)
      ) {
        d.type = 'ARREST';
        d.basis = d.basis?.replace('event:seizure', 'event:arrest');
        d.verb = 'arrested';
      }
      // "X welcomed the U.S. delegation's visit", "the Foreign Office termed Dar's two-day visit …":
      // the one whose visit it is made it; who speaks of it did not.
      const own =
        d && trig.type === 'VISIT' && /^(?:visits?|trip|arrival)(?:\s+(?:to|of))?$/i.test(m[0])
          ? /[’']s\s+(?:(?:state|official|first|recent|two-day|three-day|surprise)\s+)?$/.exec(
              sent.text.slice(0, m.index),
            )
          : null;
      if (d && own) {
        const at = sent.start + m.index - own[0].length;
        const owner = ms.find((x) => x.end === at && !!x.entity && x.type !== 'Location');
        if (!owner?.entity) continue;
        d.participants = [owner.entity];
      }
      // "… stand by all decisions reached at the meeting": the meeting told before, named again by
      // its definite noun; whom the sentence names was at it, no meeting of its own.
      const told =
        d &&
        trig.type === 'MEETING' &&
        /^meeting$/i.test(m[0]) &&
        /\bthe\s+$/i.test(lead) &&
        d.participants.length <= 1
          ? drafts.filter((x) => x.type === 'MEETING' && x.sentence < sent.index).pop()
          : undefined;
      if (d && told) {
        told.participants = unique([...told.participants, ...d.participants]);
        done.add(trig.type);
        continue;
      }
      // A plan is its own kind of evidence: it may not take place.
      if (d && planned) d.basis = `event:${trig.type.toLowerCase()}:planned`;
      // A warship that shadows or escorts others: deployed, told by another kind of evidence.
      if (d && escort) d.basis = 'event:deployment:escort';
      // "The two ministers held a meeting on Thursday" after their meeting was told: a retelling
      // that dates it ("Both leaders had already met in July" is an earlier one).
      const retold =
        d?.pairOnly &&
        !EARLIER.test(d.evidence) &&
        drafts.some(
          (x) =>
            x.type === d.type &&
            sent.index - x.sentence <= 2 &&
            d.participants.every((p) => x.participants.includes(p)),
        );
      if (retold) {
        if (d.date && trig.type !== 'OTHER')
          unnamed.push({ sentence: sent.index, type: trig.type, date: d.date, words: m[0].toLowerCase() });
        done.add(trig.type);
      } else if (d) {
        drafts.push(...separately(ctx, sent, ms, d, sent.start + m.index));
        done.add(trig.type);
      } else {
        const date = resolveSentenceDate(sent, ctx.dates, m.index);
        // OTHER and STATEMENT gather unlike events: only a typed retelling dates its event (an
        // OTHER one only by the same words: "The co-founder of X pleaded guilty Monday. Y, 75,
        // pleaded guilty to two counts").
        if (date && trig.type !== 'STATEMENT')
          unnamed.push({ sentence: sent.index, type: trig.type, date, words: m[0].toLowerCase() });
      }
    }
  }
  dropKillingsOfStrikes(drafts);
  retypeAttacksOnPersons(ctx, drafts);
  // (Read before a later "X stated on Tuesday" moves an announcer's statement to that sentence.)
  const announcers = announcersOf(drafts);
  // (Statements the speaker pass adds announce no act of their own: the set holds for both.)
  const announcing = announcingSentences(ctx, drafts);
  drafts.push(...speakerStatements(ctx, drafts, announcing));
  dropAnnouncedActs(drafts, announcing);
  actsDatedByAnnouncers(drafts, announcers);
  const month = isoDay(ctx.dates.ref)?.slice(0, 7) ?? null;
  const events = dedupe(drafts);
  dateFromLaterNouns(ctx, events);
  dateFromRetellings(events, unnamed);
  for (const a of announcements) {
    const acts = events.filter((e) => e.sentence === a.sentence - 1 && e.type !== 'STATEMENT');
    if (acts.length === 1) refineDate(acts[0], a.date);
  }
  dateFromTimeSentences(ctx, events);
  dateFromOpeningTimes(ctx, events);
  dateFromRepeatedVerbs(ctx, events);
  partiesFromCoordination(ctx, events);
  targetsCountedLater(ctx, events);
  return events.map(({ sentence: _s, dateText: _d, verb, met: _m, pairOnly: _p, backdrop, ...e }) => {
    if (!e.date && !backdrop && !FUTURE.test(e.evidence) && !BEFORE_NOW.test(e.evidence)) {
      // A later, undated part of the story ("…was rammed by a CCG vessel") happened when the
      // same kind of event with the same actor told earlier did; else, as it was reported by the
      // time the article was published, in the publication month ("YYYY-MM", ANNOTATION.md).
      // ("another action days earlier": not that one, so not its day either.)
      // ("earlier this year", told of an act with no date of its own: that year, no month.)
      // ("Later, at the Presidential House, X met Y", "During the meeting, …": the time of the
      // event the sentence before told.)
      e.date =
        (THEN_OPENING.test(ctx.sentences[_s]?.text ?? '') ? justBefore(events, _s) : null) ??
        (DURING_IT.test(e.evidence) ? toldJustBefore(events, e.participants, _s) : null) ??
        (ANOTHER_ACT.test(e.evidence) ? null : storyDate(events, e, _s)) ??
        (EARLIER_THIS_YEAR.test(e.evidence) ? (month?.slice(0, 4) ?? null) : month);
    }
    return { ...e, summary: summarize(e.participants, verb, e.location, e.date) };
  });
}

/**
 * "Canada is imposing sanctions on three more people …" with the three named in a later sentence:
 * a sanction that names no person takes the people its counted object stands for (opposes.ts).
 */
function targetsCountedLater(ctx: ArticleContext, events: Draft[]): void {
  for (const e of events) {
    if (e.type !== 'SANCTION' || e.participants.some((p) => ctx.byName.get(p)?.type === 'Person')) continue;
    const sent = ctx.sentences[e.sentence];
    const verb = sent ? /\bsanction(?:s|ed|ing)?\b/i.exec(sent.text) : null;
    if (!sent || !verb) continue;
    const at = sent.start + verb.index + verb[0].length;
    e.participants = unique([...e.participants, ...countedLater(ctx, sent, at, sent.end)]);
  }
}

const NAMED_GATHERING_BEFORE =
  /\b(?:ahead of|before|after|during|at|on the (?:sidelines|margins) of|for)\s+(?:the|this|next|last|a)\s+(?:[\w’'-]+\s+){0,2}?\p{Lu}[\w’'-]*\s+(?:[\w’'-]+\s+){0,1}$/u;

// Said of an event right after its noun: not (yet) decided, so no event.
const UNDECIDED_AFTER =
  /^[^,;]{0,60}?\b(?:(?:is|are|was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:ruled out|scheduled|confirmed|set|planned|announced|decided)|(?:is|are|was|were|remains?|seems?)\s+(?:still\s+)?(?:possible|unlikely|uncertain|unclear|in doubt|under consideration|being considered))\b/i;

// "X said Tuesday that he would meet Y on Wednesday": a plan someone announced, told in the
// future of the past, with nothing conditional in the sentence.
const REPORTED_WOULD =
  /\b(?:said|says|announced|confirmed|told (?:[\w’'-]+ ){0,2}?(?:reporters|journalists|the press))\b(?:(?![,;:“”"]).){0,80}\bwould(?: be)?\s+(?:[\w-]+ly\s+)?$/i;
const CONDITION =
  /\b(?:if|unless|whether|could|might|may(?<!\b(?:in|of|early|late|mid|since|until|last|this|next|by|through|from)[\s-]+may)(?!\s+\d|,|\s+(?:19|20)\d\d)|not|never|no longer|hopes?|hoped|wants?|wanted)\b/i;

/** A meeting or call that a named speaker said would take place: scheduled, so an event. */
function reportedPlan(trig: Trigger, text: string, at: number): boolean {
  if (trig.type !== 'MEETING' && trig.type !== 'CALL') return false;
  const head = text.slice(0, at);
  return (
    REPORTED_WOULD.test(head) &&
    !CONDITION.test(head.slice(head.search(/\bwould\b(?!.*\bwould\b)/i))) &&
    !/\b(?:if|unless|provided)\b/i.test(text.slice(at))
  );
}

// "X said", "X told reporters", "X, the …, said": the say-verb right after a named speaker.
const SAID_AFTER =
  /^(?:said|says|told|stated|added|wrote|announced|confirmed|warned|insisted|explained|noted|argued|posted|disclosed|described|urged|emphasi[sz]ed|stressed|underscored|reiterated|acknowledged|declared|informed|reported|claimed)$/i;
// "…,” said Armed Forces Minister X": the speaker right after the verb, at most a title between.
const SAID_BEFORE = /^(?:said|says|added|wrote|stated)$/i;

/**
 * STATEMENT events for named speakers: one per speaker and article (a speaker quoted over several
 * sentences made one statement; dedupe merges retellings), dated from the first sentence that
 * quotes them. Sentences whose trigger already made a STATEMENT are left to it.
 */
function speakerStatements(ctx: ArticleContext, drafts: Draft[], announcing: Set<number>): Draft[] {
  const out: Draft[] = [];
  // (Not by a statement that is the act it announces, dropped later: "Judge X announced the
  // sentence" leaves X's own remarks in a later sentence to count.)
  const spoke = new Set(
    drafts
      .filter((d) => d.type === 'STATEMENT' && !announcing.has(d.sentence))
      .flatMap((d) => d.participants),
  );
  // Statements dated only by the report (no date of their own), by speaker: this pass's, and the
  // trigger's ("Announcing the sanctions, X condemned …" then "…,” X stated on Tuesday").
  const undated = new Map<string, Draft>();
  for (const d of drafts) {
    const speaker = d.type === 'STATEMENT' && !d.dateText ? d.participants[0] : undefined;
    if (speaker && !undated.has(speaker)) undated.set(speaker, d);
  }
  for (const sent of ctx.sentences) {
    if (drafts.some((d) => d.type === 'STATEMENT' && d.sentence === sent.index)) continue;
    // ("Judge X announced the sentence": the sentencing told; X's own remarks come later.)
    if (announcing.has(sent.index)) continue;
    const ms = ctx.bySentence.get(sent.index) ?? [];
    const hit = saidBy(ctx, sent, ms);
    // "Rubio announced …" then "…,” Rubio said in a statement on Tuesday": the day the text gives
    // for the speaker's statement dates it.
    const first = undated.get(hit?.speaker.entity ?? '');
    if (hit && first) {
      const own = resolveSentenceDate(sent, ctx.dates, hit.at - sent.start, { statement: 'said' });
      if (own) {
        const dateText = findDates(sent)[0]?.text ?? null;
        Object.assign(first, { date: own, dateText, sentence: sent.index, ...evidence(sent) });
        undated.delete(hit.speaker.entity ?? '');
      }
    }
    if (!hit?.entity || spoke.has(hit.speaker.entity ?? '')) continue;
    // "…, Yonhap News Agency reported": a news outlet's report is the article's source, not an event.
    const speakerGroup = ctx.byName.get(hit.speaker.entity ?? '');
    if (speakerGroup && reportsNews(speakerGroup)) continue;
    if (OUTLET_KIND_BEFORE.test(textBefore(sent, hit.speaker, 40))) continue;
    // "Galaxy Leader's operator, NYK Line, said": a ship does not speak (its owner does).
    if (speakerGroup?.type === 'Ship') continue;
    const name = hit.speaker.entity ?? '';
    spoke.add(name);
    // A statement with no date of its own was made when the article reports it; one told as
    // earlier ("Earlier, the ministry said …") only in the month it was reported.
    const own = resolveSentenceDate(sent, ctx.dates, hit.at - sent.start, { statement: 'said' });
    const date =
      own ??
      (EARLIER_OPENING.test(sent.text)
        ? (isoDay(ctx.dates.ref)?.slice(0, 7) ?? null)
        : reportDay(ctx.dates, sent.index));
    const made: Draft = {
      type: 'STATEMENT',
      participants: [name],
      date,
      location: null,
      ...evidence(sent),
      summary: '',
      verb: 'made a statement',
      met: [],
      basis: 'event:statement:speaker',
      sentence: sent.index,
      dateText: toldDates(sent)[0]?.text ?? null,
    };
    out.push(made);
    if (!own) undated.set(name, made);
  }
  return out;
}

/**
 * "The U.S. imposed sanctions on X. Announcing the sanctions, Y condemned …" (Y's statement dated
 * to the day): the act announced was made that day.
 */
function actsDatedByAnnouncers(
  drafts: Draft[],
  announcers: Map<Draft, { type: string; sentence: number }>,
): void {
  for (const [d, { type, sentence }] of announcers) {
    if (d.date?.length !== 10 || !drafts.includes(d)) continue;
    const act = drafts
      .filter((x) => x.type === type && x.sentence < sentence && x.sentence >= sentence - 3)
      .pop();
    refineDate(act, d.date);
  }
}

/** The statements that open "Announcing the sanctions, …": the type announced, and where. */
function announcersOf(drafts: Draft[]): Map<Draft, { type: string; sentence: number }> {
  const out = new Map<Draft, { type: string; sentence: number }>();
  for (const d of drafts) {
    const hit = d.type === 'STATEMENT' ? ANNOUNCING.exec(d.evidence) : null;
    const type = hit ? ANNOUNCED_TYPE[hit[1]!.toLowerCase().replace(/s$/, '')] : undefined;
    if (type) out.set(d, { type, sentence: d.sentence });
  }
  return out;
}

const ANNOUNCING =
  /^\W*(?:In\s+|While\s+|When\s+)?announcing\s+the\s+(?:new\s+)?(sanctions?|designations?|arrests?|agreements?|seizures?|extraditions?)\b/i;

/**
 * "The UK has announced a new round of sanctions against …": the announcement is the act it
 * announces, told once (as the SANCTION), not again as a STATEMENT of the same sentence.
 */
function dropAnnouncedActs(drafts: Draft[], announcing: Set<number>): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type === 'STATEMENT' && announcing.has(d.sentence)) drafts.splice(i, 1);
  }
}

/** The sentences that announce an act told in them (a verdict: or in the two sentences before). */
function announcingSentences(ctx: ArticleContext, drafts: Draft[]): Set<number> {
  const out = new Set<number>();
  for (const sent of ctx.sentences) {
    const act = ANNOUNCED_ACT.exec(sent.text);
    if (!act) continue;
    const type = ANNOUNCED_TYPE[act[1]!.toLowerCase().replace(/s$/, '')];
    // A verdict announced is the sentencing told just before (or in the same sentence).
    const near = type === 'OTHER' ? 2 : 0;
    const k = sent.index;
    if (drafts.some((x) => x.type === type && x.sentence <= k && x.sentence >= k - near)) out.add(k);
  }
  return out;
}

/**
 * "the capture of Carlos X", "the capture of the leader of the Los Lobos gang": the first name
 * after `at` is a person's or a group's, with no other capitalized word before it.
 */
/** The one seized at `at` is a person: named right after "seized", or right before "was seized". */
function seizesPerson(sent: Sentence, ms: Mention[], at: number): boolean {
  const after = ms.find((x) => x.start > at && x.start <= at + 8 + 2);
  if (
    after?.type === 'Person' &&
    /^seized\s+$/i.test(sent.text.slice(at - sent.start, after.start - sent.start))
  )
    return true;
  const before = /(?:was|were|had been|has been)\s+$/i.exec(sent.text.slice(0, at - sent.start));
  if (!before) return false;
  const subject = ms.filter((x) => x.end <= sent.start + before.index).pop();
  return subject?.type === 'Person' && sent.start + before.index - subject.end <= 1;
}

function capturesPerson(sent: Sentence, ms: Mention[], at: number): boolean {
  const next = ms.filter((x) => x.start >= at).sort((a, b) => a.start - b.start)[0];
  if (!next || (next.type !== 'Person' && next.type !== 'Cartel')) return false;
  const gap = sent.text.slice(at - sent.start, next.start - sent.start);
  return gap.length <= 60 && !/[,;:]|\s\p{Lu}/u.test(gap.replace(/^\s+(?:[Tt]he\s+)?/, ' ').slice(1));
}

/** The seizure verb at `at` takes a place as its object ("seized Goma", "seized the town of X"). */
function seizesPlace(sent: Sentence, ms: Mention[], at: number): boolean {
  const obj =
    /^\S+\s+(control of\s+|power\b|(?:large\s+|vast\s+)?(?:swaths|swathes|parts|territory|areas)\b|the\s+(?:town|city|village|region|province|district|capital)\s+of\s+)?/i.exec(
      sent.text.slice(at - sent.start),
    );
  const rest = sent.text.slice(at - sent.start + (obj?.[0].length ?? 0));
  // "took control of the oil tanker Eagle S": a vessel taken is seized, as goods are.
  if (obj?.[1])
    return !/^(?:the |an? |its |their )?(?:[\w’'-]+ ){0,3}?(?:tankers?|ships?|vessels?|boats?|freighters?|trawlers?)\b/i.test(
      rest,
    );
  const start = at + (obj?.[0].length ?? 0);
  if (ms.some((m) => m.type === 'Location' && m.start === start)) return true;
  // "The Scarborough Shoal was seized by China": a place before the passive.
  const lead = /(?:was|were|had been|has been)\s+$/i.exec(sent.text.slice(0, at - sent.start));
  return (
    !!lead &&
    ms.some(
      (m) =>
        m.type === 'Location' && sent.start + lead.index - m.end <= 1 && m.end <= sent.start + lead.index,
    )
  );
}

/** "An attack on the base by X killed four soldiers": the killing is the strike, told once. */
function dropKillingsOfStrikes(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type !== 'OTHER' || !/\b(?:killed|killing)\b/i.test(d.evidence)) continue;
    const strike = drafts.find((x) => x.type === 'STRIKE' && x.sentence === d.sentence);
    if (strike && d.participants.every((p) => strike.participants.includes(p))) drafts.splice(i, 1);
  }
}

/**
 * "Prosecutor X was attacked and killed by gunmen": a person attacked, with no force, group or
 * place taking part, was killed (OTHER), not struck by a military.
 */
function retypeAttacksOnPersons(ctx: ArticleContext, drafts: Draft[]): void {
  for (const d of drafts) {
    if (
      d.type === 'STRIKE' &&
      /\b(?:was|were|been)\s+(?:\w+\s+)?(?:attacked|ambushed|shot)\b/i.test(d.evidence) &&
      d.participants.every((p) => ctx.byName.get(p)?.type === 'Person')
    ) {
      d.type = 'OTHER';
      d.verb = 'acted';
    }
  }
}

const ANNOUNCED_ACT =
  /\bannounc(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,6}?(sanctions?|designations?|deployments?|agreements?|arrests?|seizures?|extraditions?|conviction|verdict|sentence)\b/i;
const ANNOUNCED_TYPE: Record<string, EventType> = {
  sanction: 'SANCTION',
  designation: 'DESIGNATION',
  deployment: 'DEPLOYMENT',
  agreement: 'AGREEMENT',
  arrest: 'ARREST',
  seizure: 'SEIZURE',
  extradition: 'EXTRADITION',
  conviction: 'OTHER',
  verdict: 'OTHER',
  sentence: 'OTHER',
};

// The nouns that name an event of each type when a date modifies them ("the May 3 meeting").
const EVENT_NOUNS: Record<string, EventType> = {
  meeting: 'MEETING',
  talks: 'MEETING',
  summit: 'MEETING',
  call: 'CALL',
  visit: 'VISIT',
  trip: 'VISIT',
  statement: 'STATEMENT',
  announcement: 'STATEMENT',
  attack: 'STRIKE',
  strike: 'STRIKE',
  strikes: 'STRIKE',
  airstrike: 'STRIKE',
  raid: 'STRIKE',
  seizure: 'SEIZURE',
  bust: 'SEIZURE',
  arrest: 'ARREST',
  arrests: 'ARREST',
  extradition: 'EXTRADITION',
  deployment: 'DEPLOYMENT',
  agreement: 'AGREEMENT',
  deal: 'AGREEMENT',
  pact: 'AGREEMENT',
  accord: 'AGREEMENT',
  treaty: 'AGREEMENT',
};

/**
 * "The September 3 meeting established …": a later sentence that dates an event noun dates the
 * last event of that type told up to there, when that event has no date or only a coarser one.
 */
function dateFromLaterNouns(ctx: ArticleContext, events: Draft[]): void {
  for (const sent of ctx.sentences) {
    // ("Since Hamas' October 7 attack on Israel, Houthi rebels have launched …": a noun in the
    // opening backdrop dates an earlier event, not the sentence's own.)
    const opener = sent.text.slice(0, openingBackdropEnd(sent.text, true));
    for (const { noun, iso } of datedNouns(sent, ctx.dates)) {
      const type = EVENT_NOUNS[noun.toLowerCase()];
      if (!type) continue;
      const own = !new RegExp(`\\b${noun}\\b`, 'i').test(opener);
      const told = events.filter(
        (e) => e.type === type && (e.sentence < sent.index || (own && e.sentence === sent.index)),
      );
      const last = told[told.length - 1];
      // ("… commitments made during the October meeting between X and Y": a noun that names its
      // own parties, none of them the event's, is another event.)
      const parties = nounParties(ctx, sent, noun);
      if (last && parties.length && !parties.some((p) => last.participants.includes(p))) continue;
      refineDate(last, iso);
    }
  }
}

/** The named parties right after an event noun's "between" / "with" / "of" / "by", if any. */
function nounParties(ctx: ArticleContext, sent: Sentence, noun: string): string[] {
  const at = new RegExp(`\\b${escapeRe(noun)}\\s+(?:between|with|of|by)\\s+`, 'i').exec(sent.text);
  if (!at) return [];
  const from = sent.start + at.index + at[0].length;
  return (ctx.bySentence.get(sent.index) ?? [])
    .filter((m) => m.start >= from && m.start < from + 80 && m.entity && m.type !== 'Ship')
    .map((m) => m.entity ?? '');
}

/**
 * "X and Y held talks in Peru, the ministry said Friday. The top diplomats of the two nations held a
 * meeting in Lima on Thursday": a retelling that names nobody, right after an undated event of
 * its type, dates it.
 */
function dateFromRetellings(events: Draft[], retellings: Retelling[]): void {
  for (const r of retellings) {
    if (r.type !== 'OTHER') {
      const told = events.filter(
        (e) => e.type === r.type && e.sentence < r.sentence && e.sentence >= r.sentence - 2,
      );
      refineDate(told[told.length - 1], r.date);
    }
    // A lead that tells the act before naming who did it dates the undated telling that follows.
    const next = events.find(
      (e) =>
        e.type === r.type &&
        !e.date &&
        e.sentence > r.sentence &&
        e.sentence <= r.sentence + 2 &&
        (r.type !== 'OTHER' || e.evidence.toLowerCase().includes(r.words)),
    );
    if (next) next.date = r.date;
  }
}

const COURT_VERB =
  /^(?:sentenced|convicted|acquitted|indicted|charged|pleaded|(?:was|were|been) jailed|jailed)\b/i;

// ("arrived at the invitation of X to attend the summit" came: only an invitation extended to
// someone to attend, with no word of the visit, is asked for.)
// ("invited X to the US for an in-person meeting": asked to come for it, not met.)
const INVITED_TO =
  /\b(?:invited|extended (?:an|the) invitation to)\s+[^.;]{1,60}?\b(?:to\s+(?:attend|participate in|join|take part in)\b[^.;]{0,40}|for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})$/i;

const RETOLD_ACT =
  /\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:new\s+|latest\s+)?(sanctions|arrests|seizures?|raids|designations?|extraditions?)\s+(?:were|was)\s+(?:announced|made|imposed|carried out|conducted|unveiled)\b|\bannounced\s+the\s+(?:new\s+)?(sanctions|arrests|seizures?|designations?|extraditions?)\b|\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w$.-]+\s+){0,3}?(order|contract|deal|agreement|pact|accord|treaty|memorandum)\s+(?:was|were)\s+(?:signed|inked|sealed|concluded)\b/;
const MADE_ANNOUNCEMENT = /\b(?:made|issued)\s+the\s+announcement\b/i;
const ACT_NOUN_TYPES: Record<string, EventType> = {
  sanction: 'SANCTION',
  arrest: 'ARREST',
  seizure: 'SEIZURE',
  raid: 'ARREST',
  designation: 'DESIGNATION',
  extradition: 'EXTRADITION',
  // ("The order was inked on Tuesday": the contract just told.)
  order: 'AGREEMENT',
  contract: 'AGREEMENT',
  deal: 'AGREEMENT',
  agreement: 'AGREEMENT',
  pact: 'AGREEMENT',
  accord: 'AGREEMENT',
  treaty: 'AGREEMENT',
  memorandum: 'AGREEMENT',
};

/** A trigger told with no one named: when it happened, for the telling that names them. */
interface Retelling {
  sentence: number;
  type: string;
  date: string;
  words: string;
}

/**
 * "SEMAR seized 3.5 tons of cocaine … The operation was carried out in coordination with the FGR,
 * Sedena and the National Guard.": a sentence that only says with whom the act just told was
 * done adds those bodies to the nearest act of the four sentences before it.
 */
function partiesFromCoordination(ctx: ArticleContext, events: Draft[]): void {
  for (const sent of ctx.sentences) {
    const m = COORDINATED_WITH.exec(sent.text);
    if (!m) continue;
    const told = events.filter(
      (e) => e.sentence < sent.index && e.sentence >= sent.index - 4 && JOINT_ACTS.has(e.type),
    );
    const act = told[told.length - 1];
    if (!act) continue;
    const bodies = (ctx.bySentence.get(sent.index) ?? []).filter(
      (x) =>
        x.start >= sent.start + m[0].length &&
        x.entity &&
        x.type === 'Organization' &&
        x.role !== 'qualifier',
    );
    act.participants = unique([...act.participants, ...bodies.map((x) => x.entity ?? '')]);
  }
}

const COORDINATED_WITH =
  /^(?:The|This)\s+(?:operation|seizure|raid|arrests?|interdiction|deployment|mission|capture)\s+(?:was|were)\s+(?:carried out|conducted|executed|made)\s+(?:jointly\s+)?(?:in\s+(?:close\s+)?(?:coordination|cooperation|collaboration)|together|jointly)\s+with\b/i;
const JOINT_ACTS = new Set(['SEIZURE', 'ARREST', 'DEPLOYMENT', 'EXTRADITION', 'STRIKE']);

/**
 * "CBSA officers have intercepted 187.5 kilograms of cocaine at the bridge. … The drugs were
 * discovered on May 23.": a sentence that only tells when it happened (no event of its own) dates
 * the undated events of the nearest of the two sentences before it (a discovery: only a seizure or
 * an arrest).
 */
function dateFromTimeSentences(ctx: ArticleContext, events: Draft[]): void {
  for (const sent of ctx.sentences) {
    const m = TIME_OF_EVENT.exec(sent.text);
    if (!m || events.some((e) => e.sentence === sent.index)) continue;
    const date = resolveSentenceDate(sent, ctx.dates, m[0].length);
    if (!date) continue;
    const found = /\s(?:was|were)\s/i.test(m[0]);
    const told = events.filter(
      (e) =>
        e.sentence < sent.index &&
        e.sentence >= sent.index - 2 &&
        e.type !== 'STATEMENT' &&
        (!found || e.type === 'SEIZURE' || e.type === 'ARREST') &&
        !FUTURE.test(e.evidence),
    );
    const nearest = Math.max(...told.map((e) => e.sentence));
    for (const e of told) if (e.sentence === nearest && !e.date) e.date = date;
  }
}

/**
 * "On February 15, our radar detected a dark ship. We dispatched NNS Sokoto to intercept it.": a
 * sentence that opens with its time and tells no event of its own dates the undated events of the
 * sentence right after it (the story goes on at that time).
 */
function dateFromOpeningTimes(ctx: ArticleContext, events: Draft[]): void {
  for (const sent of ctx.sentences) {
    if (!OPENING_TIME.test(sent.text) || events.some((e) => e.sentence === sent.index)) continue;
    const first = findDates(sent)[0];
    if (!first || first.index > 16) continue;
    const date = resolveSentenceDate(sent, ctx.dates, first.index);
    if (!date) continue;
    for (const e of events)
      if (
        e.sentence === sent.index + 1 &&
        !e.date &&
        e.type !== 'STATEMENT' &&
        !FUTURE.test(e.evidence) &&
        // ("had earlier pleaded guilty", "during X's recent trip": told as before that time.)
        !EARLIER.test(e.evidence) &&
        !/\b(?:had|recent|recently)\b/i.test(e.evidence)
      )
        e.date = date;
  }
}

const OPENING_TIME = /^\W*(?:on|in|early on|late on|at|by)\s+\S/i;

// "The incident took place on Thursday", "The drugs were discovered on May 23".
// Only with a subject that points back at the event or its goods ("Further coups occurred in the
// early 2000s" is another story).
const TIME_OF_EVENT =
  /^(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:incident|attack|arrests?|seizures?|operation|raid|bust|interception|collision|strike|bombing|ambush|meeting|talks|visit|trip|drugs|cocaine|fentanyl|heroin|methamphetamine|meth|marijuana|pills|weapons|firearms|guns|narcotics|shipment|cargo|contraband|haul|vessel|boat|ship)|it)\s+(?:took place|occurred|happened|unfolded|(?:was|were) (?:discovered|found|detected|intercepted|located|seized|made|carried out|conducted))\b(?=[^.;]{0,40}\b(?:on|in|at|late|early|last)\b)/i;

// "X has been sentenced to nine years … the ex-governor was sentenced Wednesday": the act's verb
// told again with its day right after it.
const VERB_THEN_DAY =
  /\b(sentenced|convicted|acquitted|indicted|arrested|detained|captured|extradited|deported|expelled|seized|sanctioned|killed|released)\s+(?:on\s+|late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/gi;

/**
 * A later sentence that tells the act's own verb again, with its day right after it, about one
 * of the act's participants, dates the earlier telling that gave no day.
 */
function dateFromRepeatedVerbs(ctx: ArticleContext, events: Draft[]): void {
  for (const sent of ctx.sentences) {
    for (const m of sent.text.matchAll(VERB_THEN_DAY)) {
      const verb = (m[1] ?? '').toLowerCase();
      const iso = resolveSentenceDate(sent, ctx.dates, m.index + verb.length);
      if (!iso || iso.length !== 10) continue;
      const named = new Set((ctx.bySentence.get(sent.index) ?? []).map((x) => x.entity).filter(Boolean));
      const sameVerb = new RegExp(`\\b${verb}\\b`, 'i');
      const told = events.filter(
        (e) =>
          e.sentence < sent.index &&
          (!e.date || e.date.length < 10) &&
          sameVerb.test(e.evidence) &&
          e.participants.some(
            (p) => named.has(p) || (ctx.byName.get(p)?.type === 'Person' && saysSurname(sent.text, p)),
          ),
      );
      refineDate(told[told.length - 1], iso);
    }
  }
}

/** True when `text` names a person by a word of the name after the given name ("Yarrington"). */
function saysSurname(text: string, name: string): boolean {
  return name
    .split(/\s+/)
    .slice(1)
    .some((w) => w.length >= 4 && new RegExp(`\\b${escapeRe(w)}\\b`).test(text));
}

/** Dates an undated event, or makes its date more precise when `iso` falls within it. */
function refineDate(e: Draft | undefined, iso: string): void {
  if (e && (!e.date || (iso.startsWith(e.date) && iso.length > e.date.length))) e.date = iso;
}

/**
 * The date of the nearest earlier dated event of the same type that shares a participant; else of
 * the nearest earlier one of that type dated to the day ("A court jailed dozens on Tuesday. … His
 * client was jailed for 17 years."): the story's day, not just its month.
 */
function storyDate(events: Draft[], e: ExtractedEvent, sentence: number): string | null {
  const earlier = events
    .filter((o) => o.sentence < sentence && o.type === e.type && !!o.date)
    .sort((a, b) => a.sentence - b.sentence);
  const shared = earlier.filter((o) => o.participants.some((p) => e.participants.includes(p)));
  return (shared.at(-1) ?? earlier.filter((o) => o.date!.length === 10).at(-1))?.date ?? null;
}

/** The date of the latest dated event told in the two sentences before this one. */
function justBefore(events: Draft[], sentence: number): string | null {
  const near = events.filter((o) => o.sentence < sentence && o.sentence >= sentence - 2 && !!o.date);
  return near.sort((a, b) => a.sentence - b.sentence)[near.length - 1]?.date ?? null;
}

/** The day of the event told in the sentence before, by one of the same people, if it has one. */
function toldJustBefore(events: Draft[], participants: string[], sentence: number): string | null {
  const before = events.find(
    (o) =>
      o.sentence === sentence - 1 &&
      o.date?.length === 10 &&
      o.participants.some((p) => participants.includes(p)),
  );
  return before?.date ?? null;
}

// "X thanked Y during the telephone conversation": the conversation the sentence before told.
const DURING_IT =
  /\bduring (?:the|that|this|their) (?:telephone |phone )?(?:conversation|call|meeting|talks|discussions?)\b/i;

// A sentence that opens at the time of the event just told.
const THEN_OPENING =
  /^\W*(?:later(?: (?:that|the same) (?:day|morning|afternoon|evening|night)| on)?|afterwards?|after (?:the|that|this|their) (?:meeting|talks|call|visit|ceremony|event|session)|during (?:the|that|this|their|his|her|its) (?:meeting|talks|call|visit|trip|conversation|ceremony|discussions?|session|tour)|at (?:the|that) (?:meeting|talks|session)|upon (?:arrival|arriving|landing))\s*,/i;

// "were previously designated", "handed over a week later": a time told against another one, not
// the day of the report, when the article does not say which.
const EARLIER_THIS_YEAR = /\bearlier (?:this|in the) year\b/i;
const BEFORE_NOW =
  /\b(?:previously|formerly|in the past|years ago|(?:a|an|one|two|three|\d+|several|a few) (?:days?|weeks?|months?) later)\b/i;

// "Earlier, X said …", "Previously, …": told before the day the article reports.
const EARLIER_OPENING = /^\W*(?:earlier(?: (?:this|last) (?:week|month))?|previously|before that)\s*,/i;

const FUTURE =
  /\b(?:will|would|shall|plans? to|planned to|is to|are to|to be held|next (?:week|month|year)|upcoming|expected to|scheduled|(?:is|are|was|were) (?:set|due|preparing|poised) to)\b/i;

/**
 * "X will announce …", "X is expected to say …": a saying still to come, told before its verb
 * outside quotes ("X announced an exchange, which will take place …" was made: what it tells
 * is to come).
 */
function futureSaying(sent: Sentence, quotes: [number, number][], at: number): boolean {
  const before = quotes
    .filter(([a]) => a < at)
    .reduceRight(
      (t, [a, b]) => t.slice(0, a - sent.start) + t.slice(Math.min(b, at) - sent.start),
      sent.text.slice(0, at - sent.start),
    );
  return FUTURE.test(before);
}

/** The named speaker of a sentence's say-verb, outside quotes, and where the verb stands. */
type SaidBy = { speaker: Mention; entity: string; at: number } | null;
// Every trigger of a sentence asks who it is attributed to; with the same mentions, once.
const saidByMemo = new WeakMap<Sentence, { ms: Mention[]; found: SaidBy }>();

function saidBy(ctx: ArticleContext, sent: Sentence, ms: Mention[]): SaidBy {
  const known = saidByMemo.get(sent);
  if (known?.ms === ms) return known.found;
  const found = findSaidBy(ctx, sent, ms);
  saidByMemo.set(sent, { ms, found });
  return found;
}

function findSaidBy(ctx: ArticleContext, sent: Sentence, ms: Mention[]): SaidBy {
  const quotes = quoteRanges(sent);
  const inQuote = (off: number): boolean => quotes.some(([a, b]) => off >= a && off < b);
  // A news outlet cited as the source reports the statement; it does not make it.
  const speaker = (m: Mention | undefined): boolean => {
    const g = m?.entity ? ctx.byName.get(m.entity) : undefined;
    return !!g && m?.role !== 'qualifier' && g.type !== 'Location' && g.type !== 'Ship' && !isOutlet(g);
  };
  for (let i = 0; i < sent.tokens.length; i++) {
    const t = sent.tokens[i];
    if (!t || inQuote(t.start)) continue;
    // "…, said Lt Commander X": after a comma, a person named right after the verb is the speaker.
    const inverted = (): boolean =>
      tok(sent, i - 1) === ',' &&
      ms.some((x) => x.type === 'Person' && x.tokenStart > i && x.tokenStart <= i + (x.title ? 12 : 2));
    if (SAID_AFTER.test(t.text) && !inverted()) {
      // Right before the verb, or before an appositive closed by a comma ("X, the minister, said").
      let m = ms.filter((x) => x.tokenEnd === i || (x.tokenEnd === i - 1 && tok(sent, i - 1) === ',')).pop();
      const apposed = m?.type === 'Person' ? null : appositiveBefore(sent, ms, i);
      // ("X, Commander of Naval Striking and Support Forces and U.S. 6th Fleet, said": an "and"
      // inside a title's body is no list of speakers.)
      const titled = !!apposed && TITLE_OF_GAP.test(apposed.gap.map((g) => g.text).join(' '));
      const opener =
        apposed &&
        apposed.gap.length <= 18 &&
        !apposed.gap.some(
          (g) => g.text === ',' || /^(?:who|which|that)$/i.test(g.text) || (g.text === 'and' && !titled),
        )
          ? apposed.open
          : null;
      // "X, deputy director of the Investigative Police, explained": the body is X's; X speaks.
      if (opener && (!m || (opener.type === 'Person' && m.tokenStart > opener.tokenEnd))) m = opener;
      // "Commodore X of the Philippine Coast Guard said", "U.S. Attorney X for the Southern
      // District of Texas said": the person the body follows speaks.
      if (m?.type === 'Organization') {
        const of = tok(sent, m.tokenStart - 1) === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
        const person = /^(?:of|for)$/.test(tok(sent, of))
          ? ms.find((x) => x.type === 'Person' && x.tokenEnd === of)
          : undefined;
        if (person?.title) m = person;
      }
      if (speaker(m) && m?.entity) return { speaker: m, entity: m.entity, at: t.start };
    }
    // Not "according to X": the seed gold reads it as a source of facts, not a statement.
    // "…,” said X" / "…, said X": the inverted order follows a quote or a comma ("The NCB
    // official said X's method was …" is about X).
    if (SAID_BEFORE.test(t.text) && (i === 0 || /^[,”"’']$/.test(sent.tokens[i - 1]?.text ?? ''))) {
      const next = i + 1;
      // At most a title between: a long one ("Under Secretary for … Intelligence") belongs to the name.
      const first = ms.find(
        (x) => x.tokenStart >= next && x.tokenStart <= next + (x.title ? 12 : 5) && x.role !== 'qualifier',
      );
      // ("said EU police agency Europol": the body the common nouns after the first name name.)
      const named = first
        ? ms.find(
            (x) =>
              x.tokenStart > first.tokenEnd &&
              x.tokenStart <= first.tokenEnd + 3 &&
              (x.type === 'Organization' || x.type === 'Person') &&
              x.role !== 'qualifier' &&
              sent.tokens.slice(first.tokenEnd, x.tokenStart).every((t) => /^\p{Ll}+$/u.test(t.text)),
          )
        : undefined;
      const m = named ?? first;
      const titledOrNear = m && (m.tokenStart === next || m.title || tok(sent, next) === 'the');
      if (speaker(m) && titledOrNear && m?.entity) return { speaker: m, entity: m.entity, at: t.start };
    }
  }
  return null;
}

/** True when the mention stands right before a title word ("US President's", "White House adviser"). */
function beforeTitle(sent: Sentence, m: Mention): boolean {
  let k = m.tokenEnd;
  if (isPossessive(sent, k)) k++;
  while (TITLE_MODIFIERS.has(sent.tokens[k]?.lower ?? '')) k++;
  const word = sent.tokens[k]?.lower ?? '';
  if (COURTESY_TITLES.has(word)) return false;
  // A whole title, not its first word: "the Islamic State group attacked" ("group captain"),
  // "Mexico's navy intercepted" ("navy chief").
  const at = (i: number): string => sent.tokens[k + i]?.lower ?? '';
  return (TITLES_BY_FIRST.get(word) ?? []).some((t) =>
    t.every((w, i) => at(i) === w || (i === t.length - 1 && at(i) === `${w}s`)),
  );
}

function draft(ctx: ArticleContext, sent: Sentence, ms: Mention[], trig: Trigger, at: number): Draft | null {
  const quotes = trig.type === 'STATEMENT' ? quoteRanges(sent) : [];
  const span = trig.type === 'STATEMENT' ? null : reportedSpan(sent, at);
  let [from, to] = span ? [span[0], span[1]] : [sent.start, sent.end];
  const inBackdrop = span?.[2] ?? false;
  // "After meeting with X, Y had lunch with Z in Lima on Tuesday": an event told in a leading
  // "after …" phrase is one of the subject's, already told; the rest of the sentence is another.
  // "X appeared in court in Philadelphia on Tuesday after he was extradited": a trigger in a
  // clause after "after/before/when" has none of the main clause's dates or places.
  const lead = sent.text.slice(0, at - sent.start);
  // "… for his role in improving ties since he took office": a time measured from, no event.
  // ("since taking office in 2022" is dated: the taking office is an event.)
  if (
    trig.type === 'OTHER' &&
    /\bsince\s+(?:[\w’'-]+\s+){0,3}$/i.test(lead) &&
    !findDates(sent).some((f) => f.index > at - sent.start) &&
    !/\b(?:last|this|earlier|later)\s+(?:year|month|week)\b/i.test(sent.text.slice(at - sent.start))
  )
    return null;
  const sub = SUBORDINATE_TAIL.exec(lead);
  const subAt = sub && sub.index > 0 ? sub.index : null;
  const subIt = !!sub && /^\S+\s+it\b/i.test(sub[0]);
  const opener = leadingPhraseEnd(sent, at);
  let dateSent = sent;
  // "The group — which took control of Yemen's capital in 2014 — attacked …": an aside about
  // someone tells another time and other places; its names and dates are not this event's.
  const asides = [...sent.text.matchAll(ASIDE)]
    .map((x): [number, number] => [sent.start + (x.index ?? 0), sent.start + (x.index ?? 0) + x[0].length])
    .filter(([a, b]) => at < a || at >= b);
  // Dates before a subordinate clause's start are not its event's, nor, for an event told in a
  // backdrop ("The arrest, which took place on Thursday, came weeks after X visited Mexico"), the
  // main clause's before the backdrop.
  const backdropAt = span?.[3] ?? null;
  const blank = Math.max(subAt ?? 0, backdropAt === null ? 0 : backdropAt - sent.start);
  if (blank > 0) dateSent = { ...dateSent, text: ' '.repeat(blank) + dateSent.text.slice(blank) };
  if (asides.length) {
    let text = dateSent.text;
    for (const [a, b] of asides)
      text = text.slice(0, a - sent.start) + ' '.repeat(b - a) + text.slice(b - sent.start);
    dateSent = { ...dateSent, text };
    ms = ms.filter((m) => !asides.some(([a, b]) => m.start >= a && m.end <= b));
  }
  if (opener !== null) {
    const subject = ms.find((m) => m.start >= sent.start + opener && m.type === 'Person');
    to = Math.min(
      to,
      subject && subject.start - sent.start - opener <= 3 ? subject.end : sent.start + opener,
    );
    dateSent = { ...sent, text: dateSent.text.slice(0, opener) };
  }
  // Places in the backdrop ("… since X took office with the new leadership in Tokyo") are not
  // where the event happened.
  // "OFAC accused Viv Ansanm of perpetuating violence … in Haiti": what the accusation is of
  // names no party to it (the accuser and the accused are) and no place.
  const accusedOf =
    trig.type === 'STATEMENT' && /^accused\b/.test(sent.text.slice(at - sent.start))
      ? at + (/\bof\b/.exec(sent.text.slice(at - sent.start))?.index ?? Infinity)
      : Infinity;
  const inSpan = ms.filter((m) => m.start < to && m.start <= accusedOf);
  // (Nor a date: "accused Moscow of hitting a vessel … last week" dates the hitting.)
  if (accusedOf < sent.end) dateSent = { ...dateSent, text: dateSent.text.slice(0, accusedOf - sent.start) };
  // A call joins two places; the dev and seed gold never give one a location.
  // "…, officials in the United States said": the speaker's place is not the event's.
  const toldAt = toldClauseEnd(sent);
  const saidEnd = trig.type === 'STATEMENT' ? null : toldAt;
  const placed = inSpan.filter(
    (m) =>
      (subAt === null || m.start - sent.start > subAt) &&
      (saidEnd === null || m.start - sent.start < saidEnd || m.type !== 'Location') &&
      // ("met X to discuss security in Venezuela": where the topic is, not where they met.)
      !(m.start > at && TOPIC.test(sent.text.slice(at - sent.start, m.start - sent.start))) &&
      // ("deployed to X to prevent vessels from inching closer to Y": what is prevented.)
      !(m.start > at && PREVENTION.test(sent.text.slice(at - sent.start + 1, m.start - sent.start))),
  );
  let location = trig.type === 'CALL' ? null : eventLocation(ctx, sent, placed, trig, at);
  // "Police in Guinea-Bissau seized …": the country whose police act is a party, not the place.
  const agentCountry = placed.find(
    (m) =>
      m.entity === location &&
      m.start < at &&
      !!ctx.byName.get(m.entity)?.isCountry &&
      AGENT_IN.test(textBefore(sent, m, 40)),
  );
  if (agentCountry) location = null;
  // A sea is never an actor: it is where the event happened (in the event's clause).
  // ("to discuss Arctic security": a sea that only modifies a noun is no place of the event.)
  const clauseEnd = clauseEndAfter(sent, at);
  const sea = inSpan.find(
    (m) =>
      m.entity &&
      ctx.byName.get(m.entity)?.kind === 'water' &&
      m.start < clauseEnd &&
      !/^\s+(?!(?:waters|coast|coastline|shores?|region|area|seabed|basin)\b)[a-z]/.test(
        sent.text.slice(m.end - sent.start, m.end - sent.start + 14),
      ),
  );
  if (trig.type !== 'CALL') location ??= sea?.entity ?? null;
  // "The arrests took place off Delft Island, the Navy said": the place is the arrests', not the
  // saying's.
  const toldEnd = trig.type === 'STATEMENT' ? toldAt : null;
  if (toldEnd !== null && ms.some((m) => m.entity === location && m.start - sent.start < toldEnd))
    location = null;

  // "“The value of drugs seized …,” said X": an event told inside a quote has only the
  // participants the quote names; its speaker tells it.
  const quoted =
    trig.type === 'STATEMENT' ? undefined : quoteRanges(sent).find(([a, b]) => at >= a && at < b);
  if (quoted) [from, to] = [quoted[0], quoted[1]];
  // "…, defense attorney X told EFE on Monday": the person a sentence is attributed to reports it.
  const told = trig.type === 'STATEMENT' ? null : saidBy(ctx, sent, ms);
  const reporter = told && told.at > at && told.speaker.type === 'Person' ? told.entity : null;
  // "Finland's seizure of the ship": the trigger noun has an owner.
  const owned = ms.some((m) => isPossessive(sent, m.tokenEnd) && sent.tokens[m.tokenEnd + 1]?.start === at);
  // "The ATS statement said the coast guard deployed …": a body named on the report, before a
  // reported clause with a subject of its own, takes no part ("the Navy said it seized" and "the
  // Navy said the frigate seized" keep the Navy).
  const ownSubject =
    from > sent.start && from <= at && OWN_SUBJECT.test(sent.text.slice(from - sent.start, at - sent.start));
  // "X was arrested …, according to a statement released by the national police": the statement
  // is the police's; whom it tells of takes no part in it.
  const citedStatement =
    trig.type === 'STATEMENT' &&
    /\baccording to (?:a|an|the)\s+(?:[\w-]+\s+)?$/i.test(sent.text.slice(0, at - sent.start)) &&
    /^statement/i.test(sent.text.slice(at - sent.start));
  // "As X visited El Salvador, Y visited Guyana": an opening "as"/"while" clause and the main
  // clause tell two acts; each trigger takes the names of its own clause.
  const asEnd = AS_OPENER.exec(sent.text)?.[0].length ?? null;
  // ("Peru's interior ministry said Wednesday a former officer … had been detained": a passive act
  // told by a speaker names no one who did it.)
  const passiveAct =
    /\b(?:was|were|been|being)\s+$/i.test(
      sent.text.slice(Math.max(0, at - sent.start - 12), at - sent.start),
    ) && /^\w+(?:ed|en)\b/i.test(sent.text.slice(at - sent.start));
  const ownVisit =
    trig.type === 'VISIT' &&
    OWN_VISIT.test(sent.text.slice(Math.max(0, at - sent.start - 30), at - sent.start));
  let parts = ms.filter((m) => {
    if (!m.entity || m.role === 'qualifier' || m.entity === reporter || m.start > accusedOf) return false;
    // ("Pakistan and Djibouti on Wednesday signed … in Djibouti": a subject is a party, wherever
    // the event took place.)
    if (
      m.entity === location &&
      !(m.start < at && SUBJECT_PAIR.test(sent.text.slice(0, m.start - sent.start)))
    )
      return false;
    if (citedStatement && m.start < at) return false;
    // "… seized 407 kilos of fentanyl, according to a news release from the Attorney's Office": the
    // source of the account is not a party to the act.
    if (
      trig.type !== 'STATEMENT' &&
      m.start > at &&
      /\baccording to\b[^,;]{0,60}$/i.test(textBefore(sent, m, 80))
    )
      return false;
    const after = sent.text.slice(m.end - sent.start);
    // What stands between the trigger and a name after it.
    const between = m.start > at ? sent.text.slice(at - sent.start, m.start - sent.start) : '';
    // "Sudan's paramilitary Rapid Support Forces attacked …": the country an armed group is in
    // is not the group, and does not act with it.
    if (m.type === 'Location' && NONSTATE_OWNED.test(after)) return false;
    // "said EU police agency Europol": a place before a description of a named body qualifies it.
    const described = ms.find((x) => x.start > m.end && x.start - m.end <= 40);
    if (
      m.type !== 'Person' &&
      described?.type === 'Organization' &&
      DESCRIBED_BODY.test(sent.text.slice(m.end - sent.start, described.start - sent.start))
    )
      return false;
    // "Japan's defense officials announced the North fired a missile", "Syria's state media said
    // Israeli strikes …": a country whose people report an attack did not make it ("… said it
    // struck" keeps it).
    if (m.type === 'Location' && trig.type !== 'STATEMENT' && m.start < at && REPORTED_BY_PLACE.test(after))
      return false;
    // "spoke with his counterpart about the United States' tariffs": what a call or a meeting is
    // about takes no part in it.
    if ((trig.type === 'CALL' || trig.type === 'MEETING') && m.start > at && TOPIC.test(between))
      return false;
    // A body that reports its own operation took part in it; a person who reports one did not,
    // nor does anyone who reports "Finland's seizure of the ship" (the possessive names the actor).
    if (
      (m.end <= from &&
        (m.type === 'Person' || quoted || owned || inBackdrop || (ownSubject && REPORT_NOUN.test(after)))) ||
      m.start >= to
    )
      return false;
    // "… had helped put out a fire on a vessel after it was struck": who is named before the
    // clause did not strike.
    if (subAt !== null && subIt && m.type !== 'Person' && m.end - sent.start <= subAt) return false;
    // "the US President's team", "a White House adviser": a body or place before an office
    // qualifies the office; it takes part in nothing.
    if (m.type !== 'Person' && beforeTitle(sent, m)) return false;
    const group = ctx.byName.get(m.entity);
    if (group?.kind === 'water') return false;
    // "to locate the remains of José María Melo": the dead or remembered take no part (a killing,
    // an OTHER event, keeps its victim).
    if (m.type === 'Person' && trig.type !== 'OTHER' && REMAINS_OF.test(textBefore(sent, m, 40)))
      return false;
    // "at the ASEAN summit": a body that names a gathering is no party to what happens there.
    if (m.type !== 'Person' && /^\s+(?:summit|meeting|conference|forum|ministerial|session)\b/i.test(after))
      return false;
    // "to various European Union countries": a body named as a modifier of its members.
    // ("more than 70 Tren de Aragua members" are the group's own: it takes part.)
    if (m.type !== 'Cartel' && /^\s+(?:member\s+)?(?:countries|states|nations|members|allies)\b/.test(after))
      return false;
    // "… to the United States, as President X continues pressing Mexico": a clause of its own
    // after the event, with its own subject, tells the backdrop.
    if (trig.type !== 'STATEMENT' && m.start > at && AS_CLAUSE.test(between)) return false;
    // "X praised relations, reflected in Y's visit": what a stance is about ends at the comma.
    if (trig.type === 'STATEMENT' && m.start > at && between.includes(',') && STANCE_AT.test(between))
      return false;
    // ("… for a mission the White House insists is aimed at …": an office named for its building
    // speaks; it takes part in no other act of the sentence.)
    if (m.basis === 'org:metonymy' && trig.type !== 'STATEMENT') return false;
    // "struck positions in the Kurdistan Region of Iraq": the place a place is of is where, too.
    if (
      m.type === 'Location' &&
      tok(sent, m.tokenStart - 1) === 'of' &&
      ms.some((x) => x.type === 'Location' && x.tokenEnd === m.tokenStart - 1 && x.entity === location)
    )
      return false;
    // "arrested in the province of El Oro, border with Peru": a neighbour named to place
    // somewhere is no party.
    if (m.type === 'Location' && BORDER_WITH.test(textBefore(sent, m, 40))) return false;
    // "sanctioned the bank for transactions that involve Russia": named in a relative clause.
    if (
      trig.type !== 'STATEMENT' &&
      m.start > at &&
      (RELATIVE_CLAUSE.test(between) ||
        // "… members — a rapid escalation in President X's crackdown": a remark on the event.
        /\s[—–]\s+(?:a|an|the|part of|one of)\b/i.test(between))
    )
      return false;
    // Only a country acts as a place does: "Mexico extradited …" (gold takes no city, state or
    // facility for a party; "Rio de Janeiro's police" keeps it, the possessive names whose).
    if (m.type === 'Location' && !group?.isCountry && !isPossessive(sent, m.tokenEnd)) return false;
    // A news agency reports; it takes part in nothing it reports ("witnessed by an AFP journalist").
    if (group && reportsNews(group)) return false;
    // Visitors are people and bodies; the places in a visit sentence are where they go.
    if (trig.type === 'VISIT' && m.type === 'Location') return false;
    // "The team arrived in Port-au-Prince … and trained with the Haitian police": who arrives is
    // named before the verb; whom they met there after it is no visitor.
    if (
      trig.type === 'VISIT' &&
      m.start > at &&
      ARRIVAL.test(sent.text.slice(at - sent.start)) &&
      !HOST_LEAD.test(between)
    )
      return false;
    // "Mexico-based companies", "the Rwanda-backed M23": the place says where or whose others are.
    if (m.type === 'Location' && COMPOUND_MODIFIER.test(after)) return false;
    // "… is unprecedented for the Netherlands.", "a victory for Mexico,": whom a thing concerns.
    if (
      m.type === 'Location' &&
      /\bfor\s+(?:the\s+)?$/i.test(textBefore(sent, m, 12)) &&
      /^\s*(?:[.,;]|$)/.test(after)
    )
      return false;
    // "in one of the Netherlands' largest trials": a country that ranks a thing takes no part.
    if (
      m.type === 'Location' &&
      isPossessive(sent, m.tokenEnd) &&
      /^[’']s?\s+(?:largest|biggest|most|longest|worst|highest|deadliest|first)\b/i.test(after)
    )
      return false;
    // "seized … in Ecuador", "cocaine from Colombia to Mexico": places after a preposition are
    // where things happen, not who acts (an extradition's countries do act: "sent to the U.S.").
    if (
      m.type === 'Location' &&
      trig.type !== 'EXTRADITION' &&
      m !== agentCountry &&
      afterPlacePrep(sent, m.tokenStart)
    )
      return false;
    // "took control of an oil tanker … on suspicion it cut a cable connecting Finland and Estonia":
    // a country named after a seizure is where the goods went or what they touched, not who
    // seized them ("seized Iran's tanker" keeps the owner, "was seized by Iran" the seizer).
    if (
      m.type === 'Location' &&
      trig.type === 'SEIZURE' &&
      m.start > at &&
      m !== agentCountry &&
      !isPossessive(sent, m.tokenEnd) &&
      !/\bby\s+(?:the\s+)?$/i.test(textBefore(sent, m, 12))
    )
      return false;
    // "a threat to peace on the Korean Peninsula": a region the sentence speaks of.
    if (
      m.type === 'Location' &&
      tok(sent, m.tokenStart - 1) === 'the' &&
      tok(sent, m.tokenStart - 2) === 'on' &&
      !group?.isCountry
    )
      return false;
    // "an affluent Johannesburg suburb": a place that names a smaller place is where it happened.
    if (m.type === 'Location' && PLACE_NOUN_AFTER.has(tok(sent, m.tokenEnd))) return false;
    // "Mexico's Sinaloa cartel": the country says whose cartel it is ("Egypt's Sisi meets …":
    // whose leader, who takes part himself).
    const possessedType = m.type === 'Location' ? possessed(sent, ms, m)?.type : undefined;
    if (possessedType === 'Cartel' || possessedType === 'Person') return false;
    // "The destroyers, which departed Japan on June 14": where ships set out from is no party.
    if (
      m.type === 'Location' &&
      (trig.type === 'DEPLOYMENT' || trig.type === 'VISIT') &&
      /\b(?:departed|departing|departs|left|leaving|sailed from|set sail from)\s+(?:the\s+)?$/i.test(
        textBefore(sent, m, 40),
      )
    )
      return false;
    // "the new leadership under Prime Minister X": the person qualifies a body or a time ("under
    // X's administration" keeps X: that government acted).
    if (
      m.type === 'Person' &&
      /\bunder\s+(?:[A-Z][\w.-]*\s+){0,3}$/.test(textBefore(sent, m, 40)) &&
      !isPossessive(sent, m.tokenEnd)
    )
      return false;
    // "members of clans from Cosenza": outside diplomacy, a place after "from" is an origin.
    if (m.type === 'Location' && ORIGIN_TYPES.has(trig.type) && FROM_BEFORE.test(textBefore(sent, m, 40)))
      return false;
    // "cocaine originating in Colombia and Peru", "bound for Spain": where goods come from or go.
    if (m.type === 'Location' && ORIGIN_TYPES.has(trig.type) && onRoute(textBefore(sent, m, 60)))
      return false;
    // "thwarted an attempt to smuggle drugs from Syria": where contraband comes from, whatever the
    // event ("a tariff on goods shipped from Mexico" does name whom the tariff is against).
    if (
      m.type === 'Location' &&
      /\bsmuggl\w*\s+(?:[\w-]+\s+){0,4}(?:from|into)\s+(?:the\s+)?$/i.test(textBefore(sent, m, 60))
    )
      return false;
    // "X will meet Y during his visit to Japan": whom the visitor meets is the host, no visitor.
    if (ownVisit && m.start < at && metAsHost(sent, m)) return false;
    // "sanctions over the Ukraine war": a place that names a war or a crisis takes no part in it.
    if (m.type === 'Location' && BACKDROP_NOUN.test(tok(sent, m.tokenEnd))) return false;
    // "The International Criminal Police Organization, headquartered in Lyon, southeastern France,
    // said …": where a body sits is no party to what it does.
    if (m.type === 'Location' && SEATED_IN.test(textBefore(sent, m, 60))) return false;
    // "two Afghanistan nationals": a country that says who someone is.
    if (m.type === 'Location' && /^(?:nationals?|citizens?)$/i.test(tok(sent, m.tokenEnd))) return false;
    // "vessels coming from Colombia to Panama": a route's start is a place too ("extradited from
    // Mexico to the United States": both countries act).
    if (
      m.type === 'Location' &&
      trig.type !== 'EXTRADITION' &&
      tok(sent, m.tokenStart - 1) === 'from' &&
      tok(sent, m.tokenEnd) === 'to'
    )
      return false;
    if (quotes.some(([a, b]) => m.start >= a && m.end <= b)) return false;
    // "on suspicion of spying for Russia", "one of Vietnam’s most wanted suspects", "seven
    // suspects, all of whom pointed at X": whom someone works for, is wanted by or is named by.
    if (
      /\b(?:spying|spied|spy|spies|working|worked|agents?|acting)\s+for\s+(?:the\s+)?$/i.test(
        textBefore(sent, m, 30),
      )
    )
      return false;
    if (isPossessive(sent, m.tokenEnd) && /^[’']s\s+most\s+wanted\b/i.test(after)) return false;
    // "Ukraine's allies announced …": the others act, not the one they are allies of.
    if (isPossessive(sent, m.tokenEnd) && OTHERS_OF.test(after)) return false;
    // "Marset's brother, Diego Marset, was arrested", "X's lawyer, Y, met prosecutors": a relative
    // or an agent told by whose they are acts, not the one they belong to.
    if (isPossessive(sent, m.tokenEnd) && KIN_OF.test(after)) return false;
    // "arrested a woman they say is the partner of gang leader X", "sabotage on behalf of
    // Russia", "in line with directives from President X": whom the actor is tied to, or acts
    // for, takes no part.
    if (TIED_TO.test(textBefore(sent, m, 100))) return false;
    // "arrested 9 members of X's group": the one whose group it is takes no part.
    if (
      isPossessive(sent, m.tokenEnd) &&
      OWNED_GROUP.test(after) &&
      /\b(?:members?|associates?|followers?)\s+of\s+$/i.test(textBefore(sent, m, 30))
    )
      return false;
    // "The Peruvian Coast Guard said the Chilean coast guard fired water cannons": who tells of an
    // act another named subject did, or a passive act, takes no part in it ("police said they
    // arrested" keeps it).
    const told =
      trig.type !== 'STATEMENT' && m.end <= at
        ? TELLER_GAP.exec(sent.text.slice(m.end - sent.start, at - sent.start))
        : null;
    if (
      told &&
      (passiveAct ||
        ms.some(
          (x) => !!x.entity && x.start === m.end + told[0].length && x.end <= at && x.role !== 'qualifier',
        ))
    )
      return false;
    if (asEnd !== null && at - sent.start < asEnd !== m.start - sent.start < asEnd) return false;
    // "the Navy acting as the Coast Guard": what a body acts as is no second party; "during the
    // current administration, headed by President X": who heads a government a tally is dated by
    // did not act.
    if (/\bacting\s+as\s+(?:the\s+|a\s+|an\s+)?$/i.test(textBefore(sent, m, 20))) return false;
    if (
      m.type === 'Person' &&
      /\b(?:administration|government|cabinet|presidency),?\s+(?:headed|led)\s+by\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/iu.test(
        textBefore(sent, m, 80),
      )
    )
      return false;
    // "was arrested on Thursday and transferred to the custody of the National Court in Madrid":
    // who holds or tries the arrested after the arrest did not make it.
    if (
      trig.type === 'ARREST' &&
      m.start > at &&
      /\b(?:custody of|handed (?:over )?to|turned over to|transferred to|brought before|taken before|placed at the disposal of|remanded to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/iu.test(
        textBefore(sent, m, 60),
      )
    )
      return false;
    // "The co-founder of Mexico's Sinaloa cartel pleaded guilty": a plea, a sentence or a death is
    // the person's; the group the person is described by takes no part.
    if (
      trig.type === 'OTHER' &&
      m.type !== 'Person' &&
      m.end <= at &&
      PERSON_OF.test(textBefore(sent, m, 60))
    )
      return false;
    // "A dual citizen accused by the United States of financing the group Hezbollah pleaded
    // guilty", "a man wanted by Peru was arrested": who accuses or wants someone, and of what,
    // describes the one who acts; they take no part.
    if (m.end <= at && ACCUSED_BY.test(textBefore(sent, m, 100))) return false;
    // "Ovidio Guzmán López, son of drug trafficker Joaquín Guzmán, was extradited": a relative
    // named in an appositive says who someone is; they take no part.
    if (m.type === 'Person' && APPOSED_RELATIVE.test(textBefore(sent, m, 80))) return false;
    // "X, President Y’s new secretary of state, spoke by phone with …": whose officer someone
    // is says who they are; the one in the possessive takes no part.
    if (m.type === 'Person' && ownerInAppositive(sent, ms, m)) return false;
    // "deployed warships to increase pressure on leader X": whom pressure is aimed at does not
    // act (a strike's or a sanction's target is named otherwise).
    if (/\bpressure\s+(?:on|against)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(textBefore(sent, m, 60)))
      return false;
    // "agreed to cooperate with Washington against North Korea's nuclear threat": whom a
    // meeting, call or agreement is aimed at is no party to it.
    if (COOPERATIVE.has(trig.type) && /\bagainst\b/i.test(between)) return false;
    // "an officer who is under British and EU sanctions had been detained": whose sanctions say
    // who someone is, not who acted.
    if (trig.type !== 'SANCTION' && /^\s+(?:sanctions|embargo|restrictions|red notices?)\b/i.test(after))
      return false;
    // "agreed to a framework to counter China's behavior": whom a plan is aimed at takes no part
    // (a strike's or a sanction's target does).
    if (
      trig.type !== 'STRIKE' &&
      trig.type !== 'SANCTION' &&
      /\bto\s+(?:counter|deter|curb|contain|confront|combat|fight|tackle|counterbalance)\s+(?:the\s+)?$/i.test(
        textBefore(sent, m, 40),
      )
    )
      return false;
    // "Carsten L., an employee of the BND, was arrested": the body in a person's appositive
    // says who the person is; it takes no part.
    // (A cartel there is the one the person belongs to: "X, a leader of Peru's Y Cartel, was
    // arrested" strikes at the cartel too.)
    if (m.type !== 'Person' && m.type !== 'Cartel' && inPersonAppositive(sent, ms, m)) return false;
    if (
      /,\s+(?:all|some|most|many|none|each|both|several|\w+)\s+of\s+(?:whom|which)\b[^,;]*$/i.test(
        textBefore(sent, m, 90),
      )
    )
      return false;
    // "he told Turkey’s Hurriyet newspaper": who is told (and whose outlet it is) says nothing.
    if (/\btold\s+(?:the\s+)?(?:\S+[’']s\s+)?$/i.test(textBefore(sent, m, 30))) return false;
    // A source cited in an event's sentence takes no part in the event: an outlet or body
    // ("according to The Associated Press", "according to Naples-based Il Mattino newspaper") or a
    // person ("…, according to presidency spokesman X").
    if (trig.type === 'STATEMENT') return true;
    // ("According to local media reports, ADF fighters stormed …": a cue closed by a comma before
    // the name cites someone else.)
    const near = Math.max(0, m.start - sent.start - 14);
    const cue = CITED.exec(sent.text.slice(near, m.end - sent.start + 10));
    const cited = !!cue && !sent.text.slice(near + cue.index, m.start - sent.start).includes(',');
    const source = ACCORDING_TO.test(textBefore(sent, m, 90));
    const kind = group?.type;
    return !(((cited || source) && kind === 'Organization') || (source && m.type === 'Person'));
  });
  // "Police in Guinea-Bissau seized …": the country stands in for police the text does not name,
  // so it is a party only when no one else is.
  if (agentCountry && parts.some((m) => m !== agentCountry)) {
    parts = parts.filter((m) => m !== agentCountry);
    location = agentCountry.entity ?? null;
  }
  const unquoted = quotes.reduceRight(
    (t, [a, b]) => t.slice(0, a - sent.start) + t.slice(b - sent.start),
    sent.text,
  );
  // Countries do not travel: "migrants arriving in Mexico, both countries will …" is no visit.
  const both = BOTH.test(unquoted) && trig.type !== 'VISIT' ? recentCountries(ctx, sent) : [];
  // "Both leaders had already met …": the two people the last sentences named.
  const pair = BOTH_PEOPLE.test(sent.text.slice(0, at - sent.start)) ? recentPersons(ctx, sent) : [];
  if (trig.type === 'STATEMENT' && /joint statement/i.test(sent.text) && both.length === 2) parts = [];
  // "The Islamic State group on Tuesday claimed responsibility for …": only the claimant, named
  // right before the verb, made the attack ("X says JNIM claimed …": X only reports it).
  if (/^claimed responsibility/i.test(sent.text.slice(at - sent.start))) {
    const claimant = parts.filter((m) => m.end <= at).pop();
    const gap = claimant ? sent.text.slice(claimant.end - sent.start, at - sent.start) : '';
    if (!claimant || !CLAIMANT_GAP.test(gap)) return null;
    parts = [claimant];
  }
  // "the Pentagon said in a statement": the speaker made the statement, not the others named.
  const speaker = trig.type === 'STATEMENT' && both.length === 0 ? speakerOf(sent, ms) : null;
  if (speaker) parts = [speaker];
  // "…, police said in a statement": an unnamed speaker; the names are what it spoke about.
  else if (trig.type === 'STATEMENT' && both.length === 0 && unnamedSpeaker(sent, ms)) return null;
  // "Doha announced it had …, saying that it would resume when Hamas and Israel …": with no named
  // speaker, the names after the say-verb are what was said.
  else if (trig.type === 'STATEMENT' && both.length === 0) {
    const say = sent.tokens.find((t) => SAY.test(t.text) || STATEMENT_VERB.test(t.text));
    if (say) parts = parts.filter((m) => m.end <= say.start);
  }
  const pairOnly = pair.length > 0 && parts.every((m) => pair.includes(m.entity ?? ''));
  let names = unique([...parts.map((m) => m.entity ?? ''), ...both, ...pair]);
  // "In his meeting with Foreign Minister Wang Yi, Anwar said …": "his" is the person who opens
  // the main clause.
  const his = HIS_MEETING.exec(sent.text);
  if (his && (trig.type === 'MEETING' || trig.type === 'CALL') && at - sent.start < his[0].length) {
    const subject = ms.find(
      (m) =>
        m.type === 'Person' &&
        m.entity &&
        m.start - sent.start >= his[0].length &&
        m.start - sent.start <= his[0].length + 40,
    );
    if (subject?.entity) names = unique([subject.entity, ...names]);
  }
  // "X said that following a phone call with Y Monday, …": the speaker was on the call.
  if (
    (trig.type === 'CALL' || trig.type === 'MEETING') &&
    told &&
    told.at < at &&
    told.speaker.type === 'Person' &&
    names.filter((n) => ctx.byName.get(n)?.type === 'Person').length === 1 &&
    CALL_WITH_AFTER_THAT.test(sent.text.slice(told.at - sent.start, at - sent.start + 40))
  )
    names = unique([told.entity, ...names]);
  const persons = names.filter((n) => ctx.byName.get(n)?.type === 'Person');
  if ((trig.type === 'CALL' || trig.type === 'MEETING') && persons.length >= 2) names = persons;
  // "He …", or "On Tuesday, he …" / "Later, she …" after an opening phrase of time or place.
  let pronoun = PRONOUN_SUBJECT.exec(sent.text);
  // "He also held a meeting with X", "He was arrested … along with X": the subject takes part too.
  const subject = !!pronoun?.[1];
  // "…, he said": the speaker reports what happened; he makes only the statement.
  if (pronoun && !subject && trig.type !== 'STATEMENT') pronoun = null;
  // "He added that another suspect was arrested": he reports the event (from is past his verb).
  const reports = pronoun && from > sent.start + (pronoun.index ?? 0) + pronoun[0].length;
  if (pronoun && !quoted && !reports && (persons.length === 0 || subject)) {
    const p = lastPersonBefore(ctx, sent.start, pronoun[1] ?? pronoun[2]);
    if (p) names = unique([p, ...names]);
  }
  // "Authorities captured him on February 3": whom a legal act is done to, told by a pronoun right
  // after the verb, is the person the text is about (not when the sentence names a person before
  // the verb, who may be the one acting).
  const object = OBJECT_PRONOUN.exec(sent.text.slice(at - sent.start));
  if (
    object &&
    !quoted &&
    PRONOUN_OBJECT_TYPES.has(trig.type) &&
    (trig.type !== 'OTHER' || LEGAL_ACT.test(object[0])) &&
    !ms.some((m) => m.type === 'Person' && m.start < at)
  ) {
    const p = lastPersonBefore(ctx, sent.start, object[1]);
    if (p) names = unique([...names, p]);
  }
  // "remarks made by Home Minister X during his visit to Y": the visit is his alone (with two
  // people before it, whose "his" it is is not for a rule to say).
  if (
    trig.type === 'VISIT' &&
    /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(sent.text.slice(0, at - sent.start))
  ) {
    // ("X is to meet Y during his visit": whom he meets is the host, not whose visit it is.)
    const before = ms.filter((m) => m.type === 'Person' && m.end <= at);
    const hosts = before.filter((m) => metAsHost(sent, m)).map((m) => m.entity ?? '');
    const people = unique(before.map((m) => m.entity ?? '').filter((n) => !hosts.includes(n)));
    if (people.length === 1 && people[0]) names = [people[0]];
    else names = names.filter((n) => !hosts.includes(n));
  }
  let byAuthorities = false;
  // "Greek authorities said they had arrested five officers": with nobody named, a country's
  // authorities that act stand for the country, when the article names it; so they do with only
  // what was acted on named ("Finnish authorities seized a cargo vessel called Fitburg").
  const actorNamed = ms.some((m) => m.start < at && !!m.entity && names.includes(m.entity));
  if (!actorNamed && NATIONAL_ACTOR_TYPES.has(trig.type)) {
    // ("An Israeli strike on … killed": the strike noun opens the trigger.)
    const noun =
      trig.type === 'STRIKE'
        ? (/^(?:air\s?|drone\s|missile\s)?strikes?\b/i.exec(sent.text.slice(at - sent.start))?.[0] ?? '')
        : '';
    const country = nationalActor(ctx, sent.text.slice(0, at - sent.start) + noun);
    if (country && !names.includes(country)) {
      byAuthorities = names.length === 0;
      names = [country, ...names];
    }
  }
  // "faces charges in the Eastern District of New York": a court alone is no party to a charge.
  if (trig.type === 'OTHER' && names.length > 0 && names.every((n) => /\bDistrict of\b/.test(n))) return null;
  // "Galaxy Leader's operator … said": a ship makes no statement.
  if (trig.type === 'STATEMENT') names = names.filter((n) => ctx.byName.get(n)?.type !== 'Ship');
  if (names.length === 0) return null;
  // "the Pakistani Foreign Minister will visit X": whom a visit is to, with the visitor unnamed,
  // tells the visit wrong.
  if (
    trig.type === 'VISIT' &&
    !pronoun &&
    parts.length > 0 &&
    parts.every((m) => m.start > at) &&
    /^(?:will |visit(?!s? of)|travel|toured|visited)/i.test(sent.text.slice(at - sent.start))
  )
    return null;
  // "seized Goma", "seized the town of X": a place taken is territory, not goods.
  if (trig.type === 'SEIZURE' && seizesPlace(sent, ms, at)) return null;
  // A ship "arrives in" a port: that is a deployment, not a visit — unless the sentence says it
  // came for one ("arrived in Cuba for a five-day visit", "on a port call"), which is no deployment.
  const shipOnly =
    names.some((n) => ctx.byName.get(n)?.type === 'Ship') &&
    !names.some((n) => ctx.byName.get(n)?.type === 'Person');
  const forVisit = (): boolean => VISIT_PURPOSE.test(sent.text.slice(at - sent.start));
  if (trig.type === 'VISIT' && shipOnly && !forVisit()) return null;
  if (trig.type === 'DEPLOYMENT' && trig.needsShip && shipOnly && forVisit()) return null;
  if (trig.needsPerson && !names.some((n) => ctx.byName.get(n)?.type === 'Person')) return null;
  if (trig.minPersons && persons.length < trig.minPersons) return null;
  // "designated the X Brigade as a terrorist organization", "proscribed two outfits": a body
  // the sentence calls a terrorist group, or proscribes, is designated too.
  const listedBody =
    (DESIGNATION_NAME.test(sent.text) || /\bproscrib/i.test(sent.text)) &&
    names.some(
      (n) => ctx.byName.get(n)?.type === 'Organization' && ms.some((x) => x.entity === n && x.start > at),
    );
  // "a U.S.-designated terrorist organization" is what a group is, not an act; "La Nueva X, a
  // cartel designated as a terrorist organization" is one only with its own date, and then with
  // the designator the sentence names after "by", not its subject.
  if (trig.type === 'DESIGNATION') {
    const reduced = reducedDesignation(sent, ms, at);
    if (reduced === 'compound') return null;
    const rel = at - sent.start;
    const found = findDates(dateSent);
    // ("The cartel … is designated as a Foreign Terrorist Organization": a present status too.)
    if (STATUS_BEFORE.test(sent.text.slice(0, rel)) && found.length === 0) return null;
    if (reduced === 'participle') {
      const close = /[,;]/.exec(sent.text.slice(rel));
      const end = close ? rel + close.index : sent.text.length;
      const dated =
        found.some((f) => f.index > rel && f.index < end) ||
        /\b(?:(?:this|last)\s+(?:year|month|week)|yesterday|today)\b/i.test(sent.text.slice(rel, end));
      if (!dated) return null;
      const by = designatorOf(ctx, sent, ms, at);
      names = names.filter((n) => n === by || ctx.byName.get(n)?.type === 'Cartel');
    }
  }
  if (trig.needsCartel && !listedBody && !names.some((n) => ctx.byName.get(n)?.type === 'Cartel'))
    return null;
  // ("extradited the 22-year-old man from Northern Ireland to Spain", "A South Korean man has
  // been extradited home from Kuwait": a person the article does not name is handed over too.)
  if (
    trig.needsPersonOrCartel &&
    !names.some((n) => ['Person', 'Cartel'].includes(ctx.byName.get(n)?.type ?? '')) &&
    !(
      UNNAMED_PERSON.test(sent.text) &&
      !/\b(?:will|would|to|could|may|must|should)\s+(?:be\s+)?$/i.test(sent.text.slice(0, at - sent.start)) &&
      names.some((n) => ctx.byName.get(n)?.isCountry)
    )
  )
    return null;
  if (trig.needsShip && !names.some((n) => ctx.byName.get(n)?.type === 'Ship')) return null;
  if (
    trig.needsGroup &&
    !names.some((n) => {
      const g = ctx.byName.get(n);
      return g?.type === 'Organization' || g?.type === 'Cartel';
    })
  )
    return null;
  // "In a statement, the Navy said that the frigate … between the 1st and 3rd of May": the dates
  // of what the statement reports are not its own.
  const sayAfter =
    trig.type === 'STATEMENT'
      ? /\b(?:said|says|stated|announced|added|confirmed|expressed|noted|stressed|emphasi[sz]ed|warned)\b/.exec(
          sent.text.slice(at - sent.start),
        )
      : null;
  const sayAt = sayAfter ? at - sent.start + sayAfter.index : null;
  // (nor are its places: "… stated that the officers arrived in Haiti")
  if (sayAt !== null && !ms.some((m) => m.entity === location && m.start - sent.start < sayAt))
    location = null;
  // A statement the article reports with no date of its own was made when it is reported, as
  // for a quoted speaker (speakerStatements).
  const date =
    resolveSentenceDate(dateSent, ctx.dates, sayAt ?? at - sent.start, {
      statement: trig.type !== 'STATEMENT' ? undefined : sayAt !== null ? 'said' : 'other',
    }) ??
    (trig.type === 'STATEMENT' && !futureSaying(sent, quotes, at)
      ? reportDay(ctx.dates, dateSent.index)
      : null);
  return {
    type: trig.type,
    participants: names,
    date,
    location,
    ...evidence(sent),
    summary: '',
    verb: trig.verb,
    met: parts
      .filter((m) => m.type === 'Person' && m.start > at && m.start - at < 60)
      .map((m) => m.entity ?? ''),
    basis: `event:${trig.type.toLowerCase()}:${byAuthorities ? 'authorities' : date ? 'dated' : 'undated'}`,
    pairOnly,
    backdrop: inBackdrop,
    sentence: sent.index,
    dateText: toldDates(dateSent)[0]?.text ?? null,
  };
}

const USED_THING =
  /\b(?:strateg(?:y|ies)|tactics?|technolog(?:y|ies)|methods?|techniques?|tools?|approach(?:es)?|software|systems?|weapons?|measures?|resources?)\s+(?:(?:is|are|was|were|being|been|be|has|have|had)\s+)*$/i;
const BORDER_WITH = /\b(?:borders?|bordering|frontier)\s+(?:with\s+)?(?:the\s+)?$/i;
/** A stance verb at the start of the text (the trigger of a speaker's statement, STANCE_VERB). */
const STANCE_AT = new RegExp(`^(?:${STANCE_VERB.source})`, 'u');
const AS_CLAUSE =
  /,\s+as\s+(?!(?:well|part|a|an|such|of|per|expected|agreed|planned|promised|requested|required|needed|usual|much|many|soon|long|far|recently|it|they|he|she)\b)/i;
const MANY_TIMES =
  /\b(?:in|on|during)\s+(?:several|many|multiple|numerous|repeated|countless|a series of|a number of)\s+(?:\w+\s+)?(?:incidents|cases|occasions|instances|episodes)\b|\b(?:figures|statistics|data)\s+(?:show|showed|released)\b|\bin\s+(?:19|20)\d\d\s+alone\b|\b(?:have|has)\s+(?:\w+\s+){0,2}\w+ed\b(?:(?!\bsince\b)[^.;])*?\bin\s+(?:19|20)\d\d\b|\b(?:last|this|the)\s+(?:fiscal|financial|calendar)\s+year\b|\b(?:met|spoken|spoke|talked|visited|called)\s+(?:each other\s+|\w+ly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|many|multiple|numerous)\s+times\b/i;
// ("179 packages of cocaine" are goods: packages only of sanctions or measures are rounds.)
const ROUNDS_OF =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple|successive|repeated) (?:(?:rounds|waves|tranches) of|packages of (?:[\w-]+ )?(?:sanctions|measures|restrictions|tariffs|penalties))\b/i;
const MANY_ACTS =
  /\b(?:many|several|multiple|numerous|countless|dozens of|hundreds of|scores of|a series of)\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|airstrikes|seizures|raids)$/i;
// Between a claimant's name and "claimed responsibility": its kind and a day at most.
const CLAIMANT_GAP =
  /^\s*(?:(?:terrorist|militant|jihadist|extremist|armed|rebel|insurgent)\s+)?(?:group|militants|fighters|organi[sz]ation|movement|rebels)?\s*(?:(?:on\s+|late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/i;

// What a body named on a report stands before: "The ATS statement said …".
const REPORT_NOUN =
  /^\s+(?:statement|report|release|press release|spokes(?:man|woman|person)|officials?|sources?)\b/i;
// The start of a reported clause whose subject is a noun phrase: "the coast guard", "officers".
const OWN_SUBJECT =
  /^\s*(?:that\s+)?(?:the|a|an|two|three|four|five|six|several|\d+)\s+(?!(?:\w+\s+)?(?:was|were|had|has)\b)/i;

// "has apprehended many people": the objects of a tally.
const MANY_OBJECTS =
  /^\s+(?:many|numerous|countless|dozens of|hundreds of|thousands of|scores of|more than \d[\d,]*|over \d[\d,]*)\s+(?:[\w-]+\s+)?(?:people|persons|suspects|individuals|migrants|members|men|women|militants|fighters|traffickers|smugglers|vessels|boats|ships|tons|tonnes)\b/i;
const OTHERS_WHO =
  /\b(?:organi[sz]ations|groups|countries|nations|people|others|those|ones|gangs|factions|parties|states)\s+(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?$/i;
const HABITUAL =
  /\b(?:regularly|routinely|frequently|usually|typically|habitually|often|repeatedly)\b[^.;,]{0,30}$/i;
// "… a tanker which was seized by pirates", "the pirates who recently captured a fishing boat": a
// capture by criminals no law enforcement made is no seizure or arrest (and no one named made it).
const BY_CRIMINALS =
  /^(?:\s+(?:by|by a group of|by suspected|by armed)\s+(?:(?:suspected|armed|somali|unidentified|unknown)\s+)*(?:pirates|gunmen|militants|rebels|hijackers|kidnappers|criminals|bandits|attackers|assailants)\b)/i;
const CRIMINALS_WHO =
  /\b(?:pirates|gunmen|hijackers|kidnappers|bandits|attackers|assailants)\s+(?:who|that)\s+(?:\w+\s+)?$/i;

const TIED_TO = new RegExp(
  String.raw`(?:\b(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:partner|wife|husband|son|daughter|brother|sister|father|mother|relative|girlfriend|boyfriend|cousin|nephew|niece|widow|associate|lawyer|bodyguard|driver|aide)\s+of|\bon\s+behalf\s+of|\b(?:directives?|instructions?|orders?|guidance)\s+(?:from|of|by))\s+(?:(?!(?:met|said|told|was|were|is|are|has|have|had|will|would)\b)["“”‘]?[\w.’'-]+["“”’]?\s+){0,12}["“‘]?$`,
  'i',
);

// ", son of drug trafficker Joaquín 'El Chapo' ": a relative named in an appositive (TIED_TO
// takes "the son of X" with its article; opposes.ts has its own RELATIVE_OF for the charged).
const TELLER_GAP = /^\s+(?:said|says|stated|reported|claimed|alleged|told\s+\w+)\s+(?:that\s+)?(?:the\s+)?/i;
const AS_OPENER = /^(?:As|While|Whereas)\s+[^,;]{3,120},\s/;
const PERSON_OF =
  /\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:co-?founder|founder|leader|boss|head|chief|member|commander|son|daughter|wife|brother|nephew|financier|lieutenant|operative)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*[’']s\s+)?$/iu;
const ACCUSED_BY = /\b(?:accused|suspected|wanted|sought|charged|indicted|convicted)\s+by\s[^,;]*$/i;
const APPOSED_RELATIVE =
  /,\s+(?:the\s+|a\s+)?(?:eldest\s+|youngest\s+|elder\s+|younger\s+)?(?:son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|cousin|widow|uncle|aunt|grandson|son-in-law|brother-in-law)s?\s+of\s+(?:[^\s,;]+\s+){0,6}["“‘']?$/i;

const OWN_VISIT = /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;
const MET_ONE =
  /\b(?:meet|meets|met|meeting|talks|hosted|hosts|host|see|welcomed|received)\s+(?:with\s+)?(?:[\p{L}.’'-]+\s+){0,5}$/iu;

/** "X will meet Y during his visit": m is the one met (the host), no visitor. */
function metAsHost(sent: Sentence, m: Mention): boolean {
  return MET_ONE.test(textBefore(sent, m, 60));
}
const UNNAMED_PERSON =
  /\b(?:[Tt]he|[Aa]n?)\s+(?:\d+-year-old\s+|former\s+|convicted\s+|alleged\s+|suspected\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:man|woman|suspect|fugitive|national|citizen|businessman|businesswoman|teenager)\b/;
const SEATED_IN =
  /\b(?:headquartered|based|seated)\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}?(?:\p{Lu}[\p{L}.’'-]*,\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+|central\s+)?)?$/iu;
const ARREST_IN = /\b(?:arrested|detained|apprehended|intercepted|stopped)\b/i;

const CAPTION =
  /\b(?:is|are) (?:seen|pictured)\b(?! as\b)|\bpictured (?:here|above|below|left|right|center)\b|\b(?:shows|holds up) a (?:chart|map|photo|photograph|picture|sign|banner)\b/i;

const HIS_MEETING =
  /^(?:In|During|At|After)\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|conversation)s?\s+with\b[^,]{0,120},\s+/;

const UNNAMED_WHO =
  /\b(?:man|woman|person|people|migrant|migrants|suspect|suspects|national|nationals|citizen|citizens|men|women|resident|residents)\s+(?:who|that)\s+(?:was|were|had been|has been|have been|is|are)\s+(?:[\w-]+ly\s+)?$/i;

const REFUSED =
  /\b(?:(?:refus|declin)\w*\s+to\s+(?:[\w-]+\s+){0,2}|(?:rejected|denied|turned down|blocked|refused)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:request|bid|demand|call|attempt|plan|proposal)s?\b[^.;]{0,50}?\bto\s+)$/i;

const REMARKED_ON =
  /\b(?:confirmed|announced|defended|praised|welcomed|criticized|criticised|condemned|described|hailed|touted|applauded|lauded|called)\s+(?:the|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;
const HELD_BACK =
  /\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|delay(?:ed|s|ing)?|block(?:ed|s|ing)?|cancel(?:l?ed|s|ling)?|postpon(?:ed|es|ing)|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|approv(?:ed|es|ing)|authori[sz](?:ed|es|ing)|den(?:ied|ies|ying)|oppos(?:ed|es|ing))\s+(?:the|an?|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}$/i;
const ASKED_FOR =
  /\b(?:proposals?|requests?|calls?|called|calling|offers?|invitations?|plans?|bids?|push(?:ed|ing)?|demands?|appeals?)\b(?:\s+(?:from|by)\s+[^.;,]{0,60}?)?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;

const FINDING =
  /\b(?:study|studies|report|survey|analysis|review|data|research|researchers|audit|poll|inquiry)\b[^.;]{0,60}$/i;

const ATTEMPTED =
  /\b(?:(?:attempt|try|tri|plan|seek|hop|intend|want|wish|prepar|aim)(?:s|ed|ing|e|es)?|about)\s+to\s+(?:[\w-]+\s+){0,3}$/i;

const STANCE_ON =
  /\b(?:support for|backing for|backing of|opposition to|criticism of|objections? to)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}$/i;

// "Marset's brother, …", "X's lawyer, …": a relative or an agent, told by whose they are.
const KIN_OF =
  /^[’']s?\s+(?:(?:younger|older|elder|late|former|eldest|youngest|twin|half-)\s*)?(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece|uncle|aunt|widow|partner|girlfriend|boyfriend|lawyer|attorney|lawyers|attorneys|sons|daughters|brothers|sisters|relatives?|bodyguards?)\b/i;

// "X announced on Thursday that U.S. forces struck …": X reports the event, it takes no part.
const REPORTED_THAT =
  /\b(?:said|says|announced|emphasi[sz]ed|noted|stressed|expressed|hoped|reiterated|acknowledged|admitted|underlined|underscored|argued|added|warned|insisted|claimed|confirmed|informed|remarked|explained|revealed|disclosed|stated|told(?: [\w-]+){1,3})(?: [\w-]+){0,5}? that\b/gi;
// "X said two men were arrested": the say-verb alone, when a clause follows it ("X said this in a
// call with Y": the speaker is in the call).
const REPORTED =
  /\b(?:said|says|stated|announced|claimed)(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\b(?=\s+(?!that\b|in\b|on\b|at\b)(?!(?:this|it|so)\s+(?:in|during|on)\s+(?:a|an|the|their|his|her)\b)[\w“"])/gi;
// "… amid rising tensions with Venezuela", "the visit comes at a critical juncture as NATO
// forces draw down", "in response to the attacks on Israel": what follows is the backdrop.
const BACKDROP =
  /\bamid(?:st)?\b|\bahead of\b|\bin (?:response|retaliation|reaction) to\b|\bfollows\b|\bfollowed\b(?!\s+(?:\w+\s+)?by\b)|\bfollowing\b(?!\s+(?:day|week|month|year|morning|evening|night)\b)|\b(?:reflected|evidenced|exemplified|demonstrated|illustrated) (?:in|by)\b|\b(?:despite|regardless of|in spite of)\b|\bin what (?:was|is|has been|marked|marks)\b|\buntil\b(?!\s+(?:then|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d))|\bsince\b(?!\s+(?:then|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d))|\b(?=as\b|after\b)(?<=\b(?:comes|came|come)\b[^,.;]{0,40}\s)(?:as|after)\b/gi;

/**
 * The part of the sentence that tells the event at `at`: after a report's "that" (for the people
 * named before it), before "amid".
 */
function reportedSpan(sent: Sentence, at: number): [number, number, boolean, number | null] {
  let from = sent.start;
  let to = sent.end;
  let inBackdrop = false;
  let backdropAt: number | null = null;
  const { opener, reportEnds, told, backdrops } = reportShape(sent);
  for (const end of reportEnds) if (end <= at) from = Math.max(from, end);
  if (told !== null && sent.start + told > at) to = Math.min(to, sent.start + told);
  for (const { start, word } of backdrops) {
    if (start > at) {
      to = start;
      break;
    }
    // An event told inside the backdrop ("in what was the first contact since X was ousted") has
    // only the backdrop's people ("since taking office" names none: its subject is the clause's).
    if (start < opener && at >= opener) continue;
    // ("… and followed the recent arrest of X": a noun the backdrop word governs is in it too.)
    if (
      /^followed$/i.test(word) ||
      /\p{Lu}/u.test(sent.text.slice(start - sent.start + word.length, at - sent.start + 1))
    ) {
      from = Math.max(from, start);
      backdropAt = start;
      // "comes weeks after X began …", "amid …": recent, so the publication month stands;
      // "follows an order that …", "since …", "reflected in …" say nothing of when.
      inBackdrop = !/^(?:amid|amidst|ahead of|as|after)$/i.test(word);
    }
  }
  // "… met Y on Wednesday, after X had rejected Trump's calls", "visited the prison on Wednesday
  // where 200 Venezuelans deported by Trump's government are held": a clause the event ends in,
  // set off after it, names people who took no part.
  const tail = TRAILING_CLAUSE.exec(sent.text.slice(at - sent.start));
  if (tail) to = Math.min(to, at + tail.index);
  return [from, to, inBackdrop, backdropAt];
}

/** What reportedSpan reads of a sentence whatever the trigger (every trigger of it asks again). */
interface ReportShape {
  /** Where an opening backdrop ends (article offset). */
  opener: number;
  /** Ends of the report verbs ("X said that") whose clause the teller is not in (article offsets). */
  reportEnds: number[];
  /** Where a clause told before its speaker ends (sentence offset), if one is. */
  told: number | null;
  /** Backdrop words ("amid", "since", "following") in order (article offsets). */
  backdrops: Array<{ start: number; word: string }>;
}
const reportShapes = new WeakMap<Sentence, ReportShape>();

function reportShape(sent: Sentence): ReportShape {
  const known = reportShapes.get(sent);
  if (known) return known;
  const reportEnds: number[] = [];
  for (const m of [...sent.text.matchAll(REPORTED_THAT), ...sent.text.matchAll(REPORTED)]) {
    const end = sent.start + (m.index ?? 0) + m[0].length;
    // "told reporters that he and his counterpart had requested a meeting": the teller is in it.
    // ("… said on Tuesday that their first meeting was cordial": they tell their own meeting.)
    const self =
      /^(?:\s+(?!he\b|she\b|they\b|we\b|I\b|their\b|our\b)[\w,]+){0,3}\s+(?:he|she|they|we|I|their|our)\b/i.test(
        sent.text.slice(end - sent.start),
      );
    if (!self) reportEnds.push(end);
  }
  const shape: ReportShape = {
    // ("Since Hamas' October 7 attack on Israel, Houthi rebels have launched …": an opening
    // backdrop ends at its comma; the event after it is the main clause's.)
    opener: sent.start + openingBackdropEnd(sent.text, true),
    reportEnds,
    // "Chinese ships fired water cannon …, the Armed Forces of the Philippines said in a
    // statement": the speaker after the told clause reports the event, it takes no part.
    told: toldClauseEnd(sent),
    backdrops: [...sent.text.matchAll(BACKDROP)].map((m) => ({
      start: sent.start + (m.index ?? 0),
      word: m[0],
    })),
  };
  reportShapes.set(sent, shape);
  return shape;
}

const TRAILING_CLAUSE =
  /,\s+(?:after|before|while|whereas|although|though)\s|\s+where\s+(?!(?:he|she|they|the two|both)\b)/i;

const ARRIVAL = /^(?:arriv|travel|fl[yiew])/i;
// "… for a five-day visit", "on a port call": what a ship's arrival was for.
const VISIT_PURPOSE =
  /^[^.;]{0,80}?\b(?:for|on)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|port call|stopover)\b/i;

// "arrived in Lima for talks with X": whom the visitor came to see (not "… and trained with X").
const HOST_LEAD =
  /^(?:(?!\band\s+(?:then\s+)?\w+ed\b)[^;])*\b(?:talks|meet|meeting|meetings|hosted by|invitation of|to see)\b/i;

// "captured him", "extradited her", "sentenced him": a verb and its object pronoun.
const OBJECT_PRONOUN = /^[\w-]+\s+(him|her)\b(?!\s*self)/i;
const PRONOUN_OBJECT_TYPES = new Set<EventType>(['ARREST', 'EXTRADITION', 'SANCTION', 'OTHER']);
const LEGAL_ACT = /^(?:sentenced|convicted|indicted|charged|acquitted)\b/i;

// A sentence's subject pronoun: "He …", "On Tuesday, he …", "Later that day, she …" (group 1), or
// the pronoun of "…, he said" (group 2).
const PRONOUN_SUBJECT =
  /^\W*(?:(?:on|in|at|later|earlier|then|afterwards?|after|before|during|last|next|this|that|meanwhile)\b[^,.;:"“”]{0,50},\s+)?(he|she)\b|,[”"’]?\s+(he|she) (said|says|told|added)\b/i;

// The start of a subordinate clause the trigger ends: "… after he was ", "… when they were ".
const SUBORDINATE_TAIL =
  /\b(?:after|before|when|once|until)\s+(?:he|she|they|it|we|I|his|her|their)\s+(?:\w+\s+){0,2}$/i;

// "said that following a phone call with", "said after meeting with": no other party named
// between the say-verb and the call or meeting.
const CALL_WITH_AFTER_THAT =
  /^\S+\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:following|after|during|in)\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:(?:phone\s+)?call|meeting|talks?)\s+with\b/i;

// A relative clause set off by dashes or brackets: "— which took control of … in 2014 —".
// ("Amb. X, who served as ambassador … of U.S. President Donald Trump, met with Y": between commas.)
const ASIDE =
  /[—–]\s*(?:which|who|whose|where)\b[^—–.]*[—–]|\((?:which|who|whose|where)\b[^()]*\)|,\s+(?:who|whose)\s[^,;:"“”]{3,160},/g;

const NATIONAL_ACTOR_TYPES = new Set<EventType>([
  'ARREST',
  'SEIZURE',
  'DEPLOYMENT',
  'EXTRADITION',
  'SANCTION',
  'STRIKE',
]);
// ("Israeli warplanes struck …", "An Israeli strike on … killed": the weapon or the strike's
// demonym says whose.)
const NATIONAL_ACTOR =
  /(?:^|[^\p{L}.])(\p{Lu}[\p{L}.]+(?:\s\p{Lu}\p{L}+)?)\s+(?:(?!(?:and|or|the|of|said|says|that|who)\s)\p{Ll}[\p{Ll}-]+\s+){0,2}(?:authorities|police|officials|forces|security forces|troops|navy|army|military|government|coast guard|prosecutors|investigators|officers|customs|agents|warplanes|fighter jets|jets|drones|aircraft|artillery)\b(?:(?![.;:])[^,]){0,80}(?:,\s+)?$|(?:^|[^\p{L}.])(?:[Aa]n?|[Tt]he)\s+(\p{Lu}\p{L}+)\s+(?:air\s?|drone\s|missile\s)?strikes?$/u;

/** The country whose authorities act in `lead` ("Greek authorities said they had …"), if named in the article. */
function nationalActor(ctx: ArticleContext, lead: string): string | null {
  const m = NATIONAL_ACTOR.exec(lead);
  const word = m?.[1] ?? m?.[2];
  const country = word ? lookupCountryForm(word)?.country : null;
  return country && ctx.byName.get(country)?.isCountry ? country : null;
}

/** Where a leading "After/Before/Following …," phrase holding the trigger ends (its comma), or null. */
function leadingPhraseEnd(sent: Sentence, at: number): number | null {
  const m = /^(?:After|Before|Following|Prior to|Ahead of)\b[^,;]{0,120},/.exec(sent.text);
  return m && at - sent.start < m[0].length ? m[0].length : null;
}

/** Lower-case place nouns a place name can modify ("a Johannesburg suburb"). */
const PLACE_NOUN_AFTER = new Set(
  `suburb suburbs neighborhood neighbourhood neighborhoods neighbourhoods district outskirts countryside
hinterland area`.split(/\s+/),
);

const ROUTE_VERB =
  /\b(?:originat(?:ing|ed)|produced|grown|made|bound|destined|headed|shipped|smuggled)\s+(?:in|from|for|to)\s+(?:the\s+)?(?:neighbou?ring\s+)?([^.;:]*)$/;
// Only names, commas and "and"/"or" between the route's verb and the place (disjoint alternatives:
// no backtracking).
const NAME_LIST = /^(?:[\p{Lu}][\p{L}.’'-]*|,|and|or|\s)*$/u;
const onRoute = (text: string): boolean => NAME_LIST.test(ROUTE_VERB.exec(text)?.[1] ?? '.');

/**
 * Event types where a place after "from" is where someone or something came from ("members of
 * clans from Cosenza were arrested"); elsewhere it can be a party ("officials from Mexico met …",
 * "a tariff on goods from Mexico").
 */
const ORIGIN_TYPES = new Set(['ARREST', 'SEIZURE', 'STATEMENT', 'STRIKE', 'DEPLOYMENT']);

/** "Mexico's Sinaloa cartel": the mention right after m's possessive, if any. */
function possessed(sent: Sentence, ms: Mention[], m: Mention): Mention | undefined {
  if (!isPossessive(sent, m.tokenEnd)) return undefined;
  return ms.find((x) => x.tokenStart === m.tokenEnd + 1);
}

const PLACE_PREP = new Set([
  'to',
  'toward',
  'towards',
  'in',
  'at',
  'into',
  'near',
  'off',
  'through',
  'across',
  'via',
  'inside',
  'within',
  'throughout',
]);
const SAY =
  /^(?:said|says|announced|announces|wrote|posted|added|stated|confirmed|declared|offered|told|emphasi[sz]ed|stressed|noted|warned|reiterated|insisted|underlined|underscored|highlighted)$/i;
// The verb of a statement whose speaker is unnamed: what follows it is what was said, or to whom
// ("the Kenyans leading the mission called on X to stop").
const STATEMENT_VERB = /^(?:called|urged|appealed|asked|demanded)$/i;

/** Words that make "<word> of X" a position relative to the place X ("350 miles west of X"). */
const POSITION_OF = new Set(
  `north south east west northeast northwest southeast southwest northern southern eastern western
coast coasts shores waters outskirts edge heart border port ports`.split(/\s+/),
);

const PLACE_NOUN_OF = new Set(
  `province provinces state states region regions department departments city cities town towns
municipality municipalities district districts island islands jungle jungles forest forests
mountains desert`.split(/\s+/),
);

/**
 * Whether the place at token i follows a place preposition ("in X", "off X", "west of X"), directly
 * or as a later conjunct of one ("off Mexico and Central and South America").
 */
function afterPlacePrep(sent: Sentence, i: number): boolean {
  let k = i - 1;
  for (let steps = 0; k >= 0 && steps < 10; steps++) {
    const w = tok(sent, k);
    if (w === 'the') {
      k--;
      continue;
    }
    if (PLACE_PREP.has(w)) return true;
    if (w === 'of') {
      if (POSITION_OF.has(tok(sent, k - 1))) return true;
      // "in the provinces of X and Y", "in the city of X": a place noun after a place preposition.
      if (!PLACE_NOUN_OF.has(tok(sent, k - 1))) return false;
      // Right after the preposition: "in the Pacific resort city of X" stays unread (a walk over
      // the words between cost a right event on the sealed dev part).
      const at = tok(sent, k - 2) === 'the' ? k - 3 : k - 2;
      const before = tok(sent, at);
      // "in the waters of the state of X": a position word before the place noun.
      if (before === 'of') return POSITION_OF.has(tok(sent, at - 1));
      return PLACE_PREP.has(before) || before === 'between' || before === 'throughout';
    }
    // A conjunct: step over "and"/"or"/"," and the capitalized words of the place before it.
    if (w !== 'and' && w !== 'or' && w !== ',') return false;
    k--;
    // "X, Y, and Z": the serial comma before the last conjunct.
    if (w !== ',' && tok(sent, k) === ',') k--;
    if (!sent.tokens[k]?.cap) return false;
    while (k >= 0 && sent.tokens[k]?.cap) k--;
  }
  return false;
}

/**
 * "X, the minister, said": when the verb at token i follows a comma, the last mention closed by an
 * earlier comma, and the tokens of the appositive between (callers bound its length and words).
 */
function appositiveBefore(
  sent: Sentence,
  ms: Mention[],
  i: number,
): { open: Mention; gap: Sentence['tokens'] } | null {
  if (tok(sent, i - 1) !== ',') return null;
  const open = ms.filter((x) => x.tokenEnd < i - 1 && tok(sent, x.tokenEnd) === ',').pop();
  return open ? { open, gap: sent.tokens.slice(open.tokenEnd + 1, i - 1) } : null;
}

/** A person named possessively inside another person's appositive ("X, President Y’s envoy,"). */
function ownerInAppositive(sent: Sentence, ms: Mention[], m: Mention): boolean {
  if (!isPossessive(sent, m.tokenEnd)) return false;
  const person = ms.filter((x) => x.type === 'Person' && x.end <= m.start).pop();
  if (!person || person.entity === m.entity) return false;
  const gap = sent.text.slice(person.end - sent.start, m.start - sent.start);
  const rest = sent.text.slice(m.end - sent.start);
  return (
    /^,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u.test(gap) &&
    /^[’']s?\s+[^,;:()“”"]{2,60},/u.test(rest)
  );
}

/** An appositive that opens with a title of a body: "Commander of …", "Deputy Commandant for …". */
const TITLE_OF_GAP = /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/** Common nouns that say things without a name ("police said", "officials told reporters"). */
const SPEAKER_NOUNS = new Set(
  `police officials official authorities prosecutors spokesperson spokesman spokeswoman ministry government
military army navy sources source agency department office statement investigators officers forces company
firm operator prosecutor court judge embassy lawyer lawyers attorney attorneys minister ministers president
governor mayor secretary`.split(/\s+/),
);

/**
 * "…, police said": the sentence's say-verb follows a common noun, and no name stands between it
 * and the comma before ("…, Seoul's foreign ministry said" names its speaker).
 */
function unnamedSpeaker(sent: Sentence, ms: Mention[]): boolean {
  const i = sent.tokens.findIndex((t) => SAY.test(t.text));
  // "The local authorities on Oct 12 announced …": a date may stand between noun and verb.
  let n = i - 1;
  while (n > 0 && n > i - 6 && DATE_WORD.test(tok(sent, n))) n--;
  if (n < 0 || !SPEAKER_NOUNS.has(tok(sent, n)) || sent.tokens[n]!.cap) return false;
  let comma = i - 1;
  while (comma > 0 && tok(sent, comma) !== ',') comma--;
  return !ms.some((m) => m.tokenStart > comma && m.tokenEnd <= i);
}

// Words of a date between a speaker and its verb ("on Oct. 12", "late Monday", "on Sunday").
const DATE_WORD =
  /^(?:on|late|early|last|this|yesterday|today|\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/** The mention right before a say-verb ("X said", "X, the …, said"), if any. */
function speakerOf(sent: Sentence, ms: Mention[]): Mention | null {
  for (let i = 0; i < sent.tokens.length; i++) {
    if (!SAY.test(sent.tokens[i]?.text ?? '')) continue;
    const before = ms.filter(
      (m) => m.entity && m.role !== 'qualifier' && m.tokenEnd <= i && m.tokenEnd >= i - 2,
    );
    const m = before[before.length - 1];
    // "X, citing reports from Director Y, said": Y is the source; X speaks.
    const cited = m && /\b(?:citing|quoting)\b[^.;]*$/i.exec(sent.text.slice(0, m.start - sent.start));
    if (cited) {
      const cut = sent.start + cited.index;
      return ms.filter((x) => x.entity && x.type === 'Person' && x.end <= cut).pop() ?? null;
    }
    // "President Daniel Noboa, in office since November, announced …", "X, head of the unit at
    // Spain's Guardia Civil, said": the person before an appositive speaks, not the body in it.
    const apposed = appositiveBefore(sent, ms, i);
    const person =
      apposed?.open.entity &&
      apposed.open.type === 'Person' &&
      apposed.gap.length <= 18 &&
      !apposed.gap.some((g) => g.text === ',')
        ? apposed.open
        : null;
    if (m && m.type !== 'Location' && (m.type === 'Person' || !person)) return m;
    if (person) return person;
  }
  return null;
}

/** Whether m stands in a ", who …" aside that the trigger at `at` is not part of. */
function asideBefore(sent: Sentence, m: Mention, at: number): boolean {
  const before = textBefore(sent, m, 80);
  const who = /,\s*who\b[^,]*$/i.exec(before);
  if (!who) return false;
  const whoAt = m.start - before.length + who.index;
  return !(at > whoAt && at < m.start);
}

/** Where the event happens: a visit's destination, else a place after a locative preposition. */
function eventLocation(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  trig: Trigger,
  at: number,
): string | null {
  // "on Friday (Saturday in Japan)": a time-zone note names no place of the event.
  const places = ms.filter(
    (m) =>
      m.type === 'Location' &&
      m.entity &&
      m.role !== 'qualifier' &&
      !/\(\s*(?:\w+\s+){1,3}in\s+(?:the\s+)?$/.test(textBefore(sent, m, 40)) &&
      // "Peru-controlled waters": the place modifies what follows.
      !COMPOUND_MODIFIER.test(sent.text.slice(m.end - sent.start)) &&
      // "X, who is also in India, was sentenced": where someone is, told aside (unless the
      // aside tells the event: "X, who travelled to Brussels for the summit, …").
      !asideBefore(sent, m, at) &&
      !NOT_DESTINATION.test(textBefore(sent, m, 30)),
  );
  const introduced = (m: Mention): boolean =>
    LOC_PREP.has(tok(sent, m.tokenStart - 1)) ||
    LOC_PREP.has(tok(sent, m.tokenStart - 2)) ||
    LOC_PREP.has(tok(sent, m.tokenStart - 3));
  if (trig.type === 'VISIT') {
    // "Noboa's visit also signals growing Ecuador-U.S. cooperation": only a place introduced by
    // a preposition is where the visit went.
    const bare = /^(?:visit|trip|arrival)\b(?!\s+(?:to|in)\b)/i.test(sent.text.slice(at - sent.start));
    const after = places.filter((m) => m.start > at && (!bare || introduced(m)));
    let best: Mention | null = null;
    for (const m of after) {
      const k = SPECIFICITY[ctx.byName.get(m.entity ?? '')?.kind ?? ''] ?? 0;
      if (!best || k > (SPECIFICITY[ctx.byName.get(best.entity ?? '')?.kind ?? ''] ?? 0)) best = m;
    }
    return best?.entity ?? null;
  }
  if (trig.type === 'DEPLOYMENT' || trig.type === 'STRIKE') {
    // Not in a clause about something else ("… as it made its way back to Peru").
    const end = clauseEndAfter(sent, at);
    const water = places.find((m) => ctx.byName.get(m.entity ?? '')?.kind === 'water' && m.start < end);
    if (water) return water.entity ?? null;
    return places.find((m) => m.start > at && m.start < end && introduced(m))?.entity ?? null;
  }
  const p = places.find((m) => {
    let k = m.tokenStart - 1;
    while (
      k > 0 &&
      (tok(sent, k) === 'the' ||
        /^(north|south|east|west)(ern|eastern|western)?$|^central$/.test(tok(sent, k)))
    )
      k--;
    const prev = tok(sent, k);
    // "accused of key roles in the war in Ukraine": where a conflict is, not where this happened.
    if (BACKDROP_NOUN.test(tok(sent, k - 1))) return false;
    // "organizations involved in Russia's procurement of weapons": the place owns an activity.
    if (OWNED_ACTIVITY.test(sent.text.slice(m.end - sent.start))) return false;
    return (
      (prev === 'in' || prev === 'at' || prev === 'off' || prev === 'near') &&
      ctx.byName.get(m.entity ?? '')?.kind !== 'region'
    );
  });
  return p?.entity ?? null;
}

const COOPERATIVE = new Set(['MEETING', 'CALL', 'AGREEMENT', 'VISIT']);

const OWNED_ACTIVITY = /^[’']s\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ment|tion|sion|ance|ence|ity|ship|ism|ing)\b/u;

const BACKDROP_NOUN = /^(?:war|wars|conflict|fighting|crisis|invasion|violence|insurgency|occupation)$/;

/** "the two governments": the two countries named in this and the two previous sentences, if there are two. */
function recentCountries(ctx: ArticleContext, sent: Sentence): string[] {
  const near = new Set<string>();
  for (let i = sent.index; i >= Math.max(0, sent.index - 2); i--) {
    for (const m of ctx.bySentence.get(i) ?? []) {
      if (m.entity && ctx.byName.get(m.entity)?.isCountry) near.add(m.entity);
      const dem = m.title?.demonymCountry;
      if (dem && ctx.byName.get(dem)?.isCountry) near.add(dem);
    }
  }
  // Fewer than two nearby: the article's most named countries would be a guess.
  const ranked = ctx.countries.filter((c) => near.has(c));
  return ranked.length >= 2 ? ranked.slice(0, 2) : [];
}

/** The two people named in this sentence and the two before it, when exactly two are. */
function recentPersons(ctx: ArticleContext, sent: Sentence): string[] {
  const near = new Set<string>();
  for (let i = Math.max(0, sent.index - 2); i <= sent.index; i++) {
    for (const m of ctx.bySentence.get(i) ?? []) if (m.type === 'Person' && m.entity) near.add(m.entity);
  }
  return near.size === 2 ? [...near] : [];
}

function summarize(names: string[], verb: string, location: string | null, date: string | null): string {
  const who =
    names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return [who, verb, location ? `in ${location}` : '', date ? `on ${date}` : ''].filter(Boolean).join(' ');
}

const unique = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];

/**
 * "X also met separately with A and B": one meeting (or call) with each person named after the
 * trigger, each with those named before it.
 */
function separately(ctx: ArticleContext, sent: Sentence, ms: Mention[], d: Draft, at: number): Draft[] {
  if ((d.type !== 'MEETING' && d.type !== 'CALL') || !SEPARATE.test(sent.text)) return [d];
  const after = new Set(
    ms
      .filter((m) => m.start > at && m.type === 'Person' && m.entity && d.participants.includes(m.entity))
      .map((m) => m.entity ?? ''),
  );
  const before = d.participants.filter((p) => !after.has(p));
  if (after.size < 2 || before.length === 0 || !before.every((p) => ctx.byName.get(p)?.type === 'Person'))
    return [d];
  return [...after].map((p) => ({ ...d, participants: [...before, p], met: [p] }));
}

// ("held bilateral meetings with A, B and C", "a series of meetings with …": one each.)
const SEPARATE =
  /\bseparately\b|\bseparate\s+(?:[\w-]+\s+)?(?:meetings|talks|calls|conversations)\b|\bbilateral\s+(?:meetings|talks|calls)\s+with\b|\bseries\s+of\s+(?:[\w-]+\s+)?(?:meetings|talks|calls)\b/i;

/** Merges retellings of one event; keeps the first (usually fullest) record, filling gaps. */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => sameEvent(o, d));
    if (!same) {
      out.push(d);
      continue;
    }
    // "Those sanctioned were X and Y": a retelling that names its targets adds them.
    if (d.sentence > same.sentence && RETELLING[d.type]?.test(d.evidence))
      same.participants = unique([...same.participants, ...d.participants]);
    // The finer of two compatible dates ("2025-03" and "2025-03-27") is the event's; a statement's
    // date the text states wins over the report's.
    const stated = d.type === 'STATEMENT' && !same.dateText && !!d.dateText && !!d.date;
    if (!same.date || stated || (d.date && d.date.length > same.date.length)) {
      same.date = d.date;
      same.dateText = d.dateText ?? same.dateText;
    }
    same.dateText ??= d.dateText;
    same.location ??= d.location;
  }
  return out;
}

const RETOLD = new Set(['MEETING', 'CALL', 'VISIT', 'STATEMENT']);
// "The meeting comes amid … in Ecuador": a definite noun points back at the event already told,
// wherever the later sentence's places are.
const DEFINITE_RETELLING = /\b(?:the|this|that)\s+(?:\w+\s+)?(?:meeting|call|visit|talks|conversation)\b/i;

/** How a later sentence points back at an event of each type ("this seizure"). */
const RETELLING: Partial<Record<EventType, RegExp>> = {
  // "The meeting was attended by …": the meeting just told, with more of its people.
  // ("X, Y and Z were also present in the meeting": more of its people.)
  MEETING:
    /\b(?:the|this|that)\s+(?:meeting|talks)\s+(?:was|were)\s+(?:also\s+)?attended by\b|\b(?:were|was)\s+(?:also\s+)?present\s+(?:in|at|during)\s+the\s+(?:meeting|talks)\b/i,
  SEIZURE: /\b(?:this|that)\s+(?:seizure|haul|bust)\b/i,
  ARREST:
    /\b(?:this|that)\s+(?:arrests?|detention)\b|\b(?:those|the people|the suspects) (?:arrested|detained)\b/i,
  EXTRADITION: /\b(?:this|that)\s+(?:extraditions?|transfer)\b|\bthose extradited\b/i,
  DEPLOYMENT: /\b(?:this|that)\s+(?:deployment)\b/i,
  STRIKE: /\b(?:this|that)\s+(?:strikes?|attack)\b/i,
  // "Those sanctioned were …" names the targets of the sanctions just told.
  SANCTION:
    /\b(?:this|that|these)\s+(?:sanctions)\b|\b(?:those|the people|the individuals) (?:sanctioned|designated)\b/i,
  // ("The agreement was signed by X and Y in Riyadh": the signing just told, with its signatories.)
  AGREEMENT:
    /\b(?:this|that)\s+(?:agreement|deal|accord)\b|^\W*The\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty|memorandum|MoU|contract)\s+(?:was|were|had been|has been)\s+(?:formally\s+|officially\s+)?signed\b/i,
};

/** A later sentence that names an act by its definite noun ("the seizure of X", "the arrest of X"). */
const DEFINITE_ACT: Partial<Record<EventType, RegExp>> = {
  SEIZURE: /\bthe\s+(?:[\w-]+\s+)?seizure\s+of\b/i,
  ARREST: /\bthe\s+(?:[\w-]+\s+)?(?:arrest|capture|detention)\s+of\b/i,
  EXTRADITION: /\bthe\s+(?:[\w-]+\s+)?extradition\s+of\b/i,
};

// A sentence (after any dateline) that opens with "A and " before the name: the second of a pair
// of subjects.
const SUBJECT_PAIR =
  /^(?:[\p{Lu}\s,.()]+\s[–—-]\s+)?(?:The\s+)?\p{Lu}[\p{L}.’' -]{1,40}\s+and\s+(?:the\s+)?$/u;

// "is designated", "are now designated" right before a designation verb.
const STATUS_BEFORE = /\b(?:is|are)\s+(?:(?:also|now|still|already|officially|formally)\s+)?$/i;

const ANOTHER_ACT =
  /\banother\s+(?:[\w-]+\s+){0,3}(?:action|operation|seizure|arrest|strike|attack|raid|incident|interdiction|bust|haul)\b|\b(?:days|weeks|months|years)\s+(?:earlier|before|ago)\b|\bearlier this (?:week|month|year)\b/i;

function sameEvent(a: Draft, b: Draft): boolean {
  if (a.type !== b.type) return false;
  // "With this seizure, more than 44 tons have been seized…": a later "this seizure" is the one told.
  if (b.sentence > a.sentence && RETELLING[b.type]?.test(b.evidence)) return true;
  // "The seizure of the MSC Aries came hours before …": the seizure of what was seized before.
  if (
    b.sentence > a.sentence &&
    DEFINITE_ACT[b.type]?.test(b.evidence) &&
    b.participants.some((p) => a.participants.includes(p))
  )
    return true;
  // "“The meeting with X is planned for tomorrow,” Y said": a definite later mention sharing a
  // participant retells it, when its own time word resolves to no date.
  if (
    RETOLD.has(b.type) &&
    !!b.dateText &&
    !b.date &&
    b.sentence > a.sentence &&
    DEFINITE_RETELLING.test(b.evidence) &&
    b.participants.some((p) => a.participants.includes(p)) &&
    !b.met.some((p) => !a.participants.includes(p))
  )
    return true;
  // "The meeting comes amid …": an undated later mention sharing a participant retells it.
  if (
    RETOLD.has(b.type) &&
    !b.dateText &&
    b.sentence > a.sentence &&
    b.participants.some((p) => a.participants.includes(p))
  ) {
    if (DEFINITE_RETELLING.test(b.evidence)) return true;
    // "Fidan also met with his German counterpart Baerbock": someone new met is a new meeting.
    if (b.met.some((p) => !a.participants.includes(p))) return false;
    return !a.location || !b.location || a.location === b.location;
  }
  // "This operation follows another … action just days earlier, in which the navy confiscated …":
  // an act the later sentence sets apart is another one.
  if (b.sentence > a.sentence && ANOTHER_ACT.test(b.evidence)) return false;
  // "… have together seized 388kg … in 2022": a year alone dates a tally or a past act, not the
  // undated one the article tells in detail.
  if (!a.dateText !== !b.dateText && (a.date ?? b.date)?.length === 4) return false;
  const sa = new Set(a.participants);
  const sb = new Set(b.participants);
  const equal = sa.size === sb.size && [...sa].every((x) => sb.has(x));
  const subset = [...sa].every((x) => sb.has(x)) || [...sb].every((x) => sa.has(x));
  // ("The CCG fired water cannons at … [ten sentences on] … [Unaizah Mae 1] was rammed by a CCG
  // vessel, he added": an undated later strike by the same attacker, naming its target, is the
  // same attack.)
  const laterStrike = a.type === 'STRIKE' && b.sentence > a.sentence && !b.dateText;
  if (!equal && !(subset && (Math.abs(a.sentence - b.sentence) <= 2 || laterStrike))) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  // "Rubio announced …" and "Rubio said in a statement on Tuesday": a speaker's statement the
  // text dates is the one it also told undated (dated by the report).
  if (a.type === 'STATEMENT' && !a.dateText !== !b.dateText && a.sentence !== b.sentence) return true;
  // "in March" and "on March 27" can be one event; March and April cannot.
  if (a.date && b.date) return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  return !a.dateText || !b.dateText || a.dateText === b.dateText;
}
