import type { TextCleanResult } from '../text/clean-text.js';
export function cleanHtml(_html: string, _o: { url: string | null }): TextCleanResult {
  return { paragraphs: [], removed: [], candidates: [] };
}
