/**
 * News outlets count as entities only when the article cites them as a source (ANNOTATION.md):
 * "according to The Associated Press", "the AP reported", "in a Fox News interview". A masthead,
 * a link label ("AP News+1") or a credit line is not a citation.
 */
import { textBefore } from './context';
import type { EntityGroup } from './entities';
import type { Sentence } from './model';

const OUTLET_TAIL =
  /\b(News Agency|Press Agency|News Service|News|Times|Post|Journal|Press|Herald|Gazette|Telegraph|Tribune|Guardian|Mail|Today|Daily|Radio|Television|Broadcasting|Reuters|Bloomberg|Al Jazeera|CNN|BBC|NPR|AFP|AP|NYT|WSJ)$/;
const CITED_BEFORE =
  /(?:\b(according to(?: (?:an?|the) )?|told|citing|revealed to|confirmed to|said to|in an? (?:(?:exclusive|phone|telephone) )?(?:interview |conversation )?with|(?:speaking|spoke|talking|talked) to|as per|(?:seen|witnessed) by an?|interview\b[^.;,]{0,40}?\bwith|appeared in|via|cited by|first reported by|reported by|quoted by|carried by|statement to|reports? (?:from|by|in)|(?:as )?reported|reports)|(?:^|[,”"]\s*)reported)\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+)?(?:media\s+)?(?:broadcaster|newspaper|daily|outlet|channel|network|magazine|website|news agency|wire service)\s+)?$/iu;
// ("both Reuters and Bloomberg reported": each of a pair of outlets before the verb.)
const CITED_AFTER =
  /^(?:[’']s)?\s*(?:\([^)]{1,10}\)\s*)?(?:and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4})?(?:\w+\s+)?(reported|reports|reporting|said|says|wrote|interview|report|article|story|found|obtained|learned|confirmed|quoted|investigation|analysis|journalists?|reporters?|correspondents?|photographers?|(?:was|were)\s+told|(?:was|were)\s+(?:the\s+)?first\s+to\s+report|(?:was|were)\s+(?:unable|not able)\s+to\s+(?:independently\s+)?verify|could\s+not\s+(?:independently\s+)?verify)\b/iu;

/** True when a group is a news outlet. */
export function isOutlet(g: EntityGroup): boolean {
  return g.type === 'Organization' && OUTLET_TAIL.test(g.name);
}

// Wire services whose names carry no outlet word: like other outlets, entities only where the
// article cites them, and they report events, never take part in them.
const WIRE_SERVICE =
  /\b(?:Agence France-Presse|Xinhua|Kyodo|Jiji|Yonhap|KCNA|Interfax|TASS|Anadolu Agency|EFE|ANSA|Sputnik|RIA Novosti|Bernama|Antara|WAM|Wam|KUNA|QNA|MENA|IRNA|ISNA|Tasnim|PTI|IANS|ANI|Lusa|Europa Press|Prensa Latina|Notimex|Télam|Ukrinform|BelTA|PAP|dpa|DPA)$/;

/** "state news agency Wam reported": the kind of outlet, right before its name. */
export const OUTLET_KIND_BEFORE =
  /\b(?:news agency|press agency|wire service|newspaper|daily|broadcaster|tabloid|news outlet|news site|news website|TV channel|television channel|radio station|state media|state television|state TV)\s+$/i;

/** True when a group is a news outlet or a wire service. */
export function reportsNews(g: EntityGroup): boolean {
  return isOutlet(g) || (g.type === 'Organization' && WIRE_SERVICE.test(g.name));
}

/** Removes outlets never cited as a source, and unlinks their mentions. */
export function dropUncitedOutlets(groups: EntityGroup[], sentences: Sentence[]): EntityGroup[] {
  return groups.filter((g) => {
    if (!reportsNews(g)) return true;
    const cited = g.mentions.some((m) => {
      const sent = sentences[m.sentence];
      if (!sent) return false;
      const before = textBefore(sent, m, 70);
      const after = sent.text.slice(m.end - sent.start, m.end - sent.start + 30);
      return CITED_BEFORE.test(before) || CITED_AFTER.test(after);
    });
    if (!cited) for (const m of g.mentions) m.entity = undefined;
    return cited;
  });
}
