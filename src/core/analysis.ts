/**
 * The intermediate records that flow between stages (DESIGN.md, stages 1–10).
 * Each stage reads some of these and returns a new one; none mutates its input.
 */
import type {
  Actor,
  Basis,
  Channel,
  DatePrecision,
  EventCode,
  RemovedSpan,
  SpeakerType,
  Stance,
  StatementKind,
  TextSpan,
} from './types.js';

export type MediaType = 'text/plain' | 'text/html';

/** What a reader knows about a document before it is decoded (stage 1). */
export interface RawDocument {
  /** A path, URL, or `stdin`, plus a record locator for containers (`dump.csv#row=12`). */
  readonly source: string;
  /** The bytes as read, or already-decoded text (JSONL/CSV fields, API bodies). */
  readonly body: Uint8Array | string;
  /** Null lets the decode stage sniff it. */
  readonly mediaType: MediaType | null;
  /** Values the container gave alongside the body (CSV columns, feed items, WARC headers, options). */
  readonly hints?: SourceHints;
}

export interface SourceHints {
  readonly url?: string | null;
  readonly title?: string | null;
  /** ISO date or date-time. */
  readonly publishedAt?: string | null;
  readonly outlet?: string | null;
  /** A charset declared outside the body (HTTP header, WARC header). */
  readonly charset?: string | null;
}

/** Stage 2 output: Unicode text, NFC, with the charset it was read in. */
export interface DecodedDocument {
  readonly source: string;
  readonly text: string;
  readonly mediaType: MediaType;
  readonly encoding: string;
  readonly hints: SourceHints;
  /** Non-fatal problems (replacement characters, a wrong declared charset). */
  readonly warnings: readonly string[];
}

/** A metadata value found by the clean stage, with where it was found. */
export interface MetadataCandidate {
  readonly field: 'title' | 'publishedAt' | 'author' | 'outlet' | 'url' | 'language' | 'description';
  readonly value: string;
  readonly basis: Basis;
  /** Offsets into the input as read, when the value came from text (a header line, a byline). */
  readonly span?: TextSpan;
}

/** Stage 3 output. */
export interface CleanedDocument {
  /** The article text: paragraphs separated by a blank line ("\n\n"). */
  readonly text: string;
  /** Offsets into the decoded input. */
  readonly removed: readonly RemovedSpan[];
  readonly candidates: readonly MetadataCandidate[];
}

/** Stage 4 output. */
export interface Metadata {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly publishedAtBasis: Basis | null;
  readonly authors: readonly string[];
  readonly outlet: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

/** Stage 5 output. All offsets into the clean text. */
export interface Segments {
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly paragraph: number;
}

export type MentionKind =
  | 'country' // Russia, Ukrainian, Kyiv (capital as metonym), the Kremlin (seat)
  | 'organization' // NATO, the foreign ministry, the Taliban
  | 'person' // Abdul Qahar Balkhi
  | 'group' // protesters, both parties
  | 'document'; // the statement

/** Stage 6 output: a mention of an actor in the clean text. */
export interface Mention extends TextSpan {
  readonly kind: MentionKind;
  /** The actor the mention stands for, when the gazetteer or the text establishes it. */
  readonly actor: Actor | null;
  /** A title or role found with the mention ("spokesman", "foreign minister"). */
  readonly role?: string;
  /** What matched: "gazetteer:country", "demonym", "capital", "title+name" … */
  readonly basis: string;
  /** The person's name inside the mention ("Sergei Lavrov" in "Russian Foreign Minister Sergei Lavrov"). */
  readonly name?: string;
  /** For a document mention ("the statement"), or a person named by surname: the mention it refers to. */
  readonly antecedent?: TextSpan;
}

/** Stage 7 output: one attribution (who said what), before dates and events. */
export interface Attribution {
  readonly kind: StatementKind;
  readonly content: TextSpan & { readonly fragments?: readonly Span[] };
  readonly cue: TextSpan | null;
  /** The source as written ("he", "The statement", "Abdul Qahar Balkhi"). */
  readonly source: (TextSpan & { readonly type: SpeakerType }) | null;
  /** The name the source resolves to after coreference, with the mention it came from. */
  readonly speakerName: string | null;
  readonly antecedent?: TextSpan;
  readonly role: (TextSpan & { readonly value: string }) | null;
  /** An organisation or country named with the speaker ("spokesman for the Ministry of X"). */
  readonly affiliation: TextSpan | null;
  readonly channel: (TextSpan & { readonly value: Channel }) | null;
  readonly confidence: number;
}

/** Stage 8 output, one per attribution (same index). */
export interface DatedAttribution {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly basis: string;
  readonly fallback: boolean;
  readonly evidence?: TextSpan;
}

/** Stage 9 output, one per attribution (same index). */
export interface CodedAttribution {
  readonly actor: Actor | null;
  readonly actorEvidence?: TextSpan;
  readonly event: EventCode | null;
  readonly eventEvidence?: TextSpan;
  readonly targets: readonly (Actor & { readonly stance: Stance; readonly evidence?: TextSpan })[];
  readonly stance: Stance;
  readonly stanceEvidence?: TextSpan;
}
