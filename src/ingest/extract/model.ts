/**
 * Internal shapes passed between the extraction steps. Offsets are always into the article text.
 */
import type { EntityType } from '../../domain/types';

/** A token with its offsets in the article text. */
export interface Token {
  text: string;
  /** The text lower-cased (asked for often enough to compute once). */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Word characters only (letters/digits/dots); false for punctuation. */
  word: boolean;
}

/** One sentence: its text, offsets, tokens and the paragraph (line) it belongs to. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  paragraph: number;
}

/** What a mention does in its sentence, beyond naming an entity. */
export type MentionRole =
  /** A plain mention. */
  | 'plain'
  /** Qualifies a title or a body ("U.S." in "U.S. Secretary of State", "U.S. Navy"). */
  | 'qualifier';

/** A title found right before or after a person's name. */
export interface TitleInfo {
  /** The title as written, modifiers included ("Foreign Minister", "former senator"). */
  title: string;
  /** The lower-cased title alone, for lexicon checks ("foreign minister"). */
  key: string;
  /** The mention that qualifies the title ("U.S.", "Mexico’s", "State Department"), if any. */
  qualifier: Mention | null;
  /** A demonym that qualifies the title ("Mexican" → "Mexico"), if any. */
  demonymCountry: string | null;
}

/** One mention of an entity in a sentence. */
export interface Mention {
  start: number;
  end: number;
  /** The surface form (without a possessive 's). */
  text: string;
  type: EntityType;
  /** The canonical lexicon name when a lexicon identified it ("U.S." → "United States"). */
  lexName: string | null;
  sentence: number;
  /** Index of the first and one past the last token in the sentence. */
  tokenStart: number;
  tokenEnd: number;
  role: MentionRole;
  title: TitleInfo | null;
  /** For bodies: the country or body that qualifies its name ("U.S." in "U.S. Navy"). */
  qualifierCountry: string | null;
  /** For ships and bodies: the name without its prefix or qualifier ("Gravely", "Navy"). */
  shortForm: string | null;
  /** For a body a country owns in the possessive: the form as written ("Israel's Foreign Ministry"). */
  ownerForm?: string;
  /** For a group: the form with the members' noun as written after it ("Houthi rebels"). */
  memberForm?: string;
  /** A place in the dateline ("BOGOTÁ, Colombia —"): where the story was filed. */
  dateline?: boolean;
  /** A body written after "municipal", "provincial", "local" …: a city's or region's, no country's. */
  local?: boolean;
  /**
   * The evidence that typed this mention ("place:gazetteer", "person:title", …): the key of its
   * confidence in calibration.ts.
   */
  basis: string;
  /** Set once entities are grouped: the canonical name of the entity. */
  entity?: string;
}
