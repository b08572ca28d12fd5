import type { MediaType } from '../../core/analysis.js';

// A tag name after '<' (or '</'): what makes a feed field markup rather than prose ("a < b" is not).
const TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/i;
// Elements that make paragraphs: with one of them the HTML cleaner finds the article's blocks.
const BLOCK = /<(?:p|div|article|section|main|blockquote|h[1-6]|ul|ol|li|table|pre|figure)[\s>/]/i;

/**
 * The document body of a feed item and how to clean it. Feeds carry three shapes: HTML with
 * paragraphs (content:encoded, most descriptions), plain prose (many RSS descriptions, Atom
 * type="text"), and a paragraph of prose with inline links. Plain prose is cleaned as plain text,
 * where the HTML cleaner would find no block and see no article; inline-only markup is wrapped in
 * one paragraph so the HTML cleaner keeps it as one block.
 *
 * @example feedBody('The minister said talks resume.') // { body: 'The minister…', mediaType: 'text/plain' }
 */
export function feedBody(text: string): { body: string; mediaType: MediaType } {
  const body = text.trim();
  if (!TAG.test(body)) return { body, mediaType: 'text/plain' };
  if (BLOCK.test(body)) return { body, mediaType: 'text/html' };
  return { body: `<p>${body}</p>`, mediaType: 'text/html' };
}
