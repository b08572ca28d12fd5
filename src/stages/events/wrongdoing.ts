import wrongsData from './data/wrongs.json' with { type: 'json' };
import type { Mention } from '../../core/analysis.js';
import { spanOf } from '../../core/span.js';
import { anyOf, fold, NeedleIndex } from '../../core/needle.js';
import { wordScript, WordRegExp } from '../../core/word-regexp.js';
import { targetActor, type FoundTarget } from './targets.js';

/**
 * A claim that a named actor did a wrongful act: "Russia used banned chemical agents", "Russian forces have
 * deliberately targeted civilians". By the round-5 ruling (test/annotations/README.md) such a claim is an
 * accusation (CAMEO 112, the sub-code the wrong names) whatever the cue, because the codebook codes an
 * allegation as an allegation without knowing whether it is true. The wrongs are data (data/wrongs.json),
 * drawn from the codebook's 112x sub-codes and the wrongful acts of roots 18-20.
 */
export interface WrongClaim {
  /** CAMEO code of the accusation: 1121-1125, or 112 for blame for harm. */
  readonly cameo: string;
  /** Index of the accused actor in the statement's targets. */
  readonly target: number;
  /** Text offsets of the words that prove it: from the actor mention to the end of the wrongful-act words. */
  readonly start: number;
  readonly end: number;
}

interface Wrong {
  readonly code: string;
  readonly re: WordRegExp;
}

// Verbal predicates only, anchored at the start of the text read after the actor (see GAP).
const WRONGS: readonly Wrong[] = wrongsData.wrongs.map((w) => ({
  code: w.code,
  re: new WordRegExp(`(?<![\\p{L}\\p{N}])(?:${w.patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));
// Each wrong's needles (core/needle.ts), found in one pass over the words after a naming: a wrong none of whose
// literals is there cannot match, and its pattern is not run.
const WRONG_INDEX = new NeedleIndex(wrongsData.wrongs.map((w) => anyOf(w.patterns.join('|'))));

// Between the actor and its act: its own head noun and auxiliaries ("'s forces have deliberately"), at most
// five words, no clause break. A negation, a modal or a conditional there ("could have used", "did not
// invade", "wants to invade") makes the act unasserted, and the claim no charge.
// A parenthetical between commas ("Russia, in breach of its own pledges, used …") is skipped over.
const GAP = new WordRegExp(String.raw`^(?:['’]s?)?(?:\s+[\p{L}-]+){0,5}(?:\s*,[^,.;:!?"“”]{1,80},)?(?:\s+[\p{L}-]+){0,3}\s+$`, 'u');
const UNASSERTED = new WordRegExp(String.raw`(?<![\p{L}])(?:not|never|no|nor|n['’]t|would|could|may|might|will|shall|should|can|cannot|must|to|if|unless|whether|perhaps|possibly|allegedly|reportedly|den(?:y|ies|ied|ying)|reject\w*|claim\w*|say|says|said)(?![\p{L}])`, 'iu');
// Read before the actor: a condition, a denial or a negated claim frames the whole clause ("if Russia
// invaded", "there is no evidence that Russia used", "Moscow denies that its troops shelled").
const FRAMED = new WordRegExp(String.raw`(?<![\p{L}])(?:if|unless|whether|not|never|no|n['’]t|den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|false(?:ly)?|would|could|might|lest|in case)(?![\p{L}])[^.;!?]{0,40}$`, 'iu');
const framed = (clause: string) => FRAMED.for(clause).test(clause);
// A cue of denial or rejection reports someone denying the wrong, not alleging it.
const DENYING_CUE = new WordRegExp(String.raw`(?<![\p{L}])(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|dismiss\w*|rebuff\w*)(?![\p{L}])`, 'iu');
// The passive with the actor as agent: "civilians were deported by Russian forces".
const PASSIVE_BY = new WordRegExp(String.raw`(?<![\p{L}])(?:was|were|been|being|is|are)\s+(?:[\p{L}]+ly\s+)?(tortured|deported|abducted|kidnapped|invaded|annexed|looted|massacred|murdered|executed|persecuted|hacked|occupied illegally)(?:\s+[\p{L}-]+){0,4}\s+by\s+(?:the\s+)?$`, 'iu');
const PASSIVE_CODE: Readonly<Record<string, string>> = {
  tortured: '1122', deported: '1122', persecuted: '1122', abducted: '1121', kidnapped: '1121', looted: '1121', murdered: '1121',
  invaded: '1123', annexed: '1123', 'occupied illegally': '1123', massacred: '1124', executed: '1124', hacked: '1125',
};

// A wrong named as a noun and then said, in the passive, to be the work of an actor: "the forcible transfer of the
// children was planned and organised by X", "the policy of abduction … is orchestrated at all levels of X's
// government". The claim is the same accusation as "X deported the children", only nominalised (round 9).
const NOMINAL_BY = new WordRegExp(
  String.raw`(?<![\p{L}])(deportations?|forc(?:ed|ible) (?:transfers?|relocation|removal|displacement)|russification|abductions?|kidnappings?|tortur(?:e|ing)|massacres?|mass killings?|killings? of civilians|war crimes|atrocities|invasion|annexation|occupation)(?![\p{L}])[^.;!?]{0,120}?(?<![\p{L}])(?:is|are|was|were|been|being)\s[^.;!?]{0,60}?(?<![\p{L}])(?:planned|organi[sz]ed|orchestrated|carried out|committed|perpetrated|ordered|conducted|directed|coordinated|masterminded)(?![\p{L}])[^.;!?]{0,60}?(?:\bby|\b(?:at|on) (?:all |the )?(?:highest |top |every )?levels? of|\bfrom)\s+(?:the\s+)?$`,
  'iu',
);
const NOMINAL_CODE: readonly [RegExp, string][] = [
  [/^(?:deport|forc|russif|tortur)/i, '1122'],
  [/^(?:abduct|kidnap)/i, '1121'],
  [/^(?:invasion|annexation|occupation)/i, '1123'],
  [/./, '1124'],
];

const PRONOUN = new WordRegExp(String.raw`(?<![\p{L}])(he|she|it|they)(?![\p{L}'’])`, 'giu');

/**
 * The actors pronoun subjects inside the content stand for ("… it has deported thousands"): the last actor of
 * the pronoun's kind named before it (a person for he/she, a state or body for it/they), within a few
 * sentences, never the speaker's own side. Each is given as the index of a target; an actor not among the
 * targets is appended to `extra` (a referred-to actor is a target by the guideline), so a wrong asserted of
 * the pronoun can be pinned on it.
 */
export function pronounSubjects(
  text: string,
  contentStart: number,
  contentEnd: number,
  targets: readonly FoundTarget[],
  mentions: readonly Mention[],
  isSelf: (code: string) => boolean,
): { pronouns: { m: { start: number; end: number }; k: number }[]; extra: FoundTarget[] } {
  const pronouns: { m: { start: number; end: number }; k: number }[] = [];
  const extra: FoundTarget[] = [];
  const inside = text.slice(contentStart, contentEnd);
  const pronoun = PRONOUN.for(inside);
  pronoun.lastIndex = 0;
  for (let p = pronoun.exec(inside); p; p = pronoun.exec(inside)) {
    const at = contentStart + p.index;
    const person = /^(?:he|she)$/i.test(p[1]!);
    let antecedent: Mention | undefined;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end > at) continue;
      if (at - m.end > 400) break;
      if (m.actor && m.kind !== 'document' && m.actor.sector !== 'MED' && (m.kind === 'person') === person) {
        antecedent = m;
        break;
      }
    }
    if (!antecedent) continue;
    const actor = targetActor(antecedent.actor!);
    if (isSelf(actor.code) || isSelf(antecedent.actor!.code)) continue;
    const all = [...targets, ...extra];
    let k = all.findIndex((t) => t.actor.code === actor.code);
    if (k < 0) {
      extra.push({ actor, evidence: spanOf(text, at, at + p[1]!.length), mention: null, regionStart: contentStart, locative: false });
      k = all.length;
    }
    pronouns.push({ m: { start: at, end: at + p[1]!.length }, k });
  }
  return { pronouns, extra };
}

/**
 * The first wrongful act the content asserts of one of the statement's named targets (never the speaker's
 * own actor: targets exclude it), or null. `contentStart`/`contentEnd` bound the words read.
 */
export function wrongClaim(
  text: string,
  cue: string,
  contentStart: number,
  contentEnd: number,
  targets: readonly FoundTarget[],
  mentions: readonly Mention[] = [],
  pronouns: readonly { m: { start: number; end: number }; k: number }[] = [],
): WrongClaim | null {
  if (DENYING_CUE.for(cue).test(cue)) return null;
  let best: WrongClaim | null = null;
  // Every naming of a target inside the content, not only the one the target kept: the wrong may follow a
  // second mention ("… Russia. Russia has also used …").
  const namings: { m: { start: number; end: number }; k: number }[] = [];
  targets.forEach((t, k) => {
    if (t.mention && !t.locative) namings.push({ m: t.mention, k });
    for (const m of mentions) if (m.actor && m.actor.code === t.actor.code && m !== t.mention) namings.push({ m, k });
  });
  for (const p of pronouns) namings.push(p);
  namings.forEach(({ m, k }) => {
    if (m.start < contentStart || m.end > contentEnd) return;
    const before = text.slice(Math.max(contentStart, m.start - 60), m.start);
    const clauseBefore = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
    const passive = PASSIVE_BY.for(clauseBefore).exec(clauseBefore);
    if (passive && !framed(clauseBefore.slice(0, passive.index))) {
      const code = PASSIVE_CODE[passive[1]!.toLowerCase()] ?? '112';
      const start = m.start - clauseBefore.length + passive.index;
      if (!best || start < best.start) best = { cameo: code, target: k, start, end: m.end };
      return;
    }
    // The nominal wrong may stand a clause or two before its agent (commas and quotation marks between).
    const sentence = text.slice(Math.max(contentStart, m.start - 260), m.start);
    const sentenceBefore = sentence.slice(Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf(';'), sentence.lastIndexOf('!'), sentence.lastIndexOf('?')) + 1);
    const nominal = NOMINAL_BY.for(sentenceBefore).exec(sentenceBefore);
    if (nominal && !framed(sentenceBefore.slice(0, nominal.index))) {
      const code = NOMINAL_CODE.find(([re]) => re.test(nominal[1]!))![1];
      const start = m.start - sentenceBefore.length + nominal.index;
      if (!best || start < best.start) best = { cameo: code, target: k, start, end: m.end };
      return;
    }
    if (framed(clauseBefore)) return;
    const after = text.slice(m.end, Math.min(contentEnd, m.end + 160));
    const present = WRONG_INDEX.present(fold(after));
    const script = wordScript(after);
    for (const [i, w] of WRONGS.entries()) {
      if (!present[i]) continue;
      const hit = w.re.pick(script).exec(after);
      if (!hit) continue;
      const gap = after.slice(0, hit.index);
      const gapScript = wordScript(gap);
      if (!(hit.index === 0 || GAP.pick(gapScript).test(gap)) || UNASSERTED.pick(gapScript).test(gap)) continue;
      const start = m.start;
      if (!best || start < best.start || (start === best.start && m.end + hit.index < best.end)) best = { cameo: w.code, target: k, start, end: m.end + hit.index + hit[0].length };
    }
  });
  return best;
}
