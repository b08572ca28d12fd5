/**
 * The JSON the API answers with: shared by the server (which builds it) and the web page (which
 * reads it, through `import type` only).
 */
import type { Actor, DocumentRecord, Extraction, Stance, Statement } from '../core/types.js';

/** What a statement card needs of its source document. */
export interface DocumentBrief {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
}

export interface StatementHit extends Statement {
  readonly document: DocumentBrief;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface StatementDetail {
  readonly statement: Statement;
  readonly document: DocumentRecord;
  /** Other documents that report the same statement. */
  readonly sources: readonly DocumentBrief[];
}

export interface DocumentDetail {
  readonly document: DocumentRecord;
  readonly statements: readonly Statement[];
}

export interface DocumentSummary extends DocumentBrief {
  readonly statements: number;
}

export interface ActorSummary extends Actor {
  readonly statements: number;
  /** Earliest and latest day said (YYYY-MM-DD), null when no statement is dated. */
  readonly first: string | null;
  readonly last: string | null;
}

export interface StanceCounts {
  readonly supportive: number;
  readonly critical: number;
  readonly neutral: number;
  readonly unknown: number;
}

export interface ReactionCell {
  readonly actor: string;
  readonly target: string;
  readonly counts: StanceCounts;
  /** The stance most statements take (ties: critical > supportive > neutral > unknown). */
  readonly stance: Stance;
}

export interface ReactionsMatrix {
  readonly actors: readonly (Actor & { readonly statements: number })[];
  readonly targets: readonly (Actor & { readonly statements: number })[];
  readonly cells: readonly ReactionCell[];
}

export interface TimelinePoint {
  readonly day: string;
  readonly actor: string;
  readonly count: number;
}

export interface ActorDetail {
  readonly actor: ActorSummary;
  readonly timeline: readonly TimelinePoint[];
  /** This actor's stance toward each of its targets. */
  readonly toward: readonly ReactionCell[];
}

export interface Stats {
  readonly documents: number;
  readonly statements: number;
  readonly actors: number;
}

export interface IngestAnswer {
  readonly documentId: string;
  readonly statements: number;
  /** False when the same document was already stored (ingest is idempotent). */
  readonly created: boolean;
}

export type ExtractAnswer = Extraction & { readonly trace?: readonly { stage: string; line: string }[] };

export interface ApiErrorJson {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly { path: string; message: string }[] };
}
