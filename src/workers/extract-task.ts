/** The unit of work a worker thread runs: extraction plus the dedup fingerprint of the article. */
import type { RawDocument } from '../core/analysis.js';
import type { Failure } from '../core/errors.js';
import type { Extraction } from '../core/types.js';
import { extract, type ExtractOptions } from '../pipeline/extract.js';
import { signature } from '../stages/dedup/minhash.js';

export interface ExtractTask {
  readonly raw: RawDocument;
  readonly options: ExtractOptions;
}

export type ExtractTaskResult =
  | { readonly ok: true; readonly extraction: Extraction; readonly signature: number[] | null }
  | { readonly ok: false; readonly failure: Failure };

export function runExtractTask({ raw, options }: ExtractTask): ExtractTaskResult {
  try {
    const result = extract(raw, { ...options, explain: false });
    if (!result.ok) return { ok: false, failure: result.failure };
    return { ok: true, extraction: result.value, signature: signature(result.value.document.text) };
  } catch (e) {
    // A throw is a bug in a stage; the batch goes on and the document is reported.
    return {
      ok: false,
      failure: { code: 'STORE_FAILED', source: raw.source, message: `Extraction crashed (a bug; please report it): ${(e as Error).message}` },
    };
  }
}
