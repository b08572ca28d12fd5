import { createHash } from 'node:crypto';
import type { Statement } from '../../core/types.js';

/** Words in a quote below which the text alone does not identify a statement ("We will not"). */
const SHORT_QUOTE_WORDS = 8;

/** Lower-case letters and digits only: quote marks, dashes and spacing differ between outlets. */
export function normalizeText(text: string): string {
  return (text.normalize('NFKD').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * The key under which outlets reporting the same statement meet. A long quote is identified by its
 * words; a short one also needs the speaker and the day, or every "We will not accept this" would merge.
 */
export function statementKey(statement: Statement, date: string | null): string {
  const words = normalizeText(statement.content.text);
  const count = words ? words.split(' ').length : 0;
  const speaker = normalizeText(statement.speaker?.name ?? statement.speaker?.text ?? '');
  const basis = count >= SHORT_QUOTE_WORDS ? `q:${words}` : `s:${words}|${speaker}|${date ?? ''}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}
