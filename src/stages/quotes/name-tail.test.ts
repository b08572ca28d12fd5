import { describe, expect, it } from 'vitest';
import { findNames } from './names.js';
import { nameStart } from './name-tail.js';

describe('nameStart: the person name at the end of a capitalised run', () => {
  const cases: [string, string][] = [
    ['Secretary of State Lena Moor', 'Lena Moor'],
    ['of State Lena Moor', 'Lena Moor'],
    ['Resident Coordinator for Peru Tomas Reyes', 'Tomas Reyes'],
    ['Peru Tomas Reyes', 'Tomas Reyes'],
    ['Twenty-year-old Nadia Oru', 'Nadia Oru'],
    ['NATO Secretary General Pia Lund', 'Pia Lund'],
    ['Lena Moor', 'Lena Moor'],
    ['Jordan Ellis', 'Jordan Ellis'],
    ['United States Ana Lima', 'Ana Lima'],
    ['Commission President Greta von der Hal', 'Greta von der Hal'],
    ['High Representative for Foreign Affairs Tomas Reyes', 'Tomas Reyes'],
    ['XI Jinping', 'XI Jinping'],
    ['President XI Jinping', 'XI Jinping'],
    ['UN Tomas Reyes', 'Tomas Reyes'],
    ['NATO Reyes', 'Reyes'],
    ['UN Reyes', 'Reyes'],
    ['Secretary-General Tomas Reyes', 'Tomas Reyes'],
    ['T.S. Tirumurti', 'T.S. Tirumurti'],
    ['U.N. Tomas Reyes', 'Tomas Reyes'],
    ['U.S. Reyes', 'Reyes'],
  ];
  for (const [run, name] of cases) it(run, () => { const w = run.split(' '); expect(w.slice(nameStart(w)).join(' ')).toBe(name); });
});

describe('findNames: offices before a name are not part of it', () => {
  const cases: [string, string][] = [
    ['The visit was planned by U.S. Secretary of State Lena Moor last week.', 'Lena Moor'],
    ['Aid arrived, said UN Resident Coordinator for Peru Tomas Reyes on Monday.', 'Tomas Reyes'],
    ['Twenty-year-old Nadia Oru walked home.', 'Nadia Oru'],
    ['India’s envoy T.S. Tirumurti spoke.', 'T.S. Tirumurti'],
    ['They met Nadia Oru.She said no.', 'Nadia Oru'],
  ];
  for (const [text, name] of cases) it(text, () => expect(findNames(text).filter((n) => n.kind === 'person').map((n) => n.name)).toEqual([name]));
});
