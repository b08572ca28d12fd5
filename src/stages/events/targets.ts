import type { Attribution, Mention, Sentence } from '../../core/analysis.js';
import type { Actor, TextSpan } from '../../core/types.js';
import { overlapping, spanOf } from '../../core/span.js';

export interface FoundTarget {
  readonly actor: Actor;
  readonly evidence: TextSpan;
  /** The mention itself when the target is named (stance reads the words around it). */
  readonly mention: Mention | null;
  /** Where the region that holds the mention starts (the content, or the words between cue and content). */
  readonly regionStart: number;
  /** Named as a place ("the war in Ukraine", "troops in Poland"): the scene, not the object of the act. */
  readonly locative: boolean;
}

// "in Ukraine", "across eastern Ukraine", "on Ukrainian soil" is where something happens, not whom it concerns.
const LOCATIVE = /\b(?:in|inside|across|throughout|within|into|near|at|on the territory of|around)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|occupied\s+)?$/i;
// A capital after such a preposition is a place ("talks in Vilnius", "a trip to Moscow"), never an actor.
// ("supplies to Kyiv", "a message from Moscow" keep the capital: there it stands for the government.)
const PLACE_PREPOSITION = /\b(?:in|inside|at|near|outside|around|across|via|through)\s+$/i;

const DYAD_BEFORE = /\b(?:war|conflict|crisis|fighting|tensions|hostilities|dispute|talks|negotiations|confrontation|standoff)\s+between\s+(?:the\s+)?$/i;
const DYAD_POSSESSIVE = /^['’]s\s+(?:\w+[\s-]+){0,2}?(?:invasion|war|aggression|attacks?|offensive|assault|occupation)\s+(?:of|on|against|in)\s+(?:the\s+)?$/i;
const DYAD_VERB = /^\s+(?:has\s+|had\s+)?(?:invaded|attacked|annexed)\s+$/i;
const DYAD_COMPOUND = /^[-–]$/;
const SITUATION = /\b(?:the|this|that)\s+(?:ongoing\s+|current\s+|present\s+)?(?:situation|crisis|conflict|war|fighting|hostilities|escalation|tensions)\b/gi;

function state(m: Mention): boolean {
  return Boolean(m.actor && m.actor.country && m.actor.code === m.actor.country && m.kind !== 'document');
}

/** Target actors name the state or organisation, not the speaking body ("Russia", not "Russia GOV"). */
export function targetActor(a: Actor): Actor {
  return a.country && a.code === a.country ? { name: a.name, code: a.code, country: a.country, sector: null } : a;
}

export interface Dyad {
  readonly parties: readonly [Actor, Actor];
  readonly at: number;
}

/**
 * The two sides of the conflict the article is about, for "both parties", "the two sides", "the situation":
 * "the war between X and Y", "X's invasion of Y", "X invaded Y", "Israeli-Palestinian conflict".
 */
export function conflictDyads(text: string, mentions: readonly Mention[]): Dyad[] {
  const states = mentions.filter(state);
  const out: Dyad[] = [];
  for (let i = 0; i + 1 < states.length; i++) {
    const x = states[i]!;
    const y = states[i + 1]!;
    if (x.actor!.code === y.actor!.code || y.start - x.end > 60) continue;
    const gap = text.slice(x.end, y.start);
    const hit =
      (/^\s+and\s+(?:the\s+)?$/i.test(gap) && DYAD_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start))) ||
      DYAD_POSSESSIVE.test(gap) ||
      DYAD_VERB.test(gap) ||
      (DYAD_COMPOUND.test(gap) && /^\s+(?:conflict|war|dispute|crisis|talks)/i.test(text.slice(y.end, y.end + 12)));
    if (hit) out.push({ parties: [targetActor(x.actor!), targetActor(y.actor!)], at: x.start });
  }
  return out;
}

/** The dyad in force at `at`: the last one stated before it, else the first one after. */
export function dyadAt(dyads: readonly Dyad[], at: number): Dyad | null {
  return [...dyads].reverse().find((d) => d.at <= at) ?? dyads[0] ?? null;
}

function regions(a: Attribution, sentences: readonly Sentence[]): { start: number; end: number }[] {
  const parts = a.content.fragments && a.content.fragments.length > 0 ? [...a.content.fragments] : [{ start: a.content.start, end: a.content.end }];
  // "strongly condemned Thailand for …": an object the cue's words hold is addressed too.
  if (a.cue && (a.cue.end <= a.content.start || a.cue.start >= a.content.end)) parts.unshift({ start: a.cue.start, end: a.cue.end });
  // "called on the international community to …": the object between the cue and the content is addressed too.
  if (a.cue && a.cue.end <= a.content.start) {
    const s = sentences.find((x) => x.start <= a.cue!.start && a.cue!.end <= x.end);
    if (s && a.content.start <= s.end) parts.unshift({ start: a.cue.end, end: a.content.start });
  }
  return parts;
}

/**
 * Whom a statement is about or addressed to: actors named in the content (and between cue and content),
 * "both sides" and "the situation" resolved to the article's conflict parties; never the speaker itself.
 */
export function findTargets(
  text: string,
  a: Attribution,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  speaker: Actor | null,
  dyads: readonly Dyad[],
): FoundTarget[] {
  const out: FoundTarget[] = [];
  // The country named in the speaker's own description ("US officials", "a Russian diplomat") is the speaker's
  // side even when no actor could be resolved for the speaker.
  const own = new Set(a.source ? overlapping(mentions, a.source.start, a.source.end).map((m) => m.actor?.country).filter((c): c is string => Boolean(c)) : []);
  const isSelf = (x: Actor) =>
    Boolean(speaker && (x.code === speaker.code || (speaker.country && x.country === speaker.country && x.code === x.country))) ||
    (!speaker && x.code === x.country && own.has(x.code));
  const add = (actor: Actor, evidence: TextSpan, mention: Mention | null, regionStart: number) => {
    const t = targetActor(actor);
    if (isSelf(t)) return;
    const locative = mention !== null && LOCATIVE.test(text.slice(Math.max(regionStart, mention.start - 40), mention.start));
    // The cue is read with an actor it governs directly ("warned Putin would …", "condemned Russia's …").
    const governed = a.cue !== null && a.cue.end <= regionStart && mention !== null && mention.start - a.cue.end <= 12;
    const found: FoundTarget = { actor: t, evidence, mention, regionStart: governed ? a.cue!.start : regionStart, locative };
    const k = out.findIndex((o) => o.actor.code === t.code);
    // Named first as a place and then as an actor ("important in Russia … pressure on Russia"): the actor's
    // mention is the one whose words tell the stance; the target keeps its rank.
    if (k >= 0) {
      if (out[k]!.locative && mention && !locative) out[k] = found;
      return;
    }
    out.push(found);
  };
  const dyad = dyadAt(dyads, a.content.start);
  for (const r of regions(a, sentences)) {
    const inside = overlapping(mentions, r.start, r.end).filter((m) => m.start >= r.start && m.end <= r.end && !(a.source && m.start < a.source.end && a.source.start < m.end));
    for (const m of inside.sort((x, y) => x.start - y.start)) {
      if (m.kind === 'group' && !m.actor) {
        if (dyad) for (const p of dyad.parties) add(p, spanOf(text, m.start, m.end), null, r.start);
      } else if (m.actor && m.actor.sector !== 'MED' && m.kind !== 'document') {
        if (m.basis === 'capital' && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
        add(m.actor, spanOf(text, m.start, m.end), m, r.start);
      }
    }
    if (dyad) {
      SITUATION.lastIndex = 0;
      const slice = text.slice(r.start, r.end);
      for (let s = SITUATION.exec(slice); s; s = SITUATION.exec(slice)) {
        for (const p of dyad.parties) add(p, spanOf(text, r.start + s.index, r.start + s.index + s[0].length), null, r.start);
      }
    }
  }
  return out;
}
