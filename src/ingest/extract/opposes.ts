/**
 * OPPOSES: a stated opposition or action against. The subject is the first person (or pronoun
 * for the last person named) before the verb in its clause, else the first body or country; the
 * objects are the named entities after the verb in the same clause, except places introduced by
 * a locative preposition ("strikes in Mexico" opposes the strikes, not Mexico).
 */
import type { ExtractedRelation } from '../../domain/types';
import type { ArticleContext } from './context';
import {
  COMPOUND_MODIFIER,
  evidence,
  FROM_BEFORE,
  LIST_GAP,
  LIST_JOINT,
  inPersonAppositive,
  isPossessive,
  quoteRanges,
  RELATIVE_CLAUSE,
  textAfter,
  textBefore,
  tok,
  typeOf,
} from './context';
import { FUNCTION_WORD_SET } from './lexicons/words';
import type { Mention, Sentence } from './model';
import { givenNameGender } from './lexicons/name-data';
import { lookupDemonym } from './lexicon';
import { LED_ACT_BEFORE, titleHolders } from './roles';
import { TITLES_BY_FIRST } from './lexicons/titles';

const OPPOSE_RE =
  /\b(oppos(?:es|ed|ing)|reject(?:s|ed|ing)|condemn(?:s|ed|ing)|denounc(?:es|ed|ing)|criticiz(?:es|ed|ing)|threaten(?:s|ed|ing)?|sanction(?:s|ed|ing)|attack(?:s|ed|ing)|attack(?= (?:on|against)\b)|(?:air)?strikes? (?:on|against)|target(?:s|ed|ing)|charg(?:es|ed|ing)|indict(?:s|ed|ing)|arraign(?:s|ed|ing)?|prosecut(?:es|ed|ing)|su(?:es|ed|ing)|fin(?:es|ed|ing)|invad(?:es|ed|ing)|invasion of|war (?:on|against)|(?:tariffs?|duties|levies) (?:on|against)|kidnap(?:s|ped|ping)|abduct(?:s|ed|ing)|arrest(?:s|ed)|detain(?:s|ed)|captur(?:es|ed)|apprehend(?:s|ed)|annex(?:es|ed|ing)|water cannons? (?:at|on|against)|crackdown (?:on|against)|fir(?:es|ed|ing) (?:[\w-]+ ){0,3}(?:at|on)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the (?:morning|evening|night|afternoon|weekend)|\d))|crack(?:s|ed)? down on|hard line on|tough(?:er)? stance on|(?:action|campaign|war|offensive|operations?) against|rebuk(?:es|ed|ing)|accus(?:es|ed|ing)|(?:law)?suit against|(?:broke|breaks|break|breaking|severed|severs|sever(?:ing)?) off (?:(?:diplomatic|all) )?(?:relations|ties) with)\b/gi;
const CLAUSE_END =
  /[;:]|,(?=\s+(?:the\s+)?(?:(?:[\w’'.-]+|\([\w.&’'-]+\))\s+){1,6}?(?:said|says|revealed|announced|reported|stated|added|confirmed|told)\b)|\b(but|while|although|even though|because|due to|owing to|in response to|in retaliation for|whereas|citing|(?:by )?saying|and (?:said|says|added|noted|stated)(?: that)?)\b|\s[—–]\s|(?<=\p{Ll})—(?=\p{Ll})/giu;
// ", and Washington recently gave Kyiv …": a new named subject opens a clause of its own.
const NEW_SUBJECT =
  /,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:has|have|had|was|were|is|are|will|would|also|recently|then|later|said|says|gave|gives|took|takes|[a-z]{3,}ed)\b)/g;
// "… continued well into its second year and North Korea faces growing tensions": without the
// comma, only a finite verb after the new subject says a clause opens.
const NEW_SUBJECT_BARE =
  /\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:has|have|had|was|were|is|are|will|would|said|says|faces|remains|continues|warned|accused)\b)/g;
// "hit by Western sanctions", "targeted by new tariffs": the act is done to what comes before.
const SUFFERED_BY =
  /\b(?:hit|targeted|struck|affected|squeezed|crippled|battered|punished)\s+(?:hard\s+)?by\s+(?:[\w-]+\s+){0,2}$/i;
// "described Iran as …", "branded X a …": the named one is the naming verb's object.
const NAMED_AS_BEFORE =
  /\b(?:described|called|label(?:l)?ed|branded|named|considers?|considered|deemed|regarded)\s+(?:the\s+)?$/i;
// Triggers that judge an act rather than do one.
const JUDGING = /^(?:oppos|reject|condemn|denounc|criticiz|rebuk)/i;
// An act and its object's preposition: "strike on", "attacks against", "violation of".
const ACT_ON =
  /\b(?:strikes?|airstrikes?|attacks?|assaults?|raids?|bombings?|bombardment|shelling|invasion|incursions?|killings?|violations?|seizures?|detentions?)\s+(?:on|against|of|in)\b/i;
// Triggers that are the act itself (after them, "by X" names who acts).
const ACTION =
  /^(?:attack|(?:air)?strike|target|fir|invad|invasion|war|crackdown|crack|operation|campaign|offensive|action|kidnap|abduct)/i;
// "X said that the CCG used water cannons": the one who acts comes after the speaker's verb.
const REPORTING =
  /\b(?:(?:said|says|stated|added|told \w+)(?: that)?|(?:announced|claimed|confirmed)(?: (?:via|on) \w+)? that)\s/gi;
// The same, tested once on a span (REPORTING is global, for matchAll).
const REPORTED_BETWEEN = new RegExp(REPORTING.source, 'i');
// Places after these are where something happens, or whose part is meant ("partners of the U.S.").
const LOCATIVE = new Set([
  'in',
  'within',
  'inside',
  'at',
  'across',
  'near',
  'off',
  'into',
  'of',
  'from',
  'to',
  'through',
  'via',
  // ("a cell leader for Tamaulipas": whose area, not whom the act is against.)
  'for',
  // ("strikes …, escalating tension between the United States and Venezuela")
  'between',
]);
const LEGAL = /^(?:charg|indict|arraign|prosecut|su|fin|accus)/i;
// A title right after a body's name: its holder is meant ("the Senate leader").
const BODY_OFFICER_AFTER =
  /^\s+(?:leader|chief|head|president|chair(?:man|woman)?|speaker|spokes(?:man|woman|person)|director|commander|minister|secretary|coordinator)\b/i;
// Taking someone into custody: a body or country does it, to a person.
const CUSTODY = /^(?:arrest|detain|captur|apprehend)/i;
// (Not "is imposing sanctions": a progressive, the subject acts.)
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|got|get)\s+(?:(?!\w+ing\s)\w+\s+)?$/i;
const NEGATION = /\b(not|n't|never|no longer)\b/i;
const RELATIVE_OF =
  /\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|relatives?|family) of (?:the )?(?:[\w-]+ ){0,3}["“]?$/i;
// "may impose sanctions on", "the possibility of tightening sanctions", "denied targeting",
// "stop short of directly targeting": what was not done.
const HYPOTHETICAL =
  /\b(?:any|possible|potential|perceived|would|could|might|may|possibility of|prospect of|denie[sd]|deny(?:ing)?|short of|refrain(?:ed)? from)\s+(?:\w+\s+){0,2}$/i;

/** OPPOSES relations stated in one sentence. */
export function opposesRelations(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const bounds = clauseBounds(sent);
  const quotes = quoteRanges(sent);
  for (const m of sent.text.matchAll(OPPOSE_RE)) {
    const at = sent.start + (m.index ?? 0);
    // Words inside a quote are the speaker's; who opposes whom there is not for a rule to read.
    if (quotes.some(([a, b]) => at >= a && at < b)) continue;
    const [cStart, clauseEnd] = bounds.find(([a, b]) => at >= a && at < b) ?? [sent.start, sent.end];
    // "imposed sanctions on three gang leaders: A, B and C": a counted target named after a colon
    // is the list that follows (its people and groups; places there are theirs, not targets).
    const listAt = targetList(sent, m, at, clauseEnd);
    const cEnd = listAt === null ? clauseEnd : (bounds.find(([a]) => a === clauseEnd)?.[1] ?? sent.end);
    const before = sent.text.slice(Math.max(0, at - sent.start - 20), at - sent.start);
    const lead = sent.text.slice(Math.max(0, at - sent.start - 45), at - sent.start);
    if (NEGATION.test(before) || HYPOTHETICAL.test(lead)) continue;
    // "voiced Beijing's firm opposition to the new tariffs on India": an act the subject reacts
    // to is someone else's.
    if (REACTED_TO.test(lead)) continue;
    // "threatened the cartels with consequences if they decide to attack U.S. soldiers": an act
    // told as a condition has not happened, and its actor is the condition's subject.
    if (CONDITION.test(sent.text.slice(cStart - sent.start, at - sent.start))) continue;
    // "the scene of deadly attacks by jihadist groups": the attackers come after "by"; neither
    // the sentence's subject nor a later name is whom they attack.
    const following = sent.text.slice(at - sent.start + m[0].length);
    if (ACTION.test(m[0]) && /^\s+by\b/i.test(following) && !PASSIVE_BEFORE.test(before)) continue;
    // "targeted two patrol boats in an unsuccessful attack near Crimea": an attack told as a
    // circumstance has no subject of its own.
    if (ACTION.test(m[0]) && /\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) continue;
    // ("fighters killed in Israeli strikes on Lebanon": a plural act told as a circumstance.)
    if (
      /^(?:attacks|(?:air)?strikes)\b/i.test(m[0]) &&
      /\b(?:in|during|by)\s+(?:\p{L}[\p{L}-]*\s+){0,2}$/iu.test(before)
    )
      continue;
    // "Taghi was charged with …", "X, charged in 2019, …": the named one is charged, by someone unnamed.
    // "accused X of kidnapping Y", "arrested for attacking Z": a gerund after "of" or "for" is the
    // act of whoever was accused or arrested, not of the sentence's subject.
    if (/ing$/i.test(m[0]) && /\b(?:of|for)\s+$/i.test(before)) continue;
    const rest = following.slice(0, 6);
    const passive = PASSIVE_BEFORE.test(before);
    if (LEGAL.test(m[0]) && (/^\s+(?:with|in|for|over)\b/i.test(rest) || passive)) continue;
    // "the man accused of the killing": a participle after a noun, by no one named.
    if (/^accus/i.test(m[0]) && /^\s+(?:of|by)\b/i.test(rest)) continue;
    // "the opposing views of X and Y", "opposing sides": a participle used as an adjective.
    if (
      /^opposing$/i.test(m[0]) &&
      (/\b(?:the|their|its|his|her|two|with)\s+$/i.test(before) ||
        /^\s+(?:views?|sides?|camps?|positions?|parties|forces|teams?|opinions?|stances?|directions?)\b/i.test(
          sent.text.slice(at - sent.start + m[0].length, at - sent.start + m[0].length + 14),
        ))
    )
      continue;
    // "as Russia, hit by Western sanctions, seeks new partners": an act the subject suffers,
    // done by someone unnamed.
    if (SUFFERED_BY.test(before)) continue;
    // "after the country's retaliatory attack on Israel": the act is an unnamed owner's.
    if (
      /\bthe\s+(?:country|nation|group|government|regime|militia|movement|state|army|organi[sz]ation)[’']s\s+(?:[\w-]+\s+){0,2}$/i.test(
        sent.text.slice(0, at - sent.start),
      )
    )
      continue;
    // "… used by Russia to fund its ongoing war against Ukraine": a possessive pronoun's act is its
    // referent's, which the sentence's subject need not be. "its" stands for the last body or
    // country named before it in the sentence (not a place something is in); other pronouns are
    // left unread.
    const pronounOwned =
      (ACT_NOUN.test(m[0]) || /^(?:war|invasion|campaign|offensive|crackdown|operations?)\b/i.test(m[0])) &&
      /\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
    const itsOwner = pronounOwned ? itsReferent(ctx, sent, ms, at) : undefined;
    if (pronounOwned && !itsOwner) continue;
    // "a clear message against attacks on U.S. personnel": an act named after a preposition is
    // someone else's, not the subject's.
    if (
      /^attacks?$/i.test(m[0]) &&
      /\b(?:against|about|over|to|for|from|of|amid|after|before|following|despite|on|by)\s+(?:the\s+|these\s+|those\s+|such\s+|further\s+|recent\s+|any\s+|more\s+)?$/i.test(
        before,
      )
    )
      continue;
    // "criminal organizations threatening the U.S.": the noun before the participle acts.
    if (/ing\b/i.test(m[0]) && /\b\p{Ll}{3,}s\s+$/u.test(before)) continue;
    // "in response to the Hamas attacks on Israel": a name right before the act's noun is its
    // owner; one the article does not know as an entity leaves the act's actor unknown.
    const namedLead = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(sent.text.slice(0, at - sent.start));
    if (
      namedLead &&
      namedLead.index > 0 &&
      ACT_NOUN.test(m[0]) &&
      // (A possessive owner is read below.)
      !/[’']s?$/.test(namedLead[1] ?? '') &&
      !FUNCTION_WORD_SET.has(namedLead[1]?.toLowerCase() ?? '')
    ) {
      const endAt = sent.start + namedLead.index + (namedLead[1]?.length ?? 0);
      if (!ms.some((x) => x.end === endAt && x.entity)) continue;
    }
    // "Russia’s war against Ukraine", "Russia's unprovoked invasion of Ukraine": the possessive
    // names who acts.
    const owner =
      itsOwner ??
      ms.find(
        (x) =>
          x.entity &&
          isPossessive(sent, x.tokenEnd) &&
          x.end < at &&
          OWNER_GAP.test(sent.text.slice(x.end - sent.start, at - sent.start)),
      );
    // "Los Choneros were sanctioned by the U.S. Treasury": the one after "by" acts on the subject.
    const agent = passive ? byAgent(sent, ms, at + m[0].length, cEnd) : null;
    const custody = CUSTODY.test(m[0]);
    if (agent) {
      // ("X was arrested by Colombian police": a body takes a person into custody.)
      if (custody && typeOf(ctx, agent) === 'Person') continue;
      // "X is a member of the REvil group, which has been targeted by the FBI": a relative clause
      // is of the name right before its comma, or of no one named.
      const rel = /,\s+(?:which|who)\s[^,;]*$/.exec(sent.text.slice(0, at - sent.start));
      const antecedentEnd = rel ? sent.start + rel.index : null;
      for (const x of ms) {
        if (antecedentEnd !== null && x.end !== antecedentEnd) continue;
        const placed = x.type === 'Location' && LOCATIVE.has(prevWord(sent, x.tokenStart));
        if (
          x.entity &&
          x.entity !== agent &&
          (!custody || x.type === 'Person') &&
          x.end <= at &&
          x.start >= cStart &&
          x.role !== 'qualifier' &&
          !placed &&
          !inPersonAppositive(sent, ms, x)
        )
          out.push({ type: 'OPPOSES', from: agent, to: x.entity, basis: 'opposes:verb', ...evidence(sent) });
      }
      continue;
    }
    if (passive) continue;
    // "the White House hit President X with financial sanctions": X is the target, the one named
    // before X acts; nothing after the noun is its object.
    if (/\bwith\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
      const target = ms.filter((x) => x.entity && x.end <= at && x.start >= cStart).pop();
      const by = target ? subjectOf(ctx, sent, ms, cStart, target.start) : null;
      if (target?.entity && by && by !== target.entity && !LOCATIVE.has(prevWord(sent, target.tokenStart)))
        out.push({ type: 'OPPOSES', from: by, to: target.entity, basis: 'opposes:verb', ...evidence(sent) });
      continue;
    }
    // "US airstrikes against X", "launched an attack on X": a singular act noun (or strikes) has
    // the name right before it, or the subject of a verb that does it; "criticized the attack on
    // X" tells of someone else's.
    let doer: string | null = null;
    if (/^(?:attack|(?:air)?strikes?\s.*)$/i.test(m[0]) && !owner) {
      // ("the Gaza strikes on …", "the Iran strikes": a place before the noun may be where; only a
      // country's letters ("US airstrikes") say who strikes.)
      doer =
        ms.find(
          (x) =>
            x.entity &&
            x.type !== 'Person' &&
            x.end === at - 1 &&
            (x.type !== 'Location' ||
              (!!ctx.byName.get(x.entity)?.isCountry && /^(?:\p{Lu}\.?){2,4}$/u.test(x.text))),
        )?.entity ?? null;
      if (!doer && !DOES_ACT.test(sent.text.slice(cStart - sent.start, at - sent.start))) continue;
    }
    // ("following renewed Israeli military operations against Hamas": the demonym before the act's
    // noun names who acts, which the sentence's subject is not.)
    const actNoun =
      /^(?:attacks?|(?:air)?strikes?|operations?|campaign|offensive|action|war|crackdown|invasion)\b/i.test(
        m[0],
      );
    const adjective = actNoun && !owner ? DEMONYM_BEFORE.exec(before) : null;
    const adjectiveCountry = adjective?.[1] ? lookupDemonym(adjective[1])?.country : null;
    if (adjectiveCountry) {
      if (!doer && !ctx.byName.get(adjectiveCountry)?.isCountry) continue;
      doer ??= adjectiveCountry;
    }
    // ("The US deployed forces to pressure President X, accusing him of …": a participle after a
    // comma acts with the clause's opening subject, not with a name just before it.)
    const participle =
      !owner && !doer && /ing$/i.test(m[0]) && /,\s*$/.test(sent.text.slice(0, at - sent.start));
    const openerFound = participle
      ? ms.find(
          (x) =>
            !!x.entity &&
            x.role !== 'qualifier' &&
            x.start >= cStart &&
            /^\W*(?:the\s+)?$/i.test(sent.text.slice(cStart - sent.start, x.start - sent.start)),
        )
      : undefined;
    // ("Ukraine said Russia launched drones, targeting Kyiv": not past a say-verb.)
    const opener =
      openerFound && !REPORTED_BETWEEN.test(sent.text.slice(openerFound.end - sent.start, at - sent.start))
        ? openerFound
        : undefined;
    const subject =
      owner?.entity ??
      doer ??
      opener?.entity ??
      subjectOf(ctx, sent, ms, cStart, at) ??
      authoritiesOf(ctx, sent, cStart, at);
    if (!subject || (custody && typeOf(ctx, subject) === 'Person')) continue;
    // ("Hamas … called the IDF's actions 'state terrorism,' accusing Israel": a name that only owns
    // the noun after it is not who acts.)
    if (
      !owner &&
      ms.some((x) => x.entity === subject && x.end < at && x.start >= cStart && ownsNounOnly(sent, x))
    )
      continue;
    // ("rebuked Ambassador X over her remarks about a meeting with Y": only whom the rebuke is of.)
    // ("accused X of …, a claim Caracas denies": only the one accused.)
    const firstOnly = /^(?:rebuk|accus)/i.test(m[0]);
    const objects = ms.filter((o) => {
      if (o.start <= at || o.end > cEnd || !o.entity || o.entity === subject) return false;
      if (custody && o.type !== 'Person') return false;
      if (listAt !== null && o.start > listAt && o.type !== 'Person' && o.type !== 'Cartel') return false;
      const after = sent.text.slice(o.end - sent.start, o.end - sent.start + 12);
      if (
        /^\s*(reported|reports|said|says|wrote|announced|stated|added|confirmed|noted|described)\b/.test(
          after,
        )
      )
        return false;
      // "sanctions …, in co-ordination with countries like the U.S.": partners, not targets.
      const between = sent.text.slice(at - sent.start + m[0].length, o.start - sent.start);
      if (PARTNER_LEAD.test(between)) return false;
      // "targeting Iran's minister … after the country's attack on Israel": another act's object
      // ("threatened the cartels with consequences if they attack U.S. soldiers": the condition's.)
      // ("sanctions on X over the group's attack on Israel": the reason's objects.)
      if (
        /\b(?:after|before|since|following|because|amid|when|while|whereas|if|unless|over)\b/i.test(between)
      )
        return false;
      // "condemned the Israeli strike on Hamas officials", "condemned the strike as a violation of
      // Qatar's sovereignty": whom the act under judgement hit is not whom the judgement is against.
      // ("rejected a request from Sweden to extradite X": whom the request is about is not
      // whom the rejection is against.)
      if (JUDGING.test(m[0]) && /\bto\s+(?!the\b|a\b|an\b)\p{Ll}{3,}\s/u.test(between)) return false;
      // ("sanctioned Iran for its attacks on Israel": whom the act the reason tells of hit.)
      if ((JUDGING.test(m[0]) || !ACTION.test(m[0])) && ACT_ON.test(between)) return false;
      // ("criticized the US for seizing President X": the gerund's object; "more extensive than
      // those of the EU": a comparison's; "crack down on fentanyl, X, a spokesperson, told …": the
      // speaker after the object and its comma, and whoever the speaker's apposition names.)
      if (/\bfor\s+\p{Ll}+ing\b|\bthan\b/iu.test(between)) return false;
      // ("accused the group of kidnapping X": the one accused is before "of"; X is the act's.)
      if (/^accus/i.test(m[0]) && /\bof\s+\p{Ll}+ing\b/iu.test(between)) return false;
      if (afterSpeakerAside(sent, ms, at + m[0].length, o)) return false;
      // ("condemned Beijing … in his first phone call with Foreign Secretary X": the one spoken
      // with; "attacks support Palestinians and Hamas": the ones supported.)
      if (/\b(?:call|meeting|talks|conversation|visit)\s+with\b|\bsupport(?:s|ed|ing)?\b/i.test(between))
        return false;
      // ("tariffs on India to put pressure on X to reach peace with Ukraine": a purpose's objects.)
      // ("targeting tankers …, aimed at funding its war against Ukraine": the purpose's objects.)
      if (
        /\bto\s+(?:put|reach|force|push|press|make|help|ensure|bring|get|secure|fund|finance|bypass|evade)\b|\baimed at\b/i.test(
          between,
        )
      )
        return false;
      // "sanctions on firms in transactions that involve Russia's base": named in a relative clause.
      // ("threatened governments that have been partners, including Canada": the list is the head's.)
      if (RELATIVE_CLAUSE.test(between) && !EXAMPLES_AFTER.test(between)) return false;
      // "any action against Yemen by the coalition": the one acting comes after "by" ("… and been
      // designated by the US": the one after "by" acts).
      if (/^\s+by\b/.test(after)) return false;
      if (
        /\b(?:designated|sanctioned|charged|targeted|accused|indicted|attacked|struck|listed|blacklisted)\s+by\s+(?:the\s+)?$/i.test(
          textBefore(sent, o, 40),
        )
      )
        return false;
      // "sanctioned four Mexican nationals", "violence against American citizens": people of a
      // country are not the country.
      if (
        /^\s+(?:citizens|nationals|residents|people|civilians|tourists|migrants|workers|journalists|individuals|families)\b/i.test(
          after,
        )
      )
        return false;
      // ("accusing the Mexican Senate leader": the body's officer is meant, not the body.)
      if (o.type === 'Organization' && BODY_OFFICER_AFTER.test(after)) return false;
      // "attacks by the Houthis": the one after "by" is who attacks, not whom.
      const lead = sent.text.slice(at - sent.start + m[0].length, o.start - sent.start);
      if (ACTION.test(m[0]) && /^\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(lead)) return false;
      // "Iran-backed Houthis", "Taiwan-controlled Kinmen": a place in a compound adjective.
      if (COMPOUND_MODIFIER.test(after)) return false;
      // "missiles fired from Houthi-controlled Yemen": where something came from is no target.
      if (o.type === 'Location' && FROM_BEFORE.test(textBefore(sent, o, 40))) return false;
      // "attacks by Yemen's Houthi rebels": the possessive country says whose group it is.
      if (o.type === 'Location' && isPossessive(sent, o.tokenEnd) && ownedGroup(ms, o)) return false;
      // "sanctioning Russia's two largest oil companies": the country's firms are the targets.
      if (o.type === 'Location' && OWNED_FIRMS.test(textAfter(sent, o, 80))) return false;
      // ("US sanctions Sudan RSF commander": a place right before another name is its modifier.)
      if (o.type === 'Location' && namesNext(sent, ms, o)) return false;
      // "charges against three sons of the drug kingpin X": X's relatives are charged, not X.
      if (RELATIVE_OF.test(textBefore(sent, o, 50))) return false;
      // Ships are no one's opponents in the graph's terms (a vessel is hit, its owner opposed);
      // nor are seas ("attacks on the Red Sea" are on the shipping in it).
      if (o.type === 'Ship' || ctx.byName.get(o.entity ?? '')?.kind === 'water') return false;
      // ("12 companies in Mexico linked to …": a place after "in" is where, even before a participle.)
      if (isModifier(sent, o))
        return (
          !!ctx.byName.get(o.entity ?? '')?.isCountry &&
          !(LOCATIVE.has(prevWord(sent, o.tokenStart)) && !/^(?:of|for)$/i.test(prevWord(sent, o.tokenStart)))
        );
      if (o.type === 'Cartel' || o.type === 'Person') return o.role !== 'qualifier';
      // ("Russia's invasion of Ukraine": after an owned act, the trigger's own "of" is no locative.)
      const first = firstConjunct(sent, o.tokenStart);
      const ownPrep =
        !!owner && /\s(?:of|on|at)$/i.test(m[0]) && (sent.tokens[first - 1]?.end ?? 0) === at + m[0].length;
      return (ownPrep || !LOCATIVE.has(prevWord(sent, first))) && o.role !== 'qualifier';
    });
    // "sanctioned him": the object pronoun stands for the last person named before it.
    const pronoun = /^\s+(?:\w+\s+)?(him|her)\b/i.exec(sent.text.slice(at - sent.start + m[0].length));
    const named = pronoun ? lastPersonBefore(ctx, at, pronoun[1]) : null;
    if (named && named !== subject && !objects.some((o) => o.entity === named)) {
      out.push({ type: 'OPPOSES', from: subject, to: named, basis: 'opposes:pronoun', ...evidence(sent) });
    }
    // "sanctions on three more people …. Global Affairs says gang leaders A, B and C have …": the
    // people a counted object stands for, listed in one of the next sentences, exactly as many.
    if (!objects.some((o) => o.type === 'Person')) {
      for (const to of countedLater(ctx, sent, at + m[0].length, cEnd))
        if (to !== subject)
          out.push({ type: 'OPPOSES', from: subject, to, basis: 'opposes:counted', ...evidence(sent) });
    }
    // ("Both Canada and Mexico announced tariffs against the United States": each of a pair of
    // subjects acts.)
    const subjects = owner ? [subject] : [subject, ...coSubjects(sent, ms, subject, cStart, at)];
    for (const o of firstOnly ? objects.slice(0, 1) : objects) {
      // "U.S. military deployments": the country is the one opposed, not its military.
      if (objects.some((x) => x !== o && x.start >= o.start && x.end <= o.end)) continue;
      for (const from of subjects)
        if (from !== o.entity)
          out.push({ type: 'OPPOSES', from, to: o.entity ?? '', basis: 'opposes:verb', ...evidence(sent) });
      // "sanctions on the gang Los Lobos and its leader": the leader the article names elsewhere.
      if (
        (o.type === 'Cartel' || o.type === 'Organization') &&
        ITS_LEADER.test(sent.text.slice(o.end - sent.start))
      ) {
        const leader = leaderOf(ctx, o.entity ?? '');
        if (leader && !objects.some((x) => x.entity === leader))
          for (const from of subjects)
            out.push({ type: 'OPPOSES', from, to: leader, basis: 'opposes:its-leader', ...evidence(sent) });
      }
    }
  }
  out.push(...defendedAgainst(sent, ms), ...warIn(ctx, sent, ms), ...criticOf(sent, ms));
  return out;
}

// "Russia's unprovoked invasion and subsequent war in Ukraine", "Russia's invasion in Ukraine": an
// invasion names whom it is against. (A bare "war in" does not: "Israel's war in Gaza" is fought
// there against Hamas.)
const OWNED_WAR_IN =
  /^[’']s?\s+(?:(?:[a-z-]+|and)\s+){0,4}?(?:invasion\s+(?:(?:and|or)\s+(?:[a-z-]+\s+){0,2}?(?:war|occupation)\s+)?(?:in|of)|occupation\s+of|war\s+(?:on|against))\s+(?:the\s+)?$/;

/** A country's invasion of another: the owner opposes the country invaded. */
function warIn(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const isCountry = (x: Mention): boolean => !!ctx.byName.get(x.entity ?? '')?.isCountry;
  return opposedAcross(
    sent,
    ms,
    (x) => isCountry(x) && isPossessive(sent, x.tokenEnd),
    isCountry,
    OWNED_WAR_IN,
  );
}

/**
 * OPPOSES from each named mention `from` accepts to the first later named one `to` accepts, when
 * the text between them is what `gap` reads.
 */
function opposedAcross(
  sent: Sentence,
  ms: Mention[],
  from: (x: Mention) => boolean,
  to: (y: Mention) => boolean,
  gap: RegExp,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const x of ms) {
    if (!x.entity || !from(x)) continue;
    const y = ms.find(
      (d) =>
        d.entity &&
        d.start > x.end &&
        d.entity !== x.entity &&
        to(d) &&
        gap.test(sent.text.slice(x.end - sent.start, d.start - sent.start)),
    );
    if (y?.entity)
      out.push({ type: 'OPPOSES', from: x.entity, to: y.entity, basis: 'opposes:verb', ...evidence(sent) });
  }
  return out;
}

// ", a longtime critic of", ", 68, a medical doctor and longtime critic of": the appositive's noun
// after a person.
const CRITIC_APPOSITIVE =
  /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:(?:[a-z-]+|and)\s+){0,5}?(?:critic|opponent|foe|adversary)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;

/** "Besigye, a longtime critic of President Yoweri Museveni": the person opposes the one named. */
function criticOf(sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  return opposedAcross(
    sent,
    ms,
    (x) => x.type === 'Person',
    () => true,
    CRITIC_APPOSITIVE,
  );
}

/** "supporting Ukraine against Russia's invasion": the owner of the act opposes the one defended. */
function defendedAgainst(sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const x of ms) {
    if (!x.entity || x.type === 'Person' || !isPossessive(sent, x.tokenEnd)) continue;
    if (!OWNED_ACT.test(sent.text.slice(x.end - sent.start))) continue;
    const y = ms.find(
      (d) =>
        d.entity &&
        d.entity !== x.entity &&
        /^\s+against\s+$/.test(sent.text.slice(d.end - sent.start, x.start - sent.start)),
    );
    if (y?.entity)
      out.push({ type: 'OPPOSES', from: x.entity, to: y.entity, basis: 'opposes:verb', ...evidence(sent) });
  }
  return out;
}

const OWNED_ACT =
  /^[’']s?\s+(?:[a-z-]+\s+){0,2}(?:invasion|aggression|war|attacks?|offensive|assault|occupation|bombardment)\b/;

// The act told as a noun ("attacks on", "war against"), which a name before it may own.
const ACT_NOUN =
  /^(?:attacks?|invasion of|war (?:on|against)|crackdown (?:on|against)|(?:campaign|war|offensive|operations?) against|(?:law)?suit against)$/i;

// Between an owner and its act: the possessive and at most two adjectives ("’s unprovoked ").
const OWNER_GAP = /^[’']s?\s+(?:[a-z-]+\s+){0,2}$/;

// ", including Canada, Greenland and": the names listed are the head noun's, wherever in the list.
const EXAMPLES_AFTER =
  /,\s+(?:including|such as|among them)\s+(?:the\s+)?(?:\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+))*$/u;

const PARTNER_LEAD =
  /\b(?:co-?ordination|cooperation|co-operation|partnership|conjunction|concert|tandem|coordinating|cooperating|together|along|alongside|jointly|joined by)\b/i;

const TIED = String.raw`[-‑](?:linked|backed|aligned|affiliated|sponsored|based|funded|allied)`;
const TIED_AFTER = new RegExp(String.raw`^${TIED}\b`);
const TIED_BEFORE_BRACKET = new RegExp(String.raw`${TIED}\s+\($`);

/** The body or country right after "by" following a passive verb ("… were sanctioned by X"). */
function byAgent(sent: Sentence, ms: Mention[], after: number, end: number): string | null {
  const m = /^\s+by\s+(?:the\s+)?/i.exec(sent.text.slice(after - sent.start));
  if (!m) return null;
  const at = after + m[0].length;
  const x = ms.find((o) => o.start === at && o.end <= end && o.entity && o.type !== 'Person');
  return x?.entity ?? null;
}

/** The body or group a possessive place owns: the next mention, within three tokens. */
function ownedGroup(ms: Mention[], place: Mention): Mention | undefined {
  return ms.find(
    (x) =>
      x.tokenStart > place.tokenEnd &&
      x.tokenStart <= place.tokenEnd + 6 &&
      (x.type === 'Organization' || x.type === 'Cartel'),
  );
}

/** Where the list a name closes begins: "across Europe, North America and Africa" → "Europe". */
function firstConjunct(sent: Sentence, i: number): number {
  let k = i;
  for (let steps = 0; steps < 8; steps++) {
    const w = tok(sent, k - 1);
    if (w !== ',' && w !== 'and' && w !== 'or') return k;
    let j = k - 2;
    if (w === 'and' && tok(sent, j) === ',') j--;
    if (!sent.tokens[j]?.cap) return k;
    while (j > 0 && sent.tokens[j - 1]?.cap) j--;
    k = j;
  }
  return k;
}

/** The word before token i, skipping "the". */
function prevWord(sent: Sentence, i: number): string {
  const w = tok(sent, i - 1);
  if (w === 'the') return tok(sent, i - 2);
  // "near annexed Crimea", "in northern Mali": a place's preposition before one adjective.
  const before = tok(sent, i - 2);
  return /^\p{Ll}+$/u.test(sent.tokens[i - 1]?.text ?? '') && LOCATIVE.has(before) && before !== 'of'
    ? before
    : w;
}

// A verb that does the act its noun names next: "launched a massive attack on", "carried out
// strikes on".
const DOES_ACT =
  /\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|y|ying) out|conduct(?:ed|s|ing)?|stag(?:ed|es|ing)|mount(?:ed|s|ing)?|unleash(?:ed|es|ing)?|order(?:ed|s|ing)?|resum(?:ed|es|ing)|intensif(?:ied|ies|ying)|step(?:ped|s)? up)\s+(?:(?:an?|the|its|their|new|fresh|another|more|further|several|multiple|massive|major|large-scale|deadly|overnight|retaliatory|coordinated|series|wave|of|military|air|missile|drone|ground|naval|precision|targeted)\s+){0,5}$/i;

// "… and its leader", right after a group named as an act's object.
const ITS_LEADER = /^\s+and\s+its\s+(?:top\s+|alleged\s+)?(?:leader|chief|head|boss|founder)\b(?!s)/i;

/**
 * The one person the article names as a group's leader: "the gang, led by X", "X, the leader of
 * the gang", "gang leader X" (a MEMBER_OF or HOLDS_ROLE the title readers found, or "led by").
 */
function leaderOf(ctx: ArticleContext, group: string): string | null {
  const found = new Set<string>();
  for (const sent of ctx.sentences) {
    const ms = ctx.bySentence.get(sent.index) ?? [];
    for (const g of ms) {
      if (g.entity !== group) continue;
      const led = /^,?\s+(?:which\s+is\s+|who\s+(?:is|are)\s+)?led\s+by\s+/i.exec(
        sent.text.slice(g.end - sent.start),
      );
      // ("Indirect talks with Hamas, led by X": the talks are led, not the group.)
      if (!led || LED_ACT_BEFORE.test(textBefore(sent, g, 40))) continue;
      const p = ms.find((x) => x.type === 'Person' && x.entity && x.start === g.end + led[0].length);
      if (p?.entity) found.add(p.entity);
    }
    for (const p of ms) {
      if (p.type !== 'Person' || !p.entity) continue;
      const title =
        /^,\s+(?:the\s+)?(?:alleged\s+|reputed\s+|top\s+)?(?:leader|head|chief|boss)\s+of\s+(?:the\s+)?/i.exec(
          sent.text.slice(p.end - sent.start),
        );
      if (title && ms.some((x) => x.entity === group && x.start === p.end + title[0].length))
        found.add(p.entity);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

// A demonym, then up to two lower-case words, right before an act's noun ("Israeli military ").
const DEMONYM_BEFORE = /\b(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

// A country's firms or people after its possessive: "Russia’s two largest oil companies".
const OWNED_FIRMS =
  /^[’']s?\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:companies|company|firms|producers|exporters|banks|businesses|suppliers|subsidiaries|entities|oligarchs|officials|nationals)\b/u;

/** A place right before another name or an acronym ("Sudan RSF commander"): it modifies that name. */
function namesNext(sent: Sentence, ms: Mention[], o: Mention): boolean {
  if (
    ms.some((x) => x.tokenStart === o.tokenEnd && x.entity && x.entity !== o.entity && x.type !== 'Location')
  )
    return true;
  const next = sent.tokens[o.tokenEnd]?.text ?? '';
  return /^\p{Lu}{2,}$/u.test(next);
}

// "U.S. intervention": a country used as a modifier still names who is opposed (a region does
// not: "annexing the Arctic territory").
function isModifier(sent: Sentence, o: Mention): boolean {
  const next = sent.tokens[o.tokenEnd]?.text ?? '';
  return o.type === 'Location' && /^\p{Ll}/u.test(next) && !FUNCTION_WORD_SET.has(next);
}

// "on three influential figures of …:", "against the following individuals:", "on two people:".
const COUNTED_TARGETS =
  /^\s+(?:on|against)\s+(?:the\s+following|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+)[^:;]{0,80}$/i;

/**
 * Where the list of a sanction's counted targets starts ("sanctions on three gang leaders: A, B
 * and C" — the colon ends the clause), or null.
 */
function targetList(sent: Sentence, m: RegExpMatchArray, at: number, clauseEnd: number): number | null {
  if (!/^sanction/i.test(m[0]) || sent.text.charAt(clauseEnd - sent.start) !== ':') return null;
  const upTo = sent.text.slice(at - sent.start + m[0].length, clauseEnd - sent.start);
  return COUNTED_TARGETS.test(upTo) ? clauseEnd : null;
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// " on three more people", " against five alleged senior leaders", " two far-right … ministers".
const COUNTED_PEOPLE = new RegExp(
  String.raw`^\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:(?:on|against)\s+)?(\d|${NUMBER_WORDS.join('|')})\s+(?:(?:more|other|additional)\s+)?(?:[\w’'-]+\s+){0,4}?(?:people|persons|individuals|men|women|leaders|ministers|officials|members|figures|nationals|executives|suspects|defendants|commanders)\b`,
  'i',
);

const LISTS_THEM =
  /^(?:the|those)\s+(?:[\w’'-]+\s+){0,3}?(?:facing charges|charged|indicted|sanctioned|designated|named|targeted|arrested|extradited)\s+(?:include|includes|included|are|were)\b/i;

/**
 * The people a counted object after `from` stands for ("sanctions on three more people"), when one
 * of the next three sentences lists exactly that many people ("A, B and C", "A and B") and names
 * no other person; else none.
 */
export function countedLater(ctx: ArticleContext, sent: Sentence, from: number, clauseEnd: number): string[] {
  const counted = COUNTED_PEOPLE.exec(sent.text.slice(from - sent.start, clauseEnd - sent.start));
  if (!counted) return [];
  const word = counted[1]?.toLowerCase() ?? '';
  const n = /^\d$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word) + 2;
  for (let k = sent.index + 1; k <= sent.index + 6; k++) {
    const next = ctx.sentences[k];
    if (!next) break;
    // (Further on, only a sentence that says it lists them: "The leaders facing charges include: …".)
    if (k > sent.index + 3 && !LISTS_THEM.test(next.text)) continue;
    const people = (ctx.bySentence.get(k) ?? []).filter((x) => x.type === 'Person' && x.entity);
    const names = [...new Set(people.map((x) => x.entity ?? ''))];
    if (names.length !== n) continue;
    const listed = people.every(
      (x, i) =>
        i === 0 ||
        // ("A (“El Abuelo”), B (“Poncho”) and C": a nickname in parentheses is part of the item.)
        LIST_GAP.test(
          next.text
            .slice(people[i - 1]!.end - next.start, x.start - next.start)
            .replace(/^\s*\([^()]{1,40}\)/, ''),
        ),
    );
    return listed ? names : [];
  }
  return [];
}

/**
 * "… crack down on fentanyl, Jeremy X, a spokesperson for Mr. Y, told …": after a common noun and
 * its comma, a person in apposition ("X, a …") or before a verb of saying starts the reporting
 * clause; neither X nor anyone after X is the act's object.
 */
function afterSpeakerAside(sent: Sentence, ms: Mention[], from: number, o: Mention): boolean {
  const gap = /\b\p{Ll}{3,},\s+/u.exec(sent.text.slice(from - sent.start, o.start - sent.start + 1));
  if (!gap) return false;
  const at = from + gap.index + gap[0].length;
  const x = ms.find((y) => y.start === at && y.type === 'Person');
  return (
    !!x &&
    /^\s*,\s+(?:a|an|the|his|her)\s|^\s+(?:said|says|told|added|noted)\b/.test(
      sent.text.slice(x.end - sent.start),
    )
  );
}

/** True when the mention is a possessive before a common noun ("the IDF's actions"). */
function ownsNounOnly(sent: Sentence, x: Mention): boolean {
  // ("Venezuela's government blasted …": a state's government, leaders or forces are the state.)
  return (
    isPossessive(sent, x.tokenEnd) &&
    /^\s*[’']s?\s+\p{Ll}/u.test(sent.text.slice(x.end - sent.start)) &&
    !/^\s*[’']s?\s+(?:\p{Ll}+\s+)?(?:government|administration|authorities|regime|leaders?|leadership|officials|military|forces|army|navy|ministry|president|cabinet|foreign ministry)\b/u.test(
      sent.text.slice(x.end - sent.start),
    )
  );
}

// "Since Russia's invasion of Ukraine, Germany has sent …": an opening adverbial phrase ends at
// its comma (unless a list goes on after it: "After strikes on Poland, Lithuania and Latvia, …").
const FRONTED =
  /^\W*(?:After|Since|Following|Amid|Before|Despite|During|Until|Given|In the wake of|In response to|Because of)\s(?:[^,;]|,(?=\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s*(?:,|\s(?:and|or)\s)))*(?=,)/u;

// "Mexican authorities arrested X", "Chinese officials have criticized Y": a demonym and the
// country's agents open the clause right before its verb.
const AUTHORITIES_LEAD =
  /^\W*(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+(?:(?:federal|national|state|security|military|law enforcement|judicial|naval|government)\s+)?(?:authorities|police|forces|troops|officials|prosecutors|soldiers|agents|officers|government|navy|army|military|marines|coast guard)\s+(?:(?:have|has|had|also|on\s+\p{Lu}\p{Ll}+day|later|then|reportedly)\s+){0,2}$/u;

/** The country whose agents a clause opens with ("Mexican authorities"), if the article names it. */
function authoritiesOf(ctx: ArticleContext, sent: Sentence, from: number, at: number): string | null {
  const lead = AUTHORITIES_LEAD.exec(sent.text.slice(from - sent.start, at - sent.start));
  const country = lead?.[1] ? lookupDemonym(lead[1])?.country : null;
  return country && ctx.byName.get(country)?.isCountry ? country : null;
}

/**
 * Whom "its" before the act at `at` stands for: the last body or country named before it in the
 * sentence, when no place word ("in", "near" …) puts that name where something is ("Russia started
 * its full-scale invasion of Ukraine", "the EU sanctioned Iran for its attacks on Israel").
 */
function itsReferent(ctx: ArticleContext, sent: Sentence, ms: Mention[], at: number): Mention | undefined {
  if (!/\bits\s+(?:[\w-]+\s+){0,2}$/i.test(sent.text.slice(0, at - sent.start))) return undefined;
  const last = ms.filter((x) => x.entity && x.end < at && x.role !== 'qualifier').pop();
  if (!last || last.type === 'Person' || last.type === 'Ship') return undefined;
  if (last.type === 'Location' && !ctx.byName.get(last.entity ?? '')?.isCountry) return undefined;
  if (LOCATIVE.has(prevWord(sent, last.tokenStart)) && prevWord(sent, last.tokenStart) !== 'by')
    return undefined;
  return last;
}

function clauseBounds(sent: Sentence): Array<[number, number]> {
  const cuts = [sent.start];
  const fronted = FRONTED.exec(sent.text);
  if (fronted) cuts.push(sent.start + fronted[0].length);
  for (const m of sent.text.matchAll(CLAUSE_END)) cuts.push(sent.start + (m.index ?? 0));
  for (const m of sent.text.matchAll(NEW_SUBJECT)) cuts.push(sent.start + (m.index ?? 0));
  for (const m of sent.text.matchAll(NEW_SUBJECT_BARE)) cuts.push(sent.start + (m.index ?? 0));
  cuts.sort((a, b) => a - b);
  cuts.push(sent.end);
  return cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1] ?? sent.end]);
}

/**
 * The person a pronoun at `offset` stands for ("he"/"she", "him"/"her"): the one the sentence
 * before opened with when `offset` starts a sentence, else the last person named, passing over
 * people whose first name the name data gives the other gender ("he" after "Annalena Baerbock" is
 * the man named before her).
 */
export function lastPersonBefore(ctx: ArticleContext, offset: number, pronoun?: string): string | null {
  const said = PRONOUN_GENDER[pronoun?.toLowerCase() ?? ''];
  const before = ctx.mentions.filter((m) => m.start < offset && m.type === 'Person' && m.entity);
  // A sentence that opens with "He …" goes on about the person the sentence before opened with
  // ("Zambada, 77, cofounded the cartel with X. He was arrested …" is Zambada).
  const here = ctx.sentences.find((s) => s.start === offset);
  const prev = ctx.sentences[(here?.index ?? 0) - 1];
  const opener =
    here && prev ? before.find((m) => m.sentence === prev.index && opensSentence(m, prev)) : undefined;
  // The name data's gender for a full name's first word, where it says one, matches the pronoun's.
  const fits = (name: string): boolean => {
    const known = said && name.includes(' ') ? givenNameGender(name.split(/\s+/)[0] ?? '') : null;
    return !known || known === said;
  };
  if (opener?.entity && fits(opener.entity)) return opener.entity;
  for (let i = before.length - 1; i >= 0; i--) {
    const name = before[i]?.entity ?? '';
    if (fits(name)) return name;
  }
  return null;
}

/**
 * Whether a person's name opens its sentence, bare ("Zambada, 77, …") or after its own title and
 * that title's country ("Colombian Defense Minister Pedro Sánchez met …").
 */
function opensSentence(m: Mention, sent: Sentence): boolean {
  if (!m.title) return m.tokenStart <= 1;
  const before = sent.text.slice(0, m.start - sent.start).trimEnd();
  if (!before.toLowerCase().endsWith(m.title.title.toLowerCase())) return false;
  const lead = before.slice(0, before.length - m.title.title.length).trim();
  return !/[,;:]/.test(lead) && lead.split(/\s+/).filter(Boolean).length <= 2;
}

const PRONOUN_GENDER: Record<string, 'male' | 'female'> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
};

function subjectOf(
  ctx: ArticleContext,
  sent: Sentence,
  ms: Mention[],
  from: number,
  at: number,
): string | null {
  let start = from;
  for (const r of sent.text.slice(from - sent.start, at - sent.start).matchAll(REPORTING))
    start = from + (r.index ?? 0) + r[0].length;
  const cands = ms.filter((m) => m.start >= start && m.end <= at && m.entity && m.role !== 'qualifier');
  const person = cands.find((m) => m.type === 'Person');
  const pronoun = sent.tokens.find((t) => t.start >= start && t.end <= at && /^(he|she)$/i.test(t.text));
  if (person && (!pronoun || person.start < pronoun.start)) return person.entity ?? null;
  if (pronoun) return lastPersonBefore(ctx, pronoun.start, pronoun.text);
  // Not a place the act happens in ("an airstrike in south Lebanon").
  const other = cands.find(
    (m) =>
      (m.type === 'Organization' || m.type === 'Location') &&
      !/\b(?:in|at|from|near|off|representing)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/i.test(
        textBefore(sent, m, 30),
      ) &&
      // "Ukraine's allies announced sanctions": the allies act ("Mexico's most powerful drug
      // cartels ordered attacks": so do the country's groups).
      !(isPossessive(sent, m.tokenEnd) && othersOrGroupsOf(sent.text.slice(m.end - sent.start))) &&
      // "The statement described Iran as a sponsor of terrorism, alleging … attacks": the one a
      // naming verb names is its object, not who acts.
      !NAMED_AS_BEFORE.test(textBefore(sent, m, 30)) &&
      // "At the request of the Government of X, Y conducted strikes": X asked, Y acts.
      !ON_BEHALF.test(sent.text.slice(start - sent.start, m.start - sent.start)) &&
      // "China-linked cyber actors continue to target …": the actors act, tied to the place.
      // ("China-linked (PRC) actors": nor is its short form in brackets after that word.)
      !TIED_AFTER.test(sent.text.slice(m.end - sent.start)) &&
      !TIED_BEFORE_BRACKET.test(textBefore(sent, m, 30)),
  );
  // "Mexico's President rejects …": a country's title with no name after it is the person the
  // article names with that title, or no one it can tell.
  if (other && isPossessive(sent, other.tokenEnd) && ctx.byName.get(other.entity ?? '')?.isCountry) {
    const key = titleAt(sent, other.tokenEnd + 1);
    if (key) return titledPerson(ctx, other.entity ?? '', key);
  }
  return other?.entity ?? null;
}

/** The lower-cased title that starts at token i ("president", "foreign minister"), if one does. */
function titleAt(sent: Sentence, i: number): string | null {
  const words = sent.tokens.slice(i, i + 4).map((t) => t.text.toLowerCase());
  const found = (TITLES_BY_FIRST.get(words[0] ?? '') ?? []).find((t) => t.every((w, k) => words[k] === w));
  return found ? found.join(' ') : null;
}

/** The one person the article names with that title of that country ("Mexican President X"). */
function titledPerson(ctx: ArticleContext, country: string, key: string): string | null {
  const people = titleHolders(ctx, country, (k) => k === key);
  return people.size === 1 ? ([...people][0] ?? null) : null;
}

/**
 * The names joined to the subject by "and" (or a list's commas) before the verb, of the subject's
 * own type: "Canada and Mexico announced …". Only where the pair opens the clause and nothing but
 * the verb's auxiliaries follows it.
 */
function coSubjects(sent: Sentence, ms: Mention[], subject: string, from: number, at: number): string[] {
  const first = ms.find((x) => x.entity === subject && x.start >= from && x.end <= at);
  if (!first) return [];
  const out: string[] = [];
  let last = first;
  for (const y of ms) {
    if (y.start <= last.end || y.end > at || !y.entity || y.type !== first.type || y.role === 'qualifier')
      continue;
    if (
      !/^\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:the\s+)?$/.test(
        sent.text.slice(last.end - sent.start, y.start - sent.start),
      )
    )
      break;
    out.push(y.entity);
    last = y;
  }
  // (Only a pair that is the subject: "Canada and Mexico announced", not "Canada and Mexico's …".)
  const rest = sent.text.slice(last.end - sent.start, at - sent.start);
  return out.length &&
    /^\s+(?:(?:both|also|jointly|each|have|has|had|will|would|then|later|quickly)\s+)*(?:[a-z]+(?:ed|s)\s+(?:(?:new|retaliatory|fresh|further|more|additional|reciprocal|their|its|the|a)\s+)*)?$/.test(
      rest,
    )
    ? out
    : [];
}

/** A side named in "at the request of …", "in coordination with …" before the one who acts. */
const ON_BEHALF =
  /\b(?:(?:at|on|upon)\s+the\s+(?:request|behalf|invitation|initiative)\s+of|in\s+(?:coordination|cooperation|partnership|conjunction)\s+with|(?:together\s+)?with\s+the\s+(?:help|support|assistance)\s+of)\b[^,;]*$/i;

const othersOrGroupsOf = (rest: string): boolean => OTHERS_OF.test(rest) || GROUPS_OF.test(rest);

/**
 * A country's non-state groups, which act on their own: "Mexico's most powerful drug cartels",
 * "Yemen's Houthi group".
 */
const GROUPS_OF =
  /^[’']s?\s+(?:[\w-]+\s+){0,3}(?:cartels?|gangs?|groups?|militias?|rebels|militants|insurgents|traffickers|smugglers|criminals|syndicates?|mafias?|clans?)\b/i;

/** "opposition to the new tariffs on …", "in response to the attacks on …": another's act. */
const REACTED_TO =
  /\b(?:opposition|objections?|response|reaction|responding|reacting|protests?|protested|protesting|condemnation)\s+(?:to|against|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}$/i;

/** An "if"/"unless" clause before the act in its clause: the act is a condition, not a fact. */
const CONDITION = /\b(?:if|unless|in case|in the event that)\s[^,;]*$/i;

/** Others defined by whom they stand with or against: "Ukraine's allies", "Russia's critics". */
export const OTHERS_OF =
  /^[’']s?\s+(?:[\w-]+\s+)?(?:allies|partners|neighbou?rs|critics|opponents|enemies|rivals|supporters|backers|friends)\b/i;

// "Russia summoned the United States ambassador", "India expels Canadian diplomat", "ordered an
// immediate recall of its ambassadors from Ireland and Norway": a government acting against
// another's envoy (or recalling its own from there) opposes that country. The country is the
// demonym or the place before the envoy's noun, or the places after "from" of a recall.
const DIPLOMATIC_ACT = new RegExp(
  String.raw`\b(expel(?:s|led|ling)?|expulsion of|summon(?:s|ed|ing)?(?: and \p{Ll}+)?|recall(?:s|ed|ing)?(?: of)?|sends? home|sent home)\s+` +
    String.raw`(?:(?:the|its|their|an?|two|three|four|five|several|\d+)\s+)?(?:(?:immediate|senior|top|acting)\s+)*` +
    String.raw`(?:([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2})\s+)?(?:ambassadors?|envoys?|diplomats?|high commissioner|consuls?|charg[ée]s? d[’']affaires)\b` +
    String.raw`(?:\s+(from)\s+)?`,
  'gu',
);
// "threatened to expel", "could recall", "the decision to expel": not (yet) done.
const NOT_DONE_BEFORE =
  /\b(?:to|could|would|may|might|will|should|threaten(?:s|ed)?(?: to)?|not|never)\s+(?:\p{Ll}+\s+)?$/u;

export function diplomaticActs(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of sent.text.matchAll(DIPLOMATIC_ACT)) {
    const at = sent.start + (m.index ?? 0);
    const before = sent.text.slice(0, m.index ?? 0);
    if (NOT_DONE_BEFORE.test(before) || PASSIVE_BEFORE.test(before)) continue;
    const end = at + m[0].length;
    // The country whose envoy it is: a demonym, or a named country before the envoy's noun.
    const written = m[2] ?? '';
    const demonym = written ? lookupDemonym(written)?.country : undefined;
    const named = ms.find(
      (x) => x.type === 'Location' && x.entity && x.start > at && x.end <= end && x.text === written,
    );
    const targets = new Set<string>();
    const country = demonym ?? named?.entity;
    if (country && ctx.byName.get(country)?.isCountry) targets.add(country);
    // "recall of its ambassadors from Ireland and Norway": the countries it recalls them from.
    if (m[3] && /^recall/i.test(m[1] ?? '')) {
      for (const x of ms) {
        if (x.start < end || !x.entity || !ctx.byName.get(x.entity)?.isCountry) continue;
        const gap = sent.text.slice(end - sent.start, x.start - sent.start);
        if (!/^(?:(?:[\p{Lu}][\p{L}.-]*\s*)+(?:,\s*|\s+and\s+))*(?:the\s+)?$/u.test(gap)) break;
        targets.add(x.entity);
      }
    }
    if (targets.size === 0) continue;
    // Who acts: the sentence's subject, the first country, body or person named before the verb.
    const subject = ms.find(
      (x) =>
        x.end <= at &&
        !!x.entity &&
        x.role !== 'qualifier' &&
        (x.type === 'Location'
          ? !!ctx.byName.get(x.entity)?.isCountry
          : x.type === 'Organization' || x.type === 'Person'),
    );
    if (!subject?.entity) continue;
    for (const t of targets)
      if (t !== subject.entity)
        out.push({
          type: 'OPPOSES',
          from: subject.entity,
          to: t,
          basis: 'opposes:diplomatic',
          ...evidence(sent),
        });
  }
  return out;
}

// "X, also known as Y, is wanted in Chile and Venezuela", "X is wanted by the FBI": the places or
// bodies that want the person act against them.
const WANTED =
  /^(?:,[^,;]{1,60},|,)?\s+(?:is|are|was|were|remains|remain|had been|has been|have been)\s+(?:also\s+|still\s+|currently\s+)?wanted\s+(?:in|by)\s+(?:the\s+)?$/i;

/** OPPOSES from the places or bodies a named person is wanted in or by (the clause's list of them). */
export function wantedBy(_ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const p of ms) {
    if (p.type !== 'Person' || !p.entity) continue;
    let i = ms.indexOf(p) + 1;
    // (The person's own alias in apposition is no one else.)
    while (ms[i]?.entity === p.entity) i++;
    let x = ms[i];
    if (!x?.entity || !WANTED.test(sent.text.slice(p.end - sent.start, x.start - sent.start))) continue;
    for (let prev = p; x?.entity && (x.type === 'Location' || x.type === 'Organization');) {
      if (prev !== p && !LIST_JOINT.test(sent.text.slice(prev.end - sent.start, x.start - sent.start))) break;
      out.push({
        type: 'OPPOSES',
        from: x.entity,
        to: p.entity,
        role: null,
        basis: 'opposes:wanted',
        ...evidence(sent),
      });
      prev = x;
      x = ms[ms.indexOf(x) + 1];
    }
  }
  return out;
}

// "extradited X to the United States", "X was extradited to the US": the country a person is sent
// to for trial is the one acting against that person (the country sending him only complies).
const EXTRADITED = /\bextradit(?:ed|es|e|ing)\b/gi;
const TO_DESTINATION = /^[^;:]{0,80}?\bto\s+(?:the\s+)?$/i;
const NOT_DONE =
  /\b(?:refus\w*|declin\w*|reject\w*|block\w*|halt\w*|seek\w*|sought|request\w*|ask\w*|want\w*|plan\w*|fight\w*|fought|oppos\w*|avoid\w*|resist\w*|against being|bid to|attempts? to|efforts? to)\s+(?:to\s+|being\s+)?(?:be\s+)?$|\b(?:ask|urg|press|push|demand|call)\w*\s+(?:on\s+)?(?:[\w.’'-]+\s+){1,4}to\s+$/i;
const PASSIVE_EXTRADITED =
  /^(?:,[^,;]{1,80},)?\s+(?:was|were|has been|had been|have been|is being|will be)\s+$/i;

/** OPPOSES from the country a named person is extradited to, to that person. */
export function extraditedTo(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of sent.text.matchAll(EXTRADITED)) {
    const at = sent.start + (m.index ?? 0);
    const verbEnd = at + m[0].length;
    // ("refused to extradite X", "may be extradited", "seeks to extradite X": not done.)
    const lead = sent.text.slice(Math.max(0, at - sent.start - 45), at - sent.start);
    if (NEGATION.test(lead.slice(-20)) || HYPOTHETICAL.test(lead) || NOT_DONE.test(lead)) continue;
    const dest = ms.find(
      (x) =>
        x.start > verbEnd &&
        x.entity &&
        !!ctx.byName.get(x.entity)?.isCountry &&
        TO_DESTINATION.test(sent.text.slice(verbEnd - sent.start, x.start - sent.start)),
    );
    if (!dest?.entity) continue;
    // Active: the person named between the verb and "to"; passive: the person right before "was".
    const between = ms.filter(
      (x) => x.type === 'Person' && x.entity && x.start > verbEnd && x.end <= dest.start,
    );
    const passive = ms.filter(
      (x) =>
        x.type === 'Person' &&
        x.entity &&
        x.end <= at &&
        PASSIVE_EXTRADITED.test(sent.text.slice(x.end - sent.start, at - sent.start)),
    );
    const people = new Set([...between, ...passive].map((x) => x.entity ?? ''));
    for (const p of people)
      if (p !== dest.entity)
        out.push({
          type: 'OPPOSES',
          from: dest.entity,
          to: p,
          role: null,
          basis: 'opposes:extradited',
          ...evidence(sent),
        });
  }
  return out;
}

// "The FGR announced the arrest of four alleged CJNG members", "the FGR's announcement of the
// arrest of X": the body that announces a custody it made acts against whom it took.
// ("… confirmed today the arrest of X", "an announcement by the FGR of the arrest of …".)
const ANNOUNCED_CUSTODY =
  /\b(?:announc(?:ed|es|ing)|confirm(?:ed|s|ing)|announcement|confirmation)(\s+by\s+[^,;]{2,80}?)?\s+(?:(?:today|yesterday|on\s+\w+day|\w+day)\s+)?(?:of\s+)?(?:the\s+)?(?:arrests?|capture|detention|apprehension)\s+(?:[\w’'-]+\s+){0,3}?of\s+(?:the\s+)?/gi;

/** OPPOSES from a body or country announcing an arrest, to the person or group arrested. */
export function announcedCustody(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of sent.text.matchAll(ANNOUNCED_CUSTODY)) {
    const at = sent.start + (m.index ?? 0);
    const end = at + m[0].length;
    if (NEGATION.test(sent.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) continue;
    // Who announces: the possessive owner of "announcement", else the clause's body or country.
    const owner = ms.find(
      (x) =>
        x.entity &&
        x.end < at &&
        isPossessive(sent, x.tokenEnd) &&
        /^[’']s?\s+$/.test(textBetween(sent, x.end, at)),
    );
    const [cStart] = clauseBounds(sent).find(([a, b]) => at >= a && at < b) ?? [sent.start];
    const byAt = m[1] ? at + m[0].indexOf(m[1]) : -1;
    const named = m[1]
      ? ms.find((x) => x.entity && x.start >= byAt && x.end <= byAt + m[1]!.length)
      : undefined;
    const by = m[1]
      ? named?.entity
      : (owner?.entity ?? subjectOf(ctx, sent, ms, cStart, at) ?? authoritiesOf(ctx, sent, cStart, at));
    if (!by || typeOf(ctx, by) === 'Person' || typeOf(ctx, by) === 'Cartel') continue;
    // Whom: the person right after "of", or the group whose members were taken ("four alleged CJNG members").
    const next = ms.find((x) => x.start >= end && x.entity);
    if (!next?.entity || next.entity === by) continue;
    const gap = textBetween(sent, end, next.start);
    const person = next.type === 'Person' && gap.trim() === '';
    const group =
      next.type === 'Cartel' &&
      /^(?:(?:\w+|\d+)\s+){0,3}$/.test(gap) &&
      /^(?:\s*\([^)]*\))?\s+(?:gang\s+|cartel\s+)?(?:members|leaders|operatives|suspects)\b/i.test(
        textAfter(sent, next, 40),
      );
    if (person || group)
      out.push({
        type: 'OPPOSES',
        from: by,
        to: next.entity,
        role: null,
        basis: 'opposes:verb',
        ...evidence(sent),
      });
  }
  return out;
}

const textBetween = (sent: Sentence, a: number, b: number): string =>
  sent.text.slice(a - sent.start, b - sent.start);
