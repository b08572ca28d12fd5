import type { Mention, MentionKind } from '../../core/analysis.js';
import type { Actor } from '../../core/types.js';
import { stateActor } from './gazetteer.js';
import type { Hit } from './find-hits.js';
import { WordRegExp } from '../../core/word-regexp.js';

const COUNTRYISH = new Set(['country', 'demonym', 'people', 'capital', 'seat', 'org']);
// "Russia's top diplomat", "the Russian deputy foreign minister": possessive and modifiers between parts.
const ADJACENT = /^(?:['’]s)?\s+(?:(?:top|deputy|chief|senior|acting|first|new|former|outgoing|then|interim|own|official|permanent|foreign|press|main)\s+)*$/i;
// "Minister of Foreign Affairs of Ukraine", "spokesman for the Ministry of Foreign Affairs".
const OF_LINK = /^\s+(?:of|for|at)\s+(?:the\s+)?$/i;
// The name patterns are built as written only for a text with letters outside ASCII (core/word-regexp.ts).
const NAME_AFTER = new WordRegExp(String.raw`^\s+((?:[A-Z][\p{L}'’.-]*|al-[\p{L}]+|bin|van|von|der|de|da|dos|el-[\p{L}]+)(?:\s+(?:[A-Z][\p{L}'’.-]*|al-[\p{L}]+|bin|van|von|der|de|da|dos|el-[\p{L}]+)){0,3})`, 'u');
// "The finance minister, Lou Jiwei, said": a name set off by commas right after a title is its holder.
const NAME_APPOSITIVE = new WordRegExp(String.raw`^\s*,\s+((?:[A-Z][\p{L}'’.-]*|al-[\p{L}]+|bin|van|von|der|de|da|dos|el-[\p{L}]+)(?:\s+(?:[A-Z][\p{L}'’.-]*|al-[\p{L}]+|bin|van|von|der|de|da|dos|el-[\p{L}]+)){1,3})\s*,`, 'u');
const NAME_BEFORE = new WordRegExp(String.raw`((?:[A-Z][\p{L}'’.-]*)(?:\s+(?:[A-Z][\p{L}'’.-]*|al-[\p{L}]+|bin|van|von|der|de)){0,3})\s*,\s*(?:the\s+|a\s+|an\s+)?$`, 'u');
// Capitalised words that start a clause, not a name: "President Putin said", "Minister On Friday".
const NOT_NAME = /^(?:The|A|An|On|In|At|And|But|Or|For|To|Of|He|She|It|They|We|I|This|That|Said|Says|Told|Has|Had|Was|Is|Will|Would|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface Chain {
  hits: Hit[];
}

function linked(text: string, prev: Hit, next: Hit, hasCountry: boolean): boolean {
  const gap = text.slice(prev.end, next.start);
  if (next.type === 'person') return prev.type === 'title' && /^\s+$/.test(gap);
  if (next.type === 'body' || next.type === 'title') return ADJACENT.test(gap) || (OF_LINK.test(gap) && prev.type !== 'person');
  if (COUNTRYISH.has(next.type) && (prev.type === 'body' || prev.type === 'title')) {
    return !hasCountry && (OF_LINK.test(gap) || (ADJACENT.test(gap) && next.type === 'org'));
  }
  return false;
}

function chains(text: string, hits: readonly Hit[]): Chain[] {
  const out: Chain[] = [];
  let cur: Chain | null = null;
  for (const h of hits) {
    const prev = cur?.hits[cur.hits.length - 1];
    const hasCountry = Boolean(cur?.hits.some((x) => COUNTRYISH.has(x.type)));
    if (cur && prev && linked(text, prev, h, hasCountry)) {
      cur.hits.push(h);
    } else {
      cur = { hits: [h] };
      out.push(cur);
    }
  }
  return out;
}

function kindOf(types: Set<string>, sector: string | null): MentionKind {
  if (types.has('people') && types.size === 1) return 'group';
  if (types.has('title') || types.has('person')) return 'person';
  if (sector === 'CVL') return 'group';
  if (types.has('body') || types.has('seat') || types.has('org')) return 'organization';
  return 'country';
}

/**
 * Composes adjacent gazetteer hits into mentions: "Russian" + "Foreign Minister" + "Sergei Lavrov" is one person
 * speaking for RUS GOV; "Afghanistan" + "Ministry of Foreign Affairs" + "spokesman" + a name likewise.
 */
export function compose(text: string, hits: readonly Hit[], day: string | null): Mention[] {
  const mentions: Mention[] = [];
  const startsAt = new Map(hits.map((h) => [h.start, h]));
  const endsAt = new Map(hits.map((h) => [h.end, h]));
  for (const { hits: parts } of chains(text, hits)) {
    const types = new Set(parts.map((p) => p.type));
    const head = parts.find((p) => COUNTRYISH.has(p.type));
    const personHit = parts.find((p) => p.type === 'person');
    const titles = parts.filter((p) => p.type === 'title');
    const bodies = parts.filter((p) => p.type === 'body');
    let start = parts[0]!.start;
    let end = parts[parts.length - 1]!.end;
    let name: string | undefined = personHit ? text.slice(personHit.start, personHit.end) : undefined;

    // A title followed by a capitalised name ("Foreign Minister Sergei Lavrov"), or an appositive before it.
    if (titles.length > 0 && !personHit && parts[parts.length - 1]!.type === 'title') {
      const after = text.slice(end, end + 80);
      const m = NAME_AFTER.for(after).exec(after) ?? NAME_APPOSITIVE.for(after).exec(after);
      const first = m?.[1]?.split(/\s+/)[0] ?? '';
      const at = m ? m[0].indexOf(m[1]!) : 0;
      const nameHit = m ? startsAt.get(end + at) : undefined;
      if (m && !NOT_NAME.test(first) && (!nameHit || nameHit.type === 'person')) {
        name = m[1]!.replace(/[,.]$/, '');
        end = end + at + name.length;
      } else {
        const lead = text.slice(Math.max(0, start - 80), start);
        const b = NAME_BEFORE.for(lead).exec(lead);
        const bfirst = b?.[1]?.split(/\s+/)[0] ?? '';
        const before = b ? endsAt.get(start - b[0].length + b[1]!.length) : undefined;
        if (b && !NOT_NAME.test(bfirst) && (!before || before.type === 'person')) {
          name = b[1]!;
          start = start - b[0].length;
        }
      }
    }

    // The sector a chain speaks for: its most specific title, else its body, else the named institution.
    const titleSector = [...titles].reverse().map((t) => t.entry.sector).find((s) => s && s !== 'inherit') ?? null;
    const bodySector = bodies.map((b) => b.entry.sector).find((s) => s) ?? null;
    const headActor = head ? head.entry.actorAt(day) : null;
    const personActor = personHit ? personHit.entry.actorAt(day) : null;
    let actor: Actor | null = null;
    if (headActor) {
      const sector = titleSector ?? bodySector ?? headActor.sector ?? (titles.length > 0 ? 'GOV' : null);
      actor = head!.type === 'org' ? { ...headActor, sector: headActor.sector ?? sector } : { ...headActor, sector };
      if (head!.type !== 'org' && headActor.country) actor = stateActor(headActor.country, sector);
    } else if (personActor) {
      actor = personActor;
    }
    // A lone body or title ("forces", "official") is a mention only when definite: it may corefer later.
    if (!head && !personHit && !name) {
      const definite = /\b(?:the|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      if (!definite) continue;
    }
    const role = [...titles.map((t) => text.slice(t.start, t.end).toLowerCase()), ...bodies.map((b) => b.entry.label)].join(', ') || undefined;
    const basis = [...new Set(parts.map((p) => (p.type === 'org' ? 'organization' : p.type)))].join('+') + (name && !personHit ? '+name' : '');
    mentions.push({
      text: text.slice(start, end),
      start,
      end,
      kind: name ? 'person' : kindOf(types, actor?.sector ?? bodySector),
      actor,
      basis,
      ...(role && { role }),
      ...(name && { name }),
    });
  }
  return mentions;
}
