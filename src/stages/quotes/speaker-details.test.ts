import { describe, expect, it } from 'vitest';
import { sourceDetails } from './speaker-details.js';

const details = (source: string) => {
  const d = sourceDetails(source, { start: 0, end: source.length });
  return { name: d.name, role: d.role?.value ?? null, affiliation: d.affiliation ? source.slice(d.affiliation.start, d.affiliation.end) : null };
};

describe('sourceDetails: role and affiliation', () => {
  const cases: { source: string; name: string | null; role: string | null; affiliation: string | null }[] = [
    { source: 'French President Emmanuel Macron', name: 'Emmanuel Macron', role: 'president', affiliation: 'French' },
    { source: 'U.S. Secretary of State John Kerry', name: 'John Kerry', role: 'secretary of state', affiliation: 'U.S' },
    { source: 'British Prime Minister David Cameron', name: 'David Cameron', role: 'prime minister', affiliation: 'British' },
    { source: 'Afghanistan Ministry of Foreign Affairs spokesman Abdul Qahar Balkhi', name: 'Abdul Qahar Balkhi', role: 'spokesman, Ministry of Foreign Affairs', affiliation: 'Afghanistan Ministry of Foreign Affairs' },
    { source: 'Mia Fenn, a spokeswoman for Northline Rail', name: 'Mia Fenn', role: 'spokeswoman, Northline Rail', affiliation: 'Northline Rail' },
    // Capitalised offices are roles, never the start of a name; the name is the run of name words at the end.
    { source: 'Canadian Secretary of State Lena Moor', name: 'Lena Moor', role: 'secretary of state', affiliation: 'Canadian' },
    // A name, then of/at/from and a body: the person, with the body as affiliation.
    { source: 'Jon Reyes of the Marlow Institute for Arms Studies', name: 'Jon Reyes', role: null, affiliation: 'Marlow Institute for Arms Studies' },
    { source: 'Mr. Okafor of the Fiscal Policy Center', name: 'Okafor', role: null, affiliation: 'Fiscal Policy Center' },
    { source: 'WHO Resident Coordinator for Peru Tomas Reyes', name: 'Tomas Reyes', role: 'resident coordinator for Peru, WHO', affiliation: 'WHO' },
    { source: 'Commerce Secretary Ivo Brandt', name: 'Ivo Brandt', role: 'commerce secretary', affiliation: null },
    { source: 'the former Peruvian leader Karl Vost', name: 'Karl Vost', role: 'former leader', affiliation: 'Peruvian' },
    { source: 'the state rail firm Nordbahn', name: null, role: null, affiliation: null },
    { source: 'von der Hal', name: 'von der Hal', role: null, affiliation: null },
    { source: 'Thirty-year-old Nadia Oru', name: 'Nadia Oru', role: null, affiliation: null },
    { source: 'the 45-year-old farmer Kofi Mensah', name: 'Kofi Mensah', role: 'farmer', affiliation: null },
    { source: 'the United Nations Tomas Reyes', name: 'Tomas Reyes', role: null, affiliation: null },
    { source: 'UN Secretary-General Tomas Reyes', name: 'Tomas Reyes', role: 'secretary-general, UN', affiliation: 'UN' },
    { source: 'the Foreign Ministry', name: 'Foreign Ministry', role: null, affiliation: null },
  ];
  for (const c of cases) it(c.source, () => expect(details(c.source)).toEqual({ name: c.name, role: c.role, affiliation: c.affiliation }));
});
