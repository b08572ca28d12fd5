import type { Attribution, Mention } from '../../core/analysis.js';
import type { Actor, TextSpan } from '../../core/types.js';
import { overlapping } from '../../core/span.js';

const PRONOUN = /^(?:he|she|it|they|we|i|who|which|that)$/i;

export interface SpeakerActor {
  readonly actor: Actor;
  readonly evidence: TextSpan;
}

/** States speak through their governments: "Russia said" is RUS GOV. */
function asSpeaker(m: Mention): Actor {
  const a = m.actor!;
  return a.sector === null && a.country !== null && a.code === a.country ? { ...a, sector: 'GOV' } : a;
}

// "A college student in Beijing", "residents of Kharkiv", "an analyst from Moscow": a place after a private person
// says where they are, not whom they speak for. After an office ("officials in Kyiv", "the embassy in Paris") it
// does say it.
const PLACE_OF_PERSON = /\b([a-z][a-z-]+)\s+(?:in|from|at|of)\s+(?:the\s+)?$/;
const OFFICE = /^(?:officials?|authorit(?:y|ies)|government|diplomats?|spokes\w*|ministers?|ministry|embassy|consulate|envoys?|ambassadors?|military|forces|troops|police|army|commanders?|leaders?|leadership|delegations?|representatives?|administration|office|council|parliament|mission|agency|secretary|president|governor|mayor|head|chief)$/;

function best(mentions: readonly Mention[], span: TextSpan): Mention | undefined {
  // A bare demonym ("the Russian tycoon", "a Ukrainian analyst") says where a speaker is from, not whom
  // they speak for; with a title or body it is composed into a wider mention and counts there.
  const hits = overlapping(mentions, span.start, span.end).filter((m) => {
    if (!m.actor || m.kind === 'group' || m.basis === 'demonym') return false;
    const place = m.start > span.start ? PLACE_OF_PERSON.exec(span.text.slice(0, m.start - span.start)) : null;
    return !place || OFFICE.test(place[1]!);
  });
  // The widest mention holds the most of the speaker's description ("Russian Foreign Minister Sergei Lavrov").
  return hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

function evidence(m: Mention): TextSpan {
  return { text: m.text, start: m.start, end: m.end };
}

/**
 * The actor a speaker speaks for: the mention that covers the source (or its antecedent, or the affiliation
 * named with it), a person known by name elsewhere in the text, or for "he", "it", "the statement" with no
 * antecedent, the actor of the attribution before (a pronoun continues the last speaker).
 */
export function speakerActor(a: Attribution, mentions: readonly Mention[], previous: SpeakerActor | null): SpeakerActor | null {
  const spans = [a.source, a.antecedent, a.affiliation].filter((s): s is NonNullable<typeof s> => Boolean(s));
  for (const s of spans) {
    const m = best(mentions, s);
    if (m) return { actor: asSpeaker(m), evidence: evidence(m) };
  }
  if (a.speakerName) {
    const name = a.speakerName;
    const surname = name.split(/\s+/).pop()!;
    const byName = mentions.find((m) => m.kind === 'person' && m.actor && m.name && (m.name === name || m.name.split(/\s+/).pop() === surname));
    if (byName) return { actor: asSpeaker(byName), evidence: evidence(byName) };
    // A speaker known by name but not by whom they speak for stays unknown: never borrow the last speaker's actor.
    return null;
  }
  const sourceText = a.source?.text.trim() ?? '';
  const anaphoric = a.source?.type === 'document' || PRONOUN.test(sourceText) || /^the\s+(?:statement|official|spokes\w+|minister|president|ministry|document|authors?|leader)\b/i.test(sourceText);
  return anaphoric ? previous : null;
}
