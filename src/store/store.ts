/**
 * The statement database behind one interface (DESIGN.md, Storage). SQLite is the embedded default
 * (`sqlite/`); PostgreSQL (`postgres/`, chosen by COMMUNIQUE_DATABASE_URL) is the server backend. Both
 * run the same Kysely queries (`shared/`) and pass one contract suite (test/support/store-contract.ts).
 * Every method is async and every value returned is plain, JSON-serialisable data, so the HTTP layer
 * can send it as is.
 */
import type { Actor, DocumentRecord, Extraction, RemovedSpan, Stance, Statement } from '../core/types.js';

/** What the reader knew about a document before extraction: used to skip it on a resumed ingest. */
export interface IngestSource {
  /** The source as the reader named it (`a.txt`, `dump.csv#row=12`, a URL). */
  readonly source: string;
  /** `sha256:` of the raw bytes or text as read. */
  readonly rawHash: string;
}

/** One document to store: its extraction, where it came from, and optional dedup fingerprints. */
export interface IngestItem {
  readonly extraction: Extraction;
  readonly raw: IngestSource;
  /** MinHash signature of the article text (src/stages/dedup), for near-duplicate detection. */
  readonly signature?: readonly number[];
}

export interface IngestReport {
  /** Documents stored by this call. */
  readonly documents: number;
  /** Documents already present (same content hash and source): nothing changed. */
  readonly skipped: number;
  /** Statements newly stored. */
  readonly statements: number;
  /** Statements merged into an existing statement as one more source. */
  readonly merged: number;
  /** Documents recognised as exact or near duplicates of a stored one. */
  readonly duplicates: number;
}

/** Filters shared by search, facets, reactions and timeline. All are optional; all combine with AND. */
export interface StatementFilter {
  /** Full-text query over quotes (and, with `scope: 'all'`, the articles they come from). */
  readonly text?: string;
  readonly scope?: 'quotes' | 'all';
  /** Words of the speaker's name ("Balkhi" finds "Abdul Qahar Balkhi"). */
  readonly speaker?: string;
  /** An actor code (RUS, NATO) or name (Russia). */
  readonly actor?: string;
  /** A target actor code or name. */
  readonly target?: string;
  /** A CAMEO code prefix ("02", "027") or a PLOVER category ("REQUEST"). */
  readonly event?: string;
  readonly stance?: Stance;
  /** Inclusive `YYYY-MM-DD` bounds on the date said (the publication date when unknown). */
  readonly since?: string;
  readonly until?: string;
  /** Only statements reported by this document (public document id). */
  readonly documentId?: string;
}

export interface StatementQuery extends StatementFilter {
  /** Page size, 1–500 (default 50). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A statement as a search result: the contract's Statement plus where and how often it was reported. */
export interface StatementHit {
  readonly statement: Statement;
  /** The date used for sorting and date filters: saidOn, else the document's publication date. */
  readonly date: string | null;
  /** Public id of the first document that reported it. */
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly documentSource: string;
  /** How many documents report this statement (after dedup). */
  readonly sourceCount: number;
}

/** One document that reports a statement, with the statement as extracted from that document. */
export interface StatementSource {
  readonly documentId: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  /** The statement as extracted from this document: offsets point into that document's text. */
  readonly statement: Statement;
}

export interface StatementDetail extends StatementHit {
  /** The first reporting document in full (text and removed spans) for evidence in context. */
  readonly document: StoredDocument;
  readonly sources: readonly StatementSource[];
}

export interface DocumentSummary {
  /** Public id: stable for a (content hash, source) pair. */
  readonly id: string;
  /** The extraction's document id (`sha256:` of the clean text). */
  readonly contentHash: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  readonly statementCount: number;
  /** Public id of the document this one duplicates (exact or near), or null. */
  readonly duplicateOf: string | null;
  /** Estimated Jaccard similarity to `duplicateOf` (1 for exact copies). */
  readonly similarity: number | null;
}

export interface StoredDocument extends DocumentSummary {
  readonly record: DocumentRecord;
  readonly removed: readonly RemovedSpan[];
}

export interface DocumentQuery {
  /** Full-text over titles and article text. */
  readonly text?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface ActorSummary extends Actor {
  /** Statements whose speaker belongs to this actor. */
  readonly statements: number;
  /** Statements that target this actor. */
  readonly targeted: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ActorQuery {
  /** Prefix of the code or words of the name. */
  readonly text?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface SpeakerSummary {
  readonly name: string;
  readonly actorCode: string | null;
  readonly statements: number;
}

export type StanceCounts = Readonly<Record<Stance, number>>;

export interface ReactionCell {
  /** The speaking actor's code. */
  readonly actor: string;
  readonly target: string;
  readonly counts: StanceCounts;
  readonly total: number;
  /** The most frequent stance other than unknown (ties: critical > supportive > neutral), or unknown. */
  readonly stance: Stance;
}

export interface ReactionsMatrix {
  readonly actors: readonly Actor[];
  readonly targets: readonly Actor[];
  readonly cells: readonly ReactionCell[];
}

export interface ReactionsQuery extends StatementFilter {
  /** Only these target codes (e.g. ["RUS", "UKR"]); all targets when absent. */
  readonly toward?: readonly string[];
  /** Keep the N most active actors (default 50). */
  readonly maxActors?: number;
}

export interface TimelinePoint {
  readonly date: string;
  readonly actor: string | null;
  readonly count: number;
  readonly counts: StanceCounts;
}

export interface TimelineQuery extends StatementFilter {
  /** Only these speaking actors; the top `maxActors` by count when absent. */
  readonly actors?: readonly string[];
  readonly maxActors?: number;
}

export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface Facets {
  /** Named speakers only. */
  readonly speakers: readonly FacetValue[];
  /** Sources described but not named ("analysts", "officials"), grouped without case. */
  readonly unnamedSpeakers?: readonly FacetValue[];
  readonly actors: readonly FacetValue[];
  readonly targets: readonly FacetValue[];
  readonly events: readonly FacetValue[];
  readonly stances: readonly FacetValue[];
  /** How many statements the counts are over. */
  readonly sample?: number;
  /** True when more statements match than were counted: the counts are over the newest `sample`. */
  readonly sampled?: boolean;
  /** Groups counted over every matching statement even when `sampled` (from running totals and indexes). */
  readonly exact?: readonly ('speakers' | 'actors' | 'targets' | 'events' | 'stances')[];
}

/** Counts only, so two runs over the same data print the same thing. */
export interface StoreStats {
  readonly documents: number;
  readonly duplicateDocuments: number;
  readonly statements: number;
  readonly statementSources: number;
  readonly actors: number;
  readonly speakers: number;
  readonly failures: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly byStance: Readonly<Record<string, number>>;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface StoredFailure {
  readonly source: string;
  readonly code: string;
  readonly message: string;
}

export interface Store {
  /** Which backend this is ("sqlite", "postgres"). */
  readonly dialect: string;
  /**
   * Stores a batch of documents in ONE transaction: all of it is committed or none of it.
   * Idempotent: a document already stored with the same content hash and source changes nothing.
   */
  ingest(items: readonly IngestItem[]): Promise<IngestReport>;
  /** For each source, true when it was already stored with that raw hash (a resumed ingest skips it). */
  hasIngested(sources: readonly IngestSource[]): Promise<boolean[]>;
  /** Records reader/extraction failures so `stats` can count them; replaces earlier ones per source. */
  recordFailures(failures: readonly StoredFailure[]): Promise<void>;

  searchStatements(query: StatementQuery): Promise<Page<StatementHit>>;
  /** How many statements match; with `atMost`, stops counting there (a cheap "10,000+" for big result sets). */
  countStatements(filter: StatementFilter, atMost?: number): Promise<number>;
  getStatement(id: string): Promise<StatementDetail | null>;
  facets(filter: StatementFilter, limit?: number): Promise<Facets>;

  listDocuments(query: DocumentQuery): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | null>;

  listActors(query: ActorQuery): Promise<Page<ActorSummary>>;
  getActor(code: string): Promise<ActorSummary | null>;
  /**
   * Named speakers by statement count. With `{ named: false }`, the sources the text describes but does
   * not name ("analysts", "officials", an unresolved "she"), grouped without case, instead.
   */
  listSpeakers(filter: StatementFilter, limit?: number, options?: { readonly named?: boolean }): Promise<SpeakerSummary[]>;

  reactions(query: ReactionsQuery): Promise<ReactionsMatrix>;
  timeline(query: TimelineQuery): Promise<TimelinePoint[]>;
  stats(): Promise<StoreStats>;

  /**
   * Every stored document as the Extraction it was ingested from (statements as extracted from that
   * document), in ingest order. The seam for pure functions over Extractions (reactions, export).
   */
  extractions(filter?: { readonly since?: string; readonly until?: string }): AsyncIterable<Extraction>;

  close(): Promise<void>;
}

export const STANCES: readonly Stance[] = ['supportive', 'critical', 'neutral', 'unknown'];

export function emptyStanceCounts(): Record<Stance, number> {
  return { supportive: 0, critical: 0, neutral: 0, unknown: 0 };
}

/** The stance a cell is coloured with: the most frequent known stance; ties go critical > supportive > neutral. */
export function dominantStance(counts: StanceCounts): Stance {
  let best: Stance = 'unknown';
  let bestCount = 0;
  for (const s of ['critical', 'supportive', 'neutral'] as const) {
    if (counts[s] > bestCount) {
      best = s;
      bestCount = counts[s];
    }
  }
  return best;
}
