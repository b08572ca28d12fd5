/**
 * The hand-coded sets follow the stance guideline of test/annotations/README.md: each statement's overall
 * stance is what rules 1–3 give from its own gold code and gold target stances (stage 9 applies the same
 * rules to what it finds). A label that breaks the guideline is inconsistent gold, not a coder error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stance } from '../src/core/types.js';
import { overallStance } from '../src/stages/events/stance.js';
import type { AnnotatedStatement } from './support/annotations.js';
import { projectRoot } from './support/shared.js';

const SETS = ['events.json', 'events-heldout.json', 'events-blind.json', 'events-fresh.json', 'events-fresh2.json', 'events-fresh3.json', 'events-fresh4.json', 'events-fresh5.json', 'events-fresh6.json'];
const STANCES = new Set(['critical', 'supportive', 'neutral', 'unknown']);

describe('annotation sets follow the stance guideline', () => {
  for (const file of SETS) {
    it(file, () => {
      const { statements } = JSON.parse(readFileSync(join(projectRoot, 'test/annotations', file), 'utf8')) as { statements: AnnotatedStatement[] };
      expect(statements.length).toBeGreaterThan(40);
      const broken = statements
        .filter((s) => !STANCES.has(s.stance) || s.stance !== overallStance(s.targets.map((t) => t.stance as Stance), '', s.cameo))
        .map((s) => `${s.id} ${s.cameo} ${s.stance}`);
      expect(broken).toEqual([]);
    });
  }

  it('no two sets share an article', () => {
    const seen = new Map<string, string>();
    for (const file of SETS) {
      const { statements } = JSON.parse(readFileSync(join(projectRoot, 'test/annotations', file), 'utf8')) as { statements: AnnotatedStatement[] };
      for (const s of statements) {
        const other = seen.get(s.file);
        expect(other === undefined || other === file, `${s.file} in ${other} and ${file}`).toBe(true);
        seen.set(s.file, file);
      }
    }
  });
});
