/** The rule lives in src/core so the CLI's lines and the page's cards agree. */
export { hasOwnQuoteMarks } from '../../core/quote-marks.js';
