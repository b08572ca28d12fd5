import { describe, expect, it } from 'vitest';
import { stem } from './cue-model.js';

describe('stem strips what the expression it replaces strips', () => {
  const words = ['vowed', 'vows', 'vowing', 'vow', 'ing', 'ed', 'es', 's', '', 'sings', 'ses', 'eds', 'boxes', 'kissing', 'seeds', 'ings', 'thinks', 'said', 'bless', 'led', 'ses’', 'IS', 'singING'];
  it.each(words)('%j', (w) => {
    expect(stem(w)).toBe(w.replace(/(?:ing|ed|es|s)$/, '') || w);
  });
});
