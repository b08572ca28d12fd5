import { describe, expect, it } from 'vitest';
import { hasOwnQuoteMarks } from './quote-marks.js';

describe('hasOwnQuoteMarks', () => {
  it.each([
    ['"We call on both sides to exercise restraint,"', true],
    ['“The invasion must end.”', true],
    ['« Nous appelons au calme »', true],
    ['‘We will not give up’', true],
    ['that the talks would resume', false],
    ['"half-open quote at the start only', false],
    ['the so-called "operation"', false],
    ['"', false],
  ])('%s → %s', (text, own) => expect(hasOwnQuoteMarks(text)).toBe(own));
});
