/**
 * The output contract of `communique extract` (see DESIGN.md, "The contract").
 * Offsets are JavaScript string indices (UTF-16) into `document.text`, except `removed`,
 * whose offsets point into the input as read (after decoding).
 */

/** A piece of text with its offsets: the evidence behind a field. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Why the clean stage removed a span of the input. */
export type RemovalReason =
  | 'header' // a scraper's metadata line such as `date 2022-02-26`
  | 'headline' // the page's headline (or a heading repeating it) above the article body
  | 'script' // leftover JavaScript / CSS / JSON
  | 'ad' // "Advertisement", ad-slot and player-loader lines
  | 'promo' // newsletter, app, subscribe, donate promos
  | 'share' // share / follow / comment prompts
  | 'related' // "Read more", "Related", teaser lists
  | 'cookie' // cookie and consent notices
  | 'caption' // photo captions
  | 'credit' // photo / video credits
  | 'byline' // author and date lines
  | 'navigation' // menus, breadcrumbs
  | 'boilerplate'; // other page furniture (copyright lines, "All rights reserved")

export interface RemovedSpan extends TextSpan {
  readonly reason: RemovalReason;
  /** What recognised it, e.g. "javascript statement", "ad-loader call". */
  readonly rule?: string;
}

/** Where a metadata value came from: "header", "json-ld", "meta:og:title", "url", "text", "option", "source" … */
export type Basis = string;

export interface DocumentRecord {
  /** `sha256:` of the clean text plus source. */
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly publishedAtBasis: Basis | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly language: string | null;
  readonly text: string;
  readonly removed: readonly RemovedSpan[];
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerType = 'person' | 'organization' | 'country' | 'document' | 'unknown';
export type Stance = 'supportive' | 'critical' | 'neutral' | 'unknown';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type Channel =
  | 'twitter'
  | 'statement'
  | 'press-conference'
  | 'interview'
  | 'speech'
  | 'television'
  | 'radio'
  | 'social-media'
  | 'telegram'
  | 'facebook'
  | 'video'
  | 'letter'
  | 'meeting'
  | 'phone-call';

/** An actor: a state, a state body, an organisation, a group. */
export interface Actor {
  readonly name: string;
  /** ISO 3166 alpha-3 for states; UNO, NATO, EUR, OSCE, AU … for international organisations. */
  readonly code: string;
  /** ISO 3166 alpha-3, or null for international organisations. */
  readonly country: string | null;
  /** GOV, MIL, IGO, NGO, MED, OPP, REB, BUS, CVL, JUD, LEG … or null when unknown. */
  readonly sector: string | null;
}

export interface Speaker extends TextSpan {
  /** The name the mention resolves to ("Abdul Qahar Balkhi" for "he"), or null. */
  readonly name: string | null;
  readonly type: SpeakerType;
  /** The mention the speaker resolves to, when `text` is a pronoun, a surname or "the statement". */
  readonly antecedent?: TextSpan;
}

export interface SaidOn {
  readonly date: string;
  readonly precision: DatePrecision;
  /** The words that fixed the date ("on Friday"), or "publication date" for the fallback. */
  readonly basis: string;
  /** True when the text gives no date and the publication date is used. */
  readonly fallback: boolean;
}

export interface EventCode {
  /** CAMEO code as a string ("0256" is not "256"). */
  readonly cameo: string;
  readonly plover: string | null;
  readonly label: string;
}

export interface Target extends Actor {
  readonly stance: Stance;
  readonly evidence?: TextSpan;
}

/** The span that proves each field of a statement. */
export interface StatementEvidence {
  readonly role?: TextSpan;
  readonly actor?: TextSpan;
  readonly channel?: TextSpan;
  readonly saidOn?: TextSpan;
  readonly event?: TextSpan;
  readonly stance?: TextSpan;
}

export interface Statement {
  readonly id: string;
  readonly kind: StatementKind;
  /** The quoted or reported content. `fragments` lists the pieces of a split quote. */
  readonly content: TextSpan & { readonly fragments?: readonly { start: number; end: number }[] };
  readonly cue: TextSpan | null;
  readonly speaker: Speaker | null;
  readonly role: string | null;
  readonly actor: Actor | null;
  readonly channel: Channel | null;
  readonly saidOn: SaidOn | null;
  readonly event: EventCode | null;
  readonly targets: readonly Target[];
  readonly stance: Stance;
  readonly confidence: number;
  readonly evidence: StatementEvidence;
}

export interface Extraction {
  readonly document: DocumentRecord;
  readonly statements: readonly Statement[];
}
