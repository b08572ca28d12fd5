import type { Attribution, CodedAttribution, Mention, Segments } from '../../core/analysis.js';
import type { Stage } from '../../core/stage.js';
import { overlapping, spanOf } from '../../core/span.js';
import { classify, disapproval, type Classification } from './classify.js';
import { isStatement } from './is-statement.js';
import { eventCode, NAMED_DEMAND, THEMES } from './lexicon.js';
import { speakerActor, type SpeakerActor } from './speaker-actor.js';
import { forecastBy, overallStance, targetStances } from './stance.js';
import { conflictDyads, findTargets, type FoundTarget } from './targets.js';
import { pronounSubjects, wrongClaim } from './wrongdoing.js';

export interface EventsInput {
  readonly text: string;
  readonly segments: Segments;
  readonly mentions: readonly Mention[];
  readonly attributions: readonly Attribution[];
  readonly publishedAt: string | null;
}

/**
 * Stage 9: for each attribution (same index), the actor the speaker speaks for, the CAMEO event and PLOVER
 * category from cue and content, the targets with the speaker's stance toward each, and the overall stance.
 * Attributions that are not statements (no communication cue, no quotation) get no event.
 */
export const events: Stage<EventsInput, readonly CodedAttribution[]> = {
  name: 'events',
  run({ text, segments, mentions, attributions }, ctx) {
    const dyads = conflictDyads(text, mentions);
    ctx.trace('events', () => `conflict parties: ${dyads.map((d) => `${d.parties[0].code}-${d.parties[1].code}@${d.at}`).join(', ') || 'none'}`);
    const order = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.cue?.start ?? x.a.content.start) - (y.a.cue?.start ?? y.a.content.start));
    const out: CodedAttribution[] = new Array<CodedAttribution>(attributions.length);
    let previous: SpeakerActor | null = null;
    // A named speaker whose actor one statement shows ("Richard Armitage, former U.S. deputy secretary of state:")
    // speaks for it in the others too ("Armitage: …", "Armitage said"), wherever they come in the text.
    // A named speaker's own actor never depends on the statement before (speaker-actor.ts): it is found once here.
    const named = attributions.map((a) => (a.speakerName ? speakerActor(a, mentions, null) : undefined));
    const byName = new Map<string, SpeakerActor>();
    attributions.forEach((a, i) => {
      const found = named[i];
      if (found && !byName.has(a.speakerName!)) byName.set(a.speakerName!, found);
    });
    for (const { a, i } of order) {
      const own = named[i];
      const speaker: SpeakerActor | null = own === undefined ? speakerActor(a, mentions, previous) : (own ?? byName.get(a.speakerName!) ?? null);
      if (speaker) previous = speaker;
      const actorPart = speaker ? { actor: speaker.actor, actorEvidence: speaker.evidence } : { actor: null };
      if (!isStatement(text, a)) {
        ctx.trace('events', () => `not a statement (cue ${JSON.stringify(a.cue?.text ?? null)}): ${a.content.text.slice(0, 60)}`);
        out[i] = { ...actorPart, event: null, targets: [], stance: 'unknown' };
        continue;
      }
      const frags = a.content.fragments && a.content.fragments.length > 1 ? a.content.fragments : null;
      const words = frags ? frags.map((f) => text.slice(f.start, f.end)).join(' ') : a.content.text;
      const targets = findTargets(text, a, mentions, segments.sentences, speaker?.actor ?? null, dyads);
      // "Nissan claims the new engine is 20% better", "we are trying to help the victims": words that accuse only
      // someone the statement names (acts.json `againstSomeone`); with no actor named the rest of the words decide.
      const read = classify(a.cue?.text ?? '', words);
      const classified = read.againstSomeone && targets.length === 0 ? classify(a.cue?.text ?? '', words, true) : read;
      const stances = targetStances(text, targets, classified.act, classified.cameo, disapproval(words) >= 0, near(mentions, a), contentAt(text, a.content, frags, classified.trigger));
      // A plain statement that asserts a named actor did a wrongful act ("Russia used banned chemical agents") is
      // an accusation by the round-5 ruling, critical of that actor; the evidence is the actor and the act.
      // An accusation read from accusation words with no wrong named (112) takes the sub-code of the wrong asserted.
      const askWrong = classified.act === 'statement' || (classified.act === 'criticize' && classified.trigger?.where === 'content') || classified.cameo === '112';
      const self = (code: string) => Boolean(speaker && (code === speaker.actor.code || code === speaker.actor.country));
      const subjects = askWrong ? pronounSubjects(text, a.content.start, a.content.end, targets, mentions, self) : null;
      const claimed = subjects ? wrongClaim(text, a.cue?.text ?? '', a.content.start, a.content.end, [...targets, ...subjects.extra], mentions, subjects.pronouns) : null;
      // A wrong asserted of a pronoun whose actor was named only before the content makes that actor a target.
      let wrong = claimed;
      if (claimed && claimed.target >= targets.length) {
        targets.push(subjects!.extra[claimed.target - targets.length]!);
        stances.push('critical');
        wrong = { ...claimed, target: targets.length - 1 };
      }
      if (wrong) stances[wrong.target] = 'critical';
      // A plain statement whose words disapprove of a named actor ("Russia undertook unprecedented
      // escalation") is a criticism: CAMEO 111, read from the words around the target.
      const critical = classified.act === 'statement' && !wrong ? targets.findIndex((_, k) => stances[k] === 'critical') : -1;
      // When that disapproval is a forecast of what the actor may do ("Russia could launch an invasion"), the
      // statement is a pessimistic comment (012), not a criticism.
      const forecast = critical >= 0 && forecastBy(text, targets[critical]!, a.content.end);
      // "China must stop supporting Russia's war": necessity laid on a named actor to stop what it does is a
      // demand (codebook 10), not an appeal; the theme keeps its code under the demand root.
      const demanded = !frags && classified.act === 'appeal' && classified.trigger?.where === 'content' ? namedDemand(text, a.content.start + classified.trigger.index, targets) : -1;
      // A demand is made against the actor it is laid on (guideline: "demands against it" are critical).
      if (demanded >= 0 && stances[demanded] === 'neutral') stances[demanded] = 'critical';
      const c = wrong
        ? { ...classified, act: 'accuse', cameo: wrong.cameo, trigger: classified.act === 'accuse' ? classified.trigger : null }
        : demanded >= 0
          ? { ...classified, act: 'demand', cameo: THEMES.find((t) => t.theme === classified.theme)?.codes['10'] ?? '100' }
        : critical >= 0
          ? { ...classified, act: forecast ? 'forecast' : 'criticize', cameo: forecast ? '012' : '111', trigger: null }
          : classified;
      const criticalEvidence = wrong && classified.act !== 'accuse' ? spanOf(text, wrong.start, wrong.end) : critical >= 0 ? targets[critical]!.evidence : undefined;
      const stance = overallStance(stances, c.act, c.cameo);
      const trigger = c.trigger;
      const eventEvidence = trigger
        ? trigger.where === 'cue' && a.cue
          ? spanOf(text, a.cue.start, a.cue.end)
          : frags
            ? evidenceIn(text, a.content, trigger.text)
            : spanOf(text, a.content.start + trigger.index, a.content.start + trigger.index + trigger.text.length)
        : undefined;
      ctx.trace('events', () => `${c.cameo} (${c.act}${c.theme ? `, ${c.theme}` : ''}) → ${targets.map((t, k) => `${t.actor.code}:${stances[k]}`).join(' ') || 'no target'}; ${a.content.text.slice(0, 50)}`);
      out[i] = {
        ...actorPart,
        event: eventCode(c.cameo),
        ...(eventEvidence && { eventEvidence, stanceEvidence: eventEvidence }),
        ...(criticalEvidence && { eventEvidence: criticalEvidence, stanceEvidence: criticalEvidence }),
        targets: targets.map((t, k) => ({ ...t.actor, stance: stances[k]!, evidence: t.evidence })),
        stance,
      };
    }
    return out;
  },
};

/** The target named right before a "must stop …" at `at` as its subject, or -1. */
function namedDemand(text: string, at: number, targets: readonly FoundTarget[]): number {
  if (!NAMED_DEMAND.test(text.slice(at, at + 60))) return -1;
  return targets.findIndex((t) => t.mention && !t.locative && t.mention.end <= at && /^\s{1,2}$/.test(text.slice(t.mention.end, at)));
}

/** The mentions around an attribution (cue to content end, and a little more): the neighbours of its targets. */
function near(mentions: readonly Mention[], a: Attribution): Mention[] {
  const from = Math.min(a.cue?.start ?? a.content.start, a.content.start) - 80;
  return overlapping(mentions, from, a.content.end + 80);
}

/** Where in the text an act read in the content was triggered, or null (read in the cue, or not found). */
function contentAt(text: string, span: { start: number; end: number }, frags: readonly { start: number; end: number }[] | null, trigger: Classification['trigger']): number | null {
  if (!trigger || trigger.where !== 'content') return null;
  return frags ? (evidenceIn(text, span, trigger.text)?.start ?? null) : span.start + trigger.index;
}

/** Where the trigger words sit inside a split quotation's span. */
function evidenceIn(text: string, span: { start: number; end: number }, words: string): ReturnType<typeof spanOf> | undefined {
  const at = text.slice(span.start, span.end).toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? undefined : spanOf(text, span.start + at, span.start + at + words.length);
}
