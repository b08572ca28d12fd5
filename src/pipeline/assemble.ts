import { createHash } from 'node:crypto';
import type { Attribution, CodedAttribution, DatedAttribution } from '../core/analysis.js';
import type { Statement, StatementEvidence } from '../core/types.js';

export interface AssembleInput {
  readonly documentId: string;
  readonly attributions: readonly Attribution[];
  readonly dated: readonly (DatedAttribution | null)[];
  readonly coded: readonly CodedAttribution[];
}

/** Stage 10: one `Statement` per attribution, every field with the span that proves it. */
export function assemble({ documentId, attributions, dated, coded }: AssembleInput): Statement[] {
  return attributions.map((a, i) => {
    const d = dated[i] ?? null;
    const c = coded[i];
    const evidence: StatementEvidence = {
      ...(a.role && { role: span(a.role) }),
      ...(a.channel && { channel: span(a.channel) }),
      ...(c?.actorEvidence && { actor: c.actorEvidence }),
      ...(d?.evidence && { saidOn: d.evidence }),
      ...(c?.eventEvidence && { event: c.eventEvidence }),
      ...(c?.stanceEvidence && { stance: c.stanceEvidence }),
    };
    return {
      id: statementId(documentId, a),
      kind: a.kind,
      content: a.content,
      cue: a.cue,
      speaker: a.source
        ? {
            text: a.source.text,
            start: a.source.start,
            end: a.source.end,
            name: a.speakerName,
            type: a.source.type,
            ...(a.antecedent && { antecedent: a.antecedent }),
          }
        : null,
      role: a.role?.value ?? null,
      actor: c?.actor ?? null,
      channel: a.channel?.value ?? null,
      saidOn: d && { date: d.date, precision: d.precision, basis: d.basis, fallback: d.fallback },
      event: c?.event ?? null,
      targets: c?.targets ?? [],
      stance: c?.stance ?? 'unknown',
      confidence: a.confidence,
      evidence,
    };
  });
}

function span(s: { text: string; start: number; end: number }) {
  return { text: s.text, start: s.start, end: s.end };
}

/** Stable across runs: the document and where the content sits in it. */
function statementId(documentId: string, a: Attribution): string {
  const h = createHash('sha256').update(`${documentId}:${a.content.start}:${a.content.end}`).digest('hex');
  return `st_${h.slice(0, 16)}`;
}
