/**
 * Event triggers: for each event type, the phrases that state it. Types whose events are often
 * hypothetical in news ("could strike", "any deployments", "called for strikes") are checked for
 * modality before they count.
 */
import type { EventType } from '../../domain/types';

/** One trigger rule. */
export interface Trigger {
  type: EventType;
  re: RegExp;
  /** Skip the sentence when it is hypothetical, negated or a call for the event. */
  factual?: boolean;
  /** Skip the sentence when the event has not happened yet (`NOT_YET`). */
  pastOnly?: boolean;
  /** Needs at least one person among the participants (meetings, calls). */
  needsPerson?: boolean;
  /** Needs at least this many people among the participants ("X and Y spoke"). */
  minPersons?: number;
  /** Needs a ship among the participants ("USS X arrived in …"). */
  needsShip?: boolean;
  /** Needs a person or a criminal group among the participants (extraditions). */
  needsPersonOrCartel?: boolean;
  /** Needs a cartel among the participants (designations). */
  needsCartel?: boolean;
  /** Needs a body or an armed group among the participants (attacks told as a noun). */
  needsGroup?: boolean;
  /** Verb for the summary. */
  verb: string;
}

/** An adverb or auxiliary between a speaker and a stance verb ("X also praised", "X has expressed"). */
const SPEAKER_ADVERB = String.raw`(?:(?:also|publicly|has|have|had|later|again|then|strongly|quickly|swiftly|repeatedly|openly)\s)?`;

/**
 * Verbs of a stance a speaker takes: urging, condemning, praising, thanking, denying a claim,
 * welcoming a decision or a deal (not a visitor: that is a meeting). What
 * a named speaker does with them is a statement (TRIGGERS), and what it is about ends at the next
 * comma (events.ts).
 */
export const STANCE_VERB =
  /urged|condemned|denounced|praised|applauded|hailed|lauded|criticized|criticised|slammed|blasted|stressed|emphasized|emphasised|thanked|expressed|denied(?=\s+(?:that|there|any|having|being|the\s+(?:allegations?|claims?|reports?|accusations?|charges?))\b)|offered\s+(?:his|her|their|its)\s+(?:condolences|sympathies|sympathy)|welcomed(?=\s+(?:(?:the|a|an|this|his|her|their|its)\s+|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,4}[’']s\s+)?(?:[\w-]+\s+){0,2}(?:decision|move|agreement|announcement|deal|news|release|step|outcome|progress|vote|approval|commitment|initiative|proposal|efforts?|results?|accession|ceasefire|truce|plan|pledge)\b)/u;

const W = "[\\w’'-]+";

/**
 * An act done with help, told by its bare verb: "helped arrest X", "worked with the Coast Guard to
 * seize …" (the act happened; "plans to seize" is caught by the modality check, and "has worked
 * with X to arrest …" is a habit).
 */
/** "detained a Greek oil tanker", "impounded the vessel": a ship held is seized, not arrested. */
const SHIP_OBJECT = String.raw` (?:the |a |an |two |three |its |their )?(?:[\w’'-]+ ){0,3}?(?:tankers?|ships?|vessels?|boats?|trawlers?|freighters?|carriers?|yachts?|dhows?|barges?)\b`;

/** " suicide drones", " two ballistic missiles": weapons right after "deployed" (a strike, not a
 * deployment: the DEPLOYMENT and STRIKE triggers read the same words). */
const WEAPONS = String.raw` (?:[\w-]+ ){0,2}(?:drones|missiles|rockets)`;

/** "the Canadian ambassador", "a senior diplomat", "its ambassadors": the object of an act against envoys. */
const ENVOY_OBJECT = String.raw`(?:(?:the|its|their|an?|two|three|\d+) )?(?:(?:immediate|senior|top) )*(?:[A-Z][\w-]+ )?(?:ambassadors?|envoys?|diplomats?|high commissioner)`;

const AIDED = String.raw`(?<=\b(?:helped|helping)\s+(?:to\s+)?|(?<!\b(?:has|have)\s+)\b(?:collaborated|worked|teamed up|partnered|joined forces|cooperated|coordinated)\s+with\s+[^;:]{1,200}?\s+to\s+)`;

const AGREEMENT_NOUNS = String.raw`(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|contracts?|memorand(?:um|a)(?: of understanding)?|MoUs?)`;

/** The triggers, in output order for one sentence. */
export const TRIGGERS: readonly Trigger[] = [
  {
    type: 'CALL',
    re: new RegExp(
      `\\b((?:tele)?phone calls?|call between|held an? (?:${W} ){0,2}call|(?:tele)?phone discussions?|(?:a|the) (?:["“]?${W}["”]? ){0,2}(?<!courtesy )call (?:with|that|on)|spoken?(?: \\w+){0,2} (?:by (?:tele)?phone )?with|spoken? by (?:tele)?phone|(?:phone|telephone|telephonic) (?:conversations?|talks?)|conversation with(?! (?:the )?(?:[\\w&.-]+ ){0,3}(?:News|TV|Television|Radio|Times|Post|Journal|Network|Press|Agency|Broadcasting|Channel)\\b)(?! (?:reporters|journalists|the press|the media)\\b)|talked by phone)\\b`,
      'i',
    ),
    needsPerson: true,
    verb: 'held a call',
  },
  {
    // "discussed the region with his counterpart X over the phone": two people on one line.
    type: 'CALL',
    re: /\b(over the (?:tele)?phone|by (?:tele)?phone)\b/i,
    minPersons: 2,
    verb: 'held a call',
  },
  {
    type: 'CALL',
    // ("spoke in Lima on …", "spoke at the forum", "spoke on the sidelines of", "Noboa, who spoke
    // later": no call.)
    re: /\b(?=spoke|talked)(?<!\bwho )(spoke|talked)\b(?! (?:to|with) (?:reporters|journalists|the press))(?! (?:later|first|next|afterwards?)\b)(?! (?:in|at|during|before) )(?! on the (?:sidelines|margins)\b)/i,
    minPersons: 2,
    verb: 'held a call',
  },
  {
    type: 'MEETING',
    // "had dinner Friday evening with X", "received the Foreign Minister of Y", "welcomed U.S.
    // Deputy Secretary of State X to Cairo": a meal or a reception of an office-holder is a meeting.
    re: /\b(met with|meets with|meet with|meeting with|courtesy call on|meetings?\b(?! with reporters)|talks (?:(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?with|talks between(?=[^;]{0,200}\b(?:concluded|ended|began|took place|were held|lasted|resumed)\b)|summit|sat down with|hosted|had (?:an? )?(?:[\w-]+ )?(?:dinner|lunch|luncheon|breakfast)(?: [\w-]+){0,3}? with|dined with|(?:received|welcomed) (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:(?:at|in) (?:the )?(?:[\w.’'-]+ ){1,4}?(?=the |his |her |their |a |an |visiting ))?(?:(?:the|his|her|their|a|an|visiting|new|outgoing|incoming|foreign|deputy|vice|defen[cs]e|interior|security|finance|trade|justice|home|national|[\w.]+[’']s|(?:\w\.){2,3}|[\w-]+(?:an|ese|ish|ian|i)|(?!(?:by|of|for|to|from|with|that|which|and|or|in|on|at|as|into|over)\b)[\w.-]+(?= (?:[\w.-]+ ){0,2}(?:foreign minister|minister|secretary|president|prime minister|ambassador|envoy|chancellor)\b)) ){1,4}(?:foreign minister|minister|secretary|president|prime minister|ambassador|envoy|counterpart|delegation|chancellor|emir|king)s?\b(?![’']s)(?! (?:award|prize|medal|letter|message)\b))\b/i,
    needsPerson: true,
    factual: true,
    verb: 'met',
  },
  {
    // "Trump and Rutte met on Friday", "X and Y held bilateral talks": two named people who met,
    // with no "with".
    type: 'MEETING',
    // "summoned the ambassador", "called in Ambassador X": a diplomat summoned meets who summoned.
    // "held an encounter with X", "told Putin in Moscow on Monday that …", "spoke on the sidelines
    // of the summit": two people in one place.
    re: new RegExp(
      `\\b[Mm]et\\b(?! [Ww]ith)|\\b(?:[Ss]poke|[Tt]alked) on the (?:sidelines|margins) of\\b|\\b(?:[Hh]eld|[Hh]old|[Hh]olds|[Hh]olding) (?:${W} ){0,2}(?:talks|discussions|encounter with)\\b|\\b(?:[Gg]ot|[Gg]et|[Cc]ame) together\\b|\\b(?:was|were) received by\\b|\\b[Cc]onvened (?:for|to hold) (?:${W} ){0,2}(?:talks|discussions)\\b|\\b[Cc]onvened(?= (?:on|in|at) )|\\b[Tt]old (?:${W} ){1,5}?(?:in|at) (?:the )?\\p{Lu}(?!\\p{Ll}* (?:interview|statement|call)\\b)|\\b(?:[Ss]ummoned|[Cc]alled in) (?:(?:the|its|their|his|her|${W}) ){0,3}(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[ée] d[’'][Aa]ffaires)\\b`,
      'u',
    ),
    minPersons: 2,
    factual: true,
    verb: 'met',
  },
  {
    type: 'VISIT',
    re: /\b(visit(?:ed|ing|s)? to|visited|toured|visits? of(?= (?:the |his |her )?[A-Z])|(?=visit|travel to)(?<=\b(?:expected|scheduled|due|set) to )(?:visit|travel to)|will (?:visit|travel to)|trip to|(?=visit|trip|arrival)(?<=[’']s\s+(?:(?:state|official|first|recent|two-day|three-day|surprise)\s+)?)(?:visit|trip|arrival)\b|travel(?:ed|led|ing|s)? to|fl(?:y|ies|ew|ying) to|arriv(?:ed|es|ing) in|stop in|tour(?:ed)? of)\b/i,
    verb: 'visited',
  },
  {
    type: 'STATEMENT',
    re: /\b(joint statement|(?:issued|released) an? (?:\w+ )?statement|statement (?:released|issued)|in a statement|a post on|posted on|(?:wrote|said|offered|posted|announced) on (?:X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube)\b|interview|made (?:the|an|this) announcement|(?=announcement)(?<!\b(?:[Tt]his|[Tt]hat|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s)announcement|(?=announced)(?<!\b(?:been|was|were|is|are|newly|recently|just|previously|the|an?) )announced|press conference|news conference|televised address)\b/i,
    verb: 'made a statement',
  },
  {
    // "The Sudanese military accused the paramilitary RSF on Sunday of launching drone attacks": an
    // accusation made is a statement (not "was accused of", "the accused", nor "accused of" or
    // "accused by the United States of" after a noun). Case-sensitive: under /i, \p{Lu} would
    // take any letter.
    type: 'STATEMENT',
    re: /\b(?<!\b(?:[Ww]as|[Ww]ere|been|being|[Ii]s|[Aa]re|be|stands?|stood|[Tt]he|[Aa]n?)\s)(accused)(?!\s+(?:by|of|in)\b)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\p{Lu}[^.;]{0,80}?\bof\b)/u,
    verb: 'made a statement',
  },
  {
    // "Britain urged Russia to release X", "President X condemned it as vile", "X also praised the
    // police", "X has expressed deep grief", "X publicly denied there was any deal": what a
    // government or an official named right before a verb of urging, condemning, praising,
    // thanking or denying (an adverb or auxiliary between) says is a statement; a pronoun is no
    // speaker the rule can name, and "denied" must deny a claim ("denied the request" is none).
    type: 'STATEMENT',
    // (Right after a capitalized name, or one and a weekday: "Tamim, for his part, condemned …"
    // leaves the speaker to a clause the rule does not read.)
    re: new RegExp(
      // (The verb is looked for first: the lookbehinds run only where one starts.)
      String.raw`(?=${STANCE_VERB.source})(?<=\p{Lu}[\p{L}.’'-]+(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s${SPEAKER_ADVERB})` +
        String.raw`(?<!\b(?:He|She|It|They|We|I|This|That|These|Those)\s${SPEAKER_ADVERB})(${STANCE_VERB.source})(?!\s+(?:by|as)\b)`,
      'u',
    ),
    verb: 'made a statement',
  },
  {
    type: 'STRIKE',
    re: /\b((?:conducted|carried out|launched|ordered|executed|staged)\b[^.]{0,40}\b(?:strikes?(?! group)|airstrikes?|attacks?)|(?:been |are |were )?trading (?:air ?)?strikes|(?:launched|fired)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?)\s+(?:at|against|on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:morning|evening|night|afternoon|weekend)))|struck(?!\s+(?:down|off|among|between|by|with|in|a deal|an? (?:[\w-]+ ){0,2}blows?|an? (?:[\w-]+ ){0,2}(?:deal|agreement|accord|bargain|balance|chord|tone|note|compromise|pact|truce|deals))\b)|bombed|shelled|rammed|(?:destroyed|blew up|blown up)\s+(?:[\w-]+\s+){0,4}?(?:vessels?|boats?|speedboats?|ships?|submarines?|semi-submersibles?|narco-?subs?)\b|sank (?:the|a|an|its|their|his|her|one|two|three|four|five|several|\d+)\b|sank after (?:an? |the )?(?:[\w-]+ ){0,2}(?:attacks?|strikes?|airstrikes?|missiles?|torpedo(?:es)?)|(?:has|have|had|was|were|been) sunk (?:by|the|a|an|its|their)\b|fired (?:[\w-]+ ){0,3}(?:at|on)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the (?:morning|evening|night|afternoon|weekend)|\d))|attacked|(?:trained|turned|used|aimed) (?:its|their|a|an|the)? ?(?:[\w-]+ ){0,2}water cannons? (?:on|at|against)|fired (?:a |its |their |the )?water cannons?|sideswiped|airstrikes? (?:on|against|killed|hit)|in an? (?:[\w-]+ ){0,2}(?:airstrike|air strike|drone strike|missile strike)s?|strikes? (?:[\w,-]+ ){0,12}killed)\b/i,
    factual: true,
    pastOnly: true,
    verb: 'carried out a strike',
  },
  {
    // "a deadly attack on a military base … by ISWAP fighters", "repelled a separate ISWAP attack
    // on Dikwa": one attack told as a noun, with the group that made it named ("the attack on X"
    // refers back to one already told; police raids are operations, not strikes); a group that
    // "claimed responsibility for a suicide bombing" made it. "X fighters raided a military
    // base", "militants linked to X killed 21 soldiers": armed men attacking security forces.
    type: 'STRIKE',
    re: new RegExp(
      `\\b(?:an?|[\\w’'-]+[’']s)\\s+(?:${W}\\s+){0,3}?(?:attack|assault|ambush)\\s+(?:on|against)\\b|\\b(?:raided|(?:attacks?|assaults?|raids?)\\s+on)\\s+(?:an?|the|two|three|four|five|several|\\d+)\\s+(?:${W}\\s+){0,2}?(?:military|army|police|security|naval|air force)\\s+(?:bases?|posts?|camps?|barracks|checkpoints?|stations?|outposts?|positions?|convoys?)\\b|\\b(?=kill)(?<=\\b(?:militants|fighters|gunmen|insurgents|jihadists|terrorists|bandits|attackers|rebels)\\b[^.;]{0,60})kill(?:ed|ing)\\s+(?:at least\\s+|more than\\s+|some\\s+|nearly\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|scores of)\\s+(?:${W}\\s+)?(?:soldiers|troops|servicemen|policemen|police officers|officers|security personnel|security forces|guards|reservists)\\b|\\b(?:ambushed|overran|overrun|stormed)\\b|\\b(?:drones?|missiles?|rockets?|warplanes?|jets?|aircraft|artillery|shells?)\\s+(?:operated|launched|fired|flown|controlled)\\s+by\\b|\\bclaimed responsibility for\\s+(?:the|a|an|two|three|several)\\s+(?:${W}\\s+){0,3}?(?:attacks?|bombings?|strikes?|assaults?|ambush(?:es)?|blasts?|explosions?|shootings?|raids?)\\b`,
      'i',
    ),
    factual: true,
    pastOnly: true,
    needsGroup: true,
    verb: 'carried out an attack',
  },
  {
    // "the RSF deployed suicide drones targeting civilian sites", "intense clashes erupted between
    // the army and the Taliban": weapons sent at a target, or armed sides fighting, are an attack
    // (not "clashed with X over …", a quarrel).
    type: 'STRIKE',
    re: new RegExp(
      String.raw`\b(deployed${WEAPONS}(?= (?:targeting|to (?:attack|strike|hit|target)|against|at)\b)|(?:armed|deadly|fierce|heavy|intense) clash(?:es)? (?:erupted |broke out )?(?:between|with)|clash(?:es)? (?:erupted|broke out) between)\b`,
      'i',
    ),
    factual: true,
    pastOnly: true,
    needsGroup: true,
    verb: 'carried out an attack',
  },
  {
    // "after it opened fire on an Indian warship": force used on a vessel or a unit.
    type: 'STRIKE',
    re: /\b(opened fire (?:on|at))\b/i,
    factual: true,
    pastOnly: true,
    verb: 'carried out an attack',
  },
  {
    type: 'SEIZURE',
    // "intercepted" alone is also said of shadowing a warship: a seizure only of goods. A vessel
    // boarded is seized, unless boarded to check on it, help or search it.
    re: new RegExp(
      String.raw`\b((?:detained|impounded|commandeered|apprehended|captured|took control of|taken control of)(?=${SHIP_OBJECT})|intercepted(?=${SHIP_OBJECT})(?=[^.;]{0,120}\b(?:escorted|towed|brought|diverted|took|taken)\b[^.;]{0,30}\b(?:back|to|into)\b)|boarded(?=${SHIP_OBJECT})(?![^.;]{0,60}\bto (?:check|inspect|assist|help|rescue|provide|treat|evacuate|search|examine|verify)\b)|(?=seize\b)${AIDED}seize\b|(?:seized|seizing)(?! (?:on )?(?:the|an?|his|her|their|its|this|that) (?:news|chance|opportunity|initiative|moment|momentum|comments?|remarks?|issue|idea|report)\b)|confiscated|seizures? of|(?:made|achieved|carried out|conducted|completed) (?:an?|the|its|their) (?:[\w-]+ ){0,4}?(?:seizure|haul|bust)\b|(?:intercepted|apprehended|(?:found|discovered)(?! (?:not|that|to|in|with)\b)(?![^.]{0,60}\b(?:guilty|liable|responsible|innocent|dead|evidence)\b)|recovered) (?:[\w.,-]+ ){0,6}?(?:kg|kilos?|kilograms?|tons?|tonnes?|pounds|lbs|grams|cocaine|heroin|fentanyl|meth(?:amphetamine)?|marijuana|cannabis|drugs|narcotics|weapons|firearms|guns|rifles|ammunition|cash|shipments?|cargo|contraband))\b`,
      'i',
    ),
    factual: true,
    pastOnly: true,
    verb: 'made a seizure',
  },
  {
    type: 'DESIGNATION',
    // "listed Terrorgram as a terrorist organisation": a listing only with what it lists as.
    re: /\b(designat(?<!\b(?:an?|the)\sdesignat)(?:ed|es|ing|ion)|label(?:l)?ed|blacklist(?:ed|s|ing)?|proscrib(?:ed|es|ing)|(?=listed)(?<![—–-]\s*(?:recently )?)listed(?= (?:[\w’'.-]+ ){1,8}?as an? (?:[\w-]+ ){0,2}terror))\b/i,
    needsCartel: true,
    verb: 'designated',
  },
  {
    type: 'DEPLOYMENT',
    // "USS X transited the Taiwan Strait", "sailed through", "conducted a routine … transit",
    // "entered the Caribbean Sea" (not "entered service").
    // ("ordered the USS X to remain in the Middle East": an extended deployment.)
    re: /\b(arriv(?:ed|es|ing) (?:in|at|off)|(?:sailed|steamed) (?:in)?to|relocated (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?to|transited|entered (?:the )?(?!service\b|(?:into|an?|its|their)\b)|(?:sailed|steamed) through|conducted an? (?:[\w-]+ ){0,3}transit|(?:ordered|directed|instructed) (?:that )?(?:[\w.,’'-]+ ){1,8}?(?:to )?(?:stay|remain) in)\b/i,
    factual: true,
    needsShip: true,
    verb: 'deployed',
  },
  {
    // The noun alone only where it is someone's or what a force left for ("the Pentagon's
    // deployment of troops", "departed Norfolk for a scheduled deployment"): "the deployment
    // violated the law", "described the U.S. deployment as …" talk about one told elsewhere.
    type: 'DEPLOYMENT',
    re: new RegExp(
      String.raw`\b(deploy(?:ed|s|ing)(?!${WEAPONS}\b)|deployments?(?<=(?:[’']s\s+(?:[\w-]+\s+)?|\bfor\s+an?\s+(?:[\w-]+\s+)?)deployments?)|dispatched|stationed|(?:sent|ordered) (?:[\w.,-]+ ){0,6}(?:troops|soldiers|forces|ships|warships?|destroyers?|frigates?|corvettes?|submarines?|cruisers?|patrol (?:boats|vessels|ships)|carriers?|strike group|jets|aircraft|personnel|Marines|guardsmen|advisers|advisors)|sent (?:the )?(?:HMS|USS|HMCS|HMAS|INS|FS|USNS|USCGC) |began patrolling|dock(?:ed|s)? (?:in|at)|will dock)\b`,
      'i',
    ),
    factual: true,
    verb: 'deployed forces',
  },
  {
    // "HMS Tyne was tasked to shadow the Russian corvette X", "the frigate escorted the two
    // ships": a warship sent to follow others is deployed.
    type: 'DEPLOYMENT',
    re: /\b(shadow(?:ed|ing|s)?|escort(?:ed|ing|s)?)\b(?= (?:the |a |an |two |three |several |\d+ )?(?:[\w-]+ ){0,3}(?:ships?|vessels?|warships?|corvettes?|frigates?|destroyers?|submarines?|tankers?|cruisers?|carriers?|boats?|convoys?|fleet|[A-Z]))/,
    factual: true,
    needsShip: true,
    verb: 'deployed',
  },
  {
    type: 'EXTRADITION',
    re: /\b(extradit(?:ed|e|es|ing)\b(?! (?:requests?|treat(?:y|ies)|cases?))|extradition (?:of|to)\b|handed over to|expelled to|deported to|sent (?:[\w,-]+ ){0,6}to (?:the )?[\w.]+ to face|transferred (?:[\w,-]+ ){0,6}to face)\b/i,
    factual: true,
    needsPersonOrCartel: true,
    verb: 'extradition',
  },
  {
    type: 'EXTRADITION',
    // "Mexico has transferred 26 people suspected of leading drug cartels to the United States",
    // "sent 37 alleged criminals to the United States": a counted handover of people to a country.
    re: new RegExp(
      String.raw`\b(?:transferred|sent|handed over|turned over|expelled|delivered)\s+(?:(?:another|more than|nearly|almost|about|over|at least|some|up to)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of)\s+(?:[\w-]+\s+){0,4}?(?:people|persons|prisoners|inmates|suspects|criminals|fugitives|detainees|members|bosses|figures|leaders|capos|traffickers|kingpins|operatives|individuals|defendants)\b(?=[^.;]{0,80}?\bto\s+(?:the\s+)?[A-Z])`,
    ),
    factual: true,
    verb: 'extradition',
  },
  {
    type: 'ARREST',
    // "He remains detained in Mexico": a state, not the arrest.
    re: new RegExp(
      String.raw`\b((?=(?:arrest|detain|capture|apprehend)\b)${AIDED}(?:arrest|detain|capture|apprehend)\b|arrested|(?=detained)(?<!\b(?:remains|remained|still|is|are|being) )detained(?!${SHIP_OBJECT})|(?:re)?captured(?!${SHIP_OBJECT})(?! (?:[\w-]+ ){0,3}(?:bases?|towns?|city|cities|villages?|territory|territories|positions?|camps?|outposts?|districts?|areas?|hills?|airports?|ports?|bridges?|checkpoints?|barracks|headquarters|strongholds?))|apprehended(?!${SHIP_OBJECT})(?! (?:[\w.,-]+ ){0,6}?(?:consignments?|shipments?|cargo|contraband|drugs|narcotics|cocaine|heroin|methamphetamine|kg|kilos?|tonnes?|tons?)\b)|(?=arrest of|capture of)(?<!\b(?:reward|rewards|warrants?|bounty|calls?|called|demands?|demanded|information leading to) (?:for |to )?(?:the )?)(?:arrest|capture) of|ordered (?:the )?(?:pre-?trial )?detention of|(?:taken|took|take) (?:[\w,]+ ){0,5}into custody|(?:made|carried out|conducted|involving|leading to|led to|resulting in|resulted in) (?:more than |nearly |almost |about |over |at least |some )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|hundreds of|scores of) arrests)\b`,
      'i',
    ),
    factual: true,
    pastOnly: true,
    verb: 'arrest',
  },
  {
    type: 'ARREST',
    // "Guzman Lopez's dramatic arrest": the arrest of the name that owns it (not "a warrant for
    // X's arrest", "demanded X's arrest").
    re: /(?=arrest|capture|detention)(?<=\p{Lu}[\p{L}.-]*[’']s (?:(?:dramatic|recent|surprise|sudden|\d{4}) )?)(?<!\b(?:[Ff]or|[Dd]emand(?:ed|s|ing)?|[Ss]eek(?:s|ing)?|[Ss]ought|[Oo]rder(?:ed|s|ing)?|[Uu]rg(?:es|ed|ing)) (?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*[’']s (?:\S+ )?)(arrest|capture|detention)\b(?! (?:warrants?|orders?|requests?)\b)/u,
    factual: true,
    pastOnly: true,
    verb: 'arrest',
  },
  {
    type: 'SANCTION',
    // "used to evade sanctions on the sale of oil": sanctions someone else imposed, not this event;
    // "sanctions on the country were lifted": their end.
    // ("used to transport sanctioned oil from Venezuela": after a verb of trade or a preposition,
    // "sanctioned" describes the goods.)
    re: /\b((?=sanctioned)(?<!\b(?:a|an|the|third|second|first|another|two|three|several|other|U\.S\.-|US-|transport|transports|transported|transporting|carry|carries|carried|carrying|ship|ships|shipped|shipping|buy|buys|bought|buying|sell|sells|sold|selling|smuggle|smuggled|smuggling|of|for|with|on|to|from)\s)sanctioned|sanctioning|(?:imposed|announced|slapped|placed|levied|adopted) (?:new |economic |financial |fresh |additional )?(?:sanctions|restrictive measures)|agreed (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?to (?:put|place|add|impose|slap|extend|renew)\b(?=[^.;]{0,80}\bsanctions?\b)|(?=sanctions|new sanct)(?<!\b(?:evad|circumvent|skirt|bypass|dodg|violat|breach|lift|eas)\w* (?:\w+ )?)(?:sanctions (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:on|against)|new sanctions)(?![^.;]{0,60}\b(?:were|was|are|is|have been|had been|has been|be)\s+(?:lifted|eased|removed|suspended|dropped|waived|relaxed)))\b/i,
    factual: true,
    verb: 'imposed sanctions',
  },
  {
    type: 'AGREEMENT',
    re: /\b(signed (?:an? |several |two |three |four |five |\d+ )(?:[\w-]+ ){0,3}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|a) of understanding|MoUs?|partnerships?|framework agreements?)|signed (?:(?:several|two|three|four|five|\d+) )?documents\b|signed the ["“]?(?:[\w-]+ ){0,6}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|arrangements?|memorand(?:um|a) of understanding|MoUs?)\b|(?:finalized|finalised|concluded|inked|sealed|clinched|executed) an? (?:[\w-]+ ){0,4}?(?:agreements?|arrangements?|accords?|pacts?|treat(?:y|ies)|deals?|contracts?|memorand(?:um|a) of understanding|MoUs?)|(?:agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a) of understanding|MoUs?|partnership|(?:cooperation|action|work) plans?)(?: \([\w.]+\))?(?: for \d{4})? (?:was|were|has been|have been) signed\b|(?:official|formal) signing of (?:an? |the )(?:[\w-]+ ){0,4}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|partnership|memorand(?:um|a) of understanding|MoUs?)|reached an? (?:\w+ )?(?:agreement|deal|accord|ceasefire|truce)|entered into an? (?:[\w-]+,? ){0,5}?(?:agreement|arrangement|pact|accord|treaty|deal)|(?:accepted|brokered) an? (?:[\w-]+ ){0,2}?(?:agreement|deal|accord|ceasefire|truce)(?! (?:proposal|plan|offer|talks)\b)|agreed (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?to(?! (?:the |an? |his |her |their |its )?(?:[\w’'-]+ ){0,2}?(?:extraditions?|transfers?|release|deportations?|handover|requests?)\b)(?! (?:put|place|add|impose|slap|extend|renew)\b[^.;]{0,80}\bsanctions?\b)(?! (?:remain|stay|keep) in (?:close )?(?:contact|touch)\b| (?:have their \w+ )?(?:continue|maintain|keep) (?:[\w-]+ ){0,2}?(?:talks|dialogue|discussions|communication|contact|consultations|talking)\b| (?:speak|talk|meet) again\b)|agreed on an? (?:[\w-]+ ){0,2}(?:declaration|deal|agreement|framework|roadmap|ceasefire|truce|accord)|struck an? (?:[\w-]+ ){0,2}(?:deal|agreement|accord|pact|truce|compromise)|ratified (?:an? |the |two |three |four |several |\d+ )?(?:[\w-]+ ){0,3}(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|conventions?)|established an? (?:new )?(?:[\w-]+ ){0,3}(?:group|commission|mechanism|framework|council))\b/i,
    factual: true,
    verb: 'reached an agreement',
  },
  {
    type: 'AGREEMENT',
    // Contracts, and signings told in the passive or with the time and place first: "signed the
    // country's biggest defence contract with X", "received a framework contract", "announced the
    // signing of a framework agreement", "an accord signed in Rome on Monday by X and Y", "the
    // memorandum that X signed with Y on July 1", "signed this Thursday in X, the capital, an agreement".
    re: new RegExp(
      String.raw`\b(signed (?:the |a |an |its |their |two |three |several |\d+ )?(?:[\w’'$.,-]+ ){0,4}?contracts?|(?:received|won|secured|(?:was|were|has been|have been) awarded) (?:an? |the |two |three |several |\d+ )?(?:[\w’'$.,-]+ ){0,4}?contracts?|(?:announced|marked|celebrated|witnessed|attended|held) the (?:official )?signing (?:ceremony )?of (?:an? |the |two |three |several |\d+ )(?:[\w-]+ ){0,4}?${AGREEMENT_NOUNS}|${AGREEMENT_NOUNS}["”]?,? (?:(?:that|which) (?:[\w.’'-]+ ){1,4})?signed (?:in|on|by|with|last|this|yesterday|today|earlier)|signed (?:(?:this|last|on) \w+ |yesterday |today )?in [\w-]+(?:, (?:the )?[^,;.]{1,40},)? (?:an? |the )(?:[\w-]+ ){0,3}?${AGREEMENT_NOUNS})\b`,
      'i',
    ),
    factual: true,
    verb: 'reached an agreement',
  },
  {
    type: 'OTHER',
    // Acts of a government on many people or on goods: "Panama on Tuesday deported 29 Colombians",
    // "has approved potential foreign military sales to Israel", "delivered the missile system to
    // the Philippines".
    re: /\b((?:deported|expelled|repatriated) (?:(?:more than|nearly|almost|about|over|at least|some|up to|another) )?(?:\d[\d,]*|dozens of|hundreds of|thousands of|scores of)(?= )|approved (?:the |a |an |potential |possible |two |three |\d+ )?(?:[\w-]+ ){0,3}?sales? (?:of|to)|delivered (?:the |a |an |its |their |two |three |\d+ |first )?(?:[\w-]+ ){0,4}?(?:systems?|missiles?|jets?|aircraft|helicopters?|tanks?|drones?|frigates?|submarines?|batter(?:y|ies)|weapons?|arms|ammunition|shells) to)\b/i,
    factual: true,
    pastOnly: true,
    verb: 'acted',
  },
  {
    type: 'OTHER',
    re: /\b(sentenced|convicted|acquitted|indicted|charged (?:with|in)|charged (?:[\w.’'-]+ ){1,5}?with(?= (?:the |a |an )?(?:[\w-]+ )?(?:murder|fraud|conspiracy|corruption|treason|espionage|terrorism|extortion|homicide|kidnapping|drug|arms|money|weapons|firearms|cocaine|fentanyl|heroin|narcotics|bribery|insurrection|sabotage|spying|smuggling|trafficking|laundering)\b)|(?:indictments?|charges) (?:[\w.’'-]+ ){0,6}?(?:was|were) unsealed|pleaded (?:guilty|not guilty)|(?:received|handed|given) an? (?:life |prison |jail )?sentence|(?:received|handed|given) an? (?:[\w-]+ ){0,2}(?:prison|jail) terms?|killed|murdered|gunned down|shot dead|(?:was|were|been) jailed|jailed (?:[\w-]+ ){0,4}?(?:for|over)|assassinat(?:ed|ion of)|tortured|kidnapped|escaped|was elected|were elected|rescued|hijacked|collided with|(?=ruled|ordered|convicted|acquitted)(?<=\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices)(?: of [A-Z][\w ]{1,40}?)? (?:on |late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )(?:ruled|ordered|convicted|acquitted)\b|(?=ruled|ordered|convicted|acquitted)(?<=\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices)(?: of [A-Z][\w ]{1,40}?)? )(?:ruled|ordered|convicted|acquitted)(?= (?:on |late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?:launched|test-fired|test-launched) (?:a|an|two|three|several|its|another|\d+) (?:[\w-]+ ){0,3}(?:missiles?|rockets?)(?! (?:at|into|toward|towards|against)\b)(?! on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day))|won (?:the )?(?:presidential )?election|unsealed (?:[\w-]+ ){0,4}(?:indictments?|charges)|delivered (?:the |its |their )?(?:verdicts?|ruling|judgm?ents?|sentences?)|(?:validated|upheld|overturned|annulled|certified|quashed) (?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:victory|election|results?|win|sentences?|convictions?|ruling|verdict|acquittal))\b/i,
    factual: true,
    verb: 'acted',
  },
  {
    type: 'OTHER',
    re: /\b((?:conducted|carried out|launched)\b[^.]{0,40}\braids?|negotiat(?:ing|ed|es|ions?) with|took office|taking office|sworn in|won (?:re-?)?election|escaped from|broke out of|declar(?:ed|ing) (?:an? )?(?:state of (?:emergency|siege|exception)|["“]?internal armed conflict|war on)|dismissed(?! as\b| (?:the |these |those |such |all )?(?:allegations?|claims?|reports?|accusations?|charges?|criticism|concerns?|suggestions?|speculation|remarks?)\b)|(?:was|were|been) fired|fired (?:him|her|them)|dismantled|surrendered|inaugurated|signed (?:an? |the )(?:secret )?(?:directive|executive order|order|decree|bill|law|memorandum(?!\s+of\s+understanding))|threatened (?:to|action)|removal of|(?=ousted)(?<!(?:[’']s|\bthe|\ban) )ousted|ouster of|overthrow of|(?=appointed)(?<!\b(?:newly|recently|an?|the|his|her|its|their|politically)[ -])appointed(?! (?:by|officials?|representatives?|envoys?|committees?|panels?|boards?|members?|governments?)\b)|resigned(?! (?:to|himself|herself|themselves)\b)|stepped down|(?:was|were|has been|have been|had been) (?:named|nominated|confirmed) (?:as )?(?:the )?(?:new|next|acting|interim|incoming)|(?:named|appointed|nominated) (?:[^\s,.;]+ ){1,5}?as (?:the )?(?:country[’']s )?(?:new |next |interim |acting )?(?:prime minister|president|premier|chancellor|(?:[\w-]+ )?minister|secretary|governor|head|chief|commander|director|leader)|chose (?:[^\s,.;]+ ){1,4}?to (?:serve as|become) (?:the )?(?:new |next )?(?:prime minister|president|premier|chancellor|speaker|leader)|(?:tendered|submitted|handed in|announced|offered) (?:his|her|their) resignation|lost (?:a|the) (?:[\w-]+ ){0,2}vote)\b/i,
    verb: 'acted',
  },
  {
    type: 'OTHER',
    // Diplomatic acts against another government: "India expels Canadian diplomat", "ordered an
    // immediate recall of its ambassadors from Ireland and Norway", "declared the ambassador
    // persona non grata", "closed two consulates".
    // ("the decision to expel the diplomat": an infinitive tells of a decision, not the act.)
    re: new RegExp(
      String.raw`\b((?<!\bto )(?:expel(?:s|led)?|recall(?:s|ed)?) ${ENVOY_OBJECT}|(?:expulsion|recall) of ${ENVOY_OBJECT}|declared (?:[\w’'.-]+ ){1,8}?persona non grata|closed (?:(?:the|its|two|three|\d+) )?(?:[\w-]+ ){0,2}consulates?)\b`,
      'i',
    ),
    factual: true,
    verb: 'acted against',
  },
  {
    type: 'OTHER',
    // Military exercises: "The US and French navies have conducted joint exercises in the
    // Philippine Sea", "held naval drills off X", "staged war games".
    re: /\b((?:conducted|held|staged|began|kicked off|launched|took part in|participated in|joined) (?:a |an |the |their |its |two |three |\d+ )?(?:[\w-]+ ){0,4}?(?:exercises?|drills|war ?games|maneuvers|manoeuvres))\b/i,
    factual: true,
    verb: 'exercised',
  },
  {
    type: 'OTHER',
    // Releases and exchanges of people held: "was released from prison on Thursday", "handed over
    // all 20 Israeli hostages", "have exchanged 103 prisoners" (not "until X was released").
    re: /\b((?:was|were|has been|have been|had been) (?:freed|released)(?= (?:from|on|after|by|in|early|late|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|(?:freed|released|handed over|exchanged|swapped) (?:all |the )?(?:\d[\d,]* |two |three |four |five |six |seven |eight |nine |ten |dozens of |hundreds of )?(?:remaining |more |other )?(?:[A-Z][a-z]+ )?(?:hostages|prisoners|captives|detainees|prisoners of war|POWs))\b/i,
    factual: true,
    pastOnly: true,
    verb: 'released',
  },
];

/**
 * Hypothetical, negated or wished-for: "could strike", "any deployments", "called for strikes".
 * ("On May 2, X was sentenced", "In May, X detained …": the month is no modal; "the listing allows
 * for the seizure of property": made possible, not done.)
 */
export const NON_FACTUAL =
  /\b(could|would|might|may(?<!\b(?:in|of|early|late|mid|since|until|last|this|next|by|through|from)[\s-]+may)(?!\s+\d|,|\s+(?:19|20)\d\d)|if|any|called for|calls? for|urg(?:e|es|ed|ing)|consider(?:s|ed|ing)?|possib(?:le|ility)|potential|stop(?:ped)? short of|threat(?:en|ens|ened)?|oppos(?:e|es|ed)|condemn(?:s|ed)?|criticiz(?:e|es|ed)|denounc(?:e|es|ed)|not|never|no|neither|nor|worried|plans? to|planned to|proposed?|sought|seeks?|seeking|whether|allows? for|allowing for|enables?|permits?)\b/i;

/**
 * Able to, not done: "can be deployed to the Middle East if needed", "resources it can deploy".
 * `CAPABILITY` is read right before the trigger, `IF_NEEDED` in the trigger's clause after it.
 */
export const CAPABILITY =
  /\b(?:can|cannot|can[’']t)\s+(?:(?:also|now|still|quickly|easily|rapidly|then|be)\s+){0,2}$/i;
export const IF_NEEDED =
  /\b(?:if|when|where|as) (?:needed|necessary|required|called upon|ordered|requested)\b|\bif (?:the need arises|asked|called)\b|\bshould (?:the need arise|it be needed)\b/i;

/**
 * Not done yet: "warships will be tasked with seizing …", "vowed to strike". A meeting, deployment
 * or agreement that is scheduled is still an event (ANNOTATION.md); a strike, seizure or arrest
 * only once it happened (`pastOnly` triggers).
 */
export const NOT_YET =
  /\b(will|shall|authori[sz]ed to|tasked with|vow(?:s|ed)? to|ready to|prepared to|(?:is|are|was|were) expected to)\b/i;
