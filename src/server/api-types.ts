/**
 * The JSON the API answers with: shared by the server (which builds it) and the web page (which
 * reads it, through `import type` only). Store results go out as the store returns them.
 */
import type { Extraction, Statement } from '../core/types.js';
import type { ActorSummary, IngestReport, ReactionCell, StoredDocument, TimelinePoint } from '../store/store.js';

export type {
  ActorSummary,
  DocumentSummary,
  Facets,
  FacetValue,
  Page,
  ReactionCell,
  ReactionsMatrix,
  SpeakerSummary,
  StatementDetail,
  StatementHit,
  StatementSource,
  StoredDocument,
  StoreStats,
  TimelinePoint,
} from '../store/store.js';

export interface DocumentDetail {
  readonly document: StoredDocument;
  /** The statements of this document, with offsets into its text. */
  readonly statements: readonly Statement[];
}

export interface ActorDetail {
  readonly actor: ActorSummary;
  /** Statements per day by this actor. */
  readonly timeline: readonly TimelinePoint[];
  /** This actor's stance toward each of its targets. */
  readonly toward: readonly ReactionCell[];
}

export interface IngestAnswer extends IngestReport {
  /** Public id of the stored document (also when it was already there). */
  readonly documentId: string;
}

export type ExtractAnswer = Extraction & { readonly trace?: readonly { stage: string; line: string }[] };

export interface ApiErrorJson {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly { path: string; message: string }[] };
}
