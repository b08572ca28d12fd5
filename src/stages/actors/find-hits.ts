import { gazetteer, type Entry, type HitType } from './gazetteer.js';

/** A gazetteer match in the text, before composition. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly type: HitType;
  readonly entry: Entry;
}

// When one span matches several entries, the more specific reading wins.
const PRIORITY: Record<HitType, number> = { org: 7, seat: 6, person: 5, country: 4, capital: 3, demonym: 2, people: 2, title: 1, body: 0 };

/** Capitals are metonyms only on their own: not inside "Moscow State University" or "Kyiv Post". */
function insideLongerName(text: string, start: number, end: number): boolean {
  const after = /^\s+(?:[A-Z][a-z]+)/.exec(text.slice(end, end + 30));
  if (after && !/^\s+(?:The|A|An|On|In|And|But|For|To|Is|Was|Has|Said|Says)\b/.test(after[0])) return true;
  const before = /(?:[A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  return Boolean(before) && !/(?:^|\s)(?:The|In|And|But|From|To|On|At|With|By|Of|For|As|That|When|While)\s+$/.test(before![0]);
}

// Capitalised function words that open a clause: before a name they are no part of it.
const CONNECTIVES = 'Today|The|In|And|Of|From|To|With|For|By|On|At|As|That|When|While|Both|But|Said|Says|If|Whether|Why|How|What|Yesterday|Meanwhile|Now|Also|Only|Even|Then|Still|Unlike|Like|Against|Across|Inside|Outside|Within|Without|Between|Toward|Towards';
// Capitalised words that may stand before a country name without making it part of a personal name.
const BEFORE_COUNTRY = new RegExp(`^(?:Western|Eastern|Northern|Southern|Central|Occupied|Soviet|Greater|Mainland|Independent|Democratic|Communist|Imperial|Free|Modern|Neighbouring|Neighboring|Post-Soviet|Pre-war|Wartime|${CONNECTIVES}|Support|Help)$`);

/** "Jim Jordan", "Chad Wolf": a country name right after a first name, mid-sentence, is part of a person's name. */
function personalName(text: string, start: number, end: number): boolean {
  const m = /(?:[a-z,;:.]\s+)([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (m && !BEFORE_COUNTRY.test(m[1]!)) return true;
  // "Jordan Peterson": a country name followed directly by a capitalised word that no gazetteer entry starts.
  return /^\s+[A-Z][a-z]+(?:\s|[,.])/.test(text.slice(end, end + 30)) && /^\s+(?:[A-Z][a-z]+)\s+(?:said|says|told|wrote|added|argued|noted)\b/.test(text.slice(end, end + 40));
}

// Words that may stand right before an office holder's surname without being another first name: titles and
// function words ("President Trump", "Foreign Minister Lavrov", "But Biden said").
const BEFORE_SURNAME = new RegExp(
  `^(?:President|Vice|Secretary|Minister|Chancellor|Premier|Prime|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Speaker|Leader|Chairman|Chairwoman|Chair|Director|General|Gen|Admiral|Adm|Colonel|Col|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|King|Queen|Prince|Emir|Sheikh|Pope|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Judge|Justice|Commissioner|Counsel|Adviser|Advisor|Comrade|Elect|Former|Acting|Deputy|Foreign|Defence|Defense|Finance|State|Interior|Press|Security|Affairs|Kremlin|Nations|Tsar|Czar|Dictator|Presidents|Leaders|Ministers|Secretaries|Presidential|Senators|Candidate|Nominee|Republican|Democrat|Democratic|` +
    `${CONNECTIVES}|Or|After|Before|Since|Until|Under|Where|Who|Whom|Although|Though|Because|So|Yet|Nor|Neither|Either|Later|Earlier|Last|This|Here|There|It|He|She|They|We)$`,
);

/**
 * "Hunter Biden", "Ivanka Trump", "Donald Trump Jr.": an office holder's surname after another first name, or a
 * listed name followed by "Jr.", is somebody else of that family.
 */
export function anotherBearer(text: string, start: number, end: number, surnameOnly: boolean): boolean {
  if (/^\s+(?:Jr|Sr)\b/.test(text.slice(end, end + 5))) return true;
  if (!surnameOnly) return false;
  // A word closed by a period ends a sentence or is an honorific ("Friday. Balkhi said", "Mr. Balkhi"): no first name.
  const m = /(?:^|[^\p{L}.])(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return Boolean(m) && !BEFORE_SURNAME.test(m![1]!);
}

/** All gazetteer matches, overlaps resolved: longest first, then the more specific type. */
export function findHits(text: string, day: string | null): Hit[] {
  const g = gazetteer();
  const raw: Hit[] = [];
  for (const m of g.scan(text, false)) {
    const start = m.index;
    const end = start + m.text.length;
    for (const entry of g.lookup(m.text, false)) {
      if (entry.type === 'capital' && insideLongerName(text, start, end)) continue;
      if (entry.type === 'country' && !/\s/.test(m.text) && personalName(text, start, end)) continue;
      if (entry.type === 'person' && entry.actorAt(day) === null && !/\s/.test(entry.surface)) continue;
      if (entry.type === 'person' && anotherBearer(text, start, end, !/\s/.test(entry.surface))) continue;
      raw.push({ start, end, type: entry.type, entry });
    }
  }
  for (const m of g.scan(text, true)) {
    for (const entry of g.lookup(m.text, true)) raw.push({ start: m.index, end: m.index + m.text.length, type: entry.type, entry });
  }
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.type] - PRIORITY[a.type] || a.start - b.start);
  // Characters already claimed by a longer (or more specific) hit: linear in the text, whatever the hit count.
  const claimed = new Uint8Array(text.length);
  const kept: Hit[] = [];
  for (const h of raw) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (claimed[i]) free = false;
    if (!free) continue;
    claimed.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
