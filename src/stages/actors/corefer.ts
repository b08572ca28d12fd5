import type { Mention, Sentence } from '../../core/analysis.js';
import { spanOf } from '../../core/span.js';

const DOCUMENT = /\b(?:the|a|an|its|his|her|their|this|that)\s+(?:(?:joint|official|written|brief|short|separate|new|later|earlier)\s+)?(statement|communiqu[eé]|tweet|post|declaration|press release|letter|message|readout)\b/gi;
const ISSUE_VERB = /\b(?:issued|released|published|posted|put out|made|sent|tweeted|shared|adopted|signed|read out)\b/i;
const GROUP = /\b(?:(?:both|the two|all|all the|the warring|the opposing|the conflicting)\s+(?:parties|sides|countries|nations|states|camps)|(?:parties|sides) (?:to|in|of) the (?:conflict|war|dispute|crisis|fighting)|each other)\b/gi;

function sentenceOf(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** Later surname-only mentions of a person named in full earlier ("Balkhi" after "Abdul Qahar Balkhi"). */
export function surnames(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const taken = (s: number, e: number) => [...mentions, ...out].some((m) => m.start < e && s < m.end);
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.name || !m.actor) continue;
    const parts = m.name.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1]!;
    if (surname.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    re.lastIndex = m.end;
    for (let r = re.exec(text); r; r = re.exec(text)) {
      if (taken(r.index, r.index + surname.length)) continue;
      out.push({ ...spanOf(text, r.index, r.index + surname.length), kind: 'person', actor: m.actor, basis: 'surname', name: m.name, ...(m.role && { role: m.role }), antecedent: spanOf(text, m.start, m.end) });
    }
  }
  return out;
}

/** A definite body or title ("the ministry", "the spokesman") takes the actor of the last such mention with one. */
export function definites(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    if (m.actor || !m.role) return m;
    const prev = mentions.slice(0, i).reverse().find((p) => p.actor && p.role && p.role.includes(m.role!.split(', ')[0]!));
    return prev ? { ...m, actor: prev.actor, basis: `${m.basis}+coreference`, antecedent: { text: prev.text, start: prev.start, end: prev.end } } : m;
  });
}

/**
 * Documents ("a statement", "the statement") with the actor that issued them: the subject of
 * "X issued a statement", or for "the statement" the last document mention that had one.
 */
export function documents(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const r of text.matchAll(DOCUMENT)) {
    const start = r.index;
    const end = start + r[0].length;
    const sentence = sentenceOf(sentences, start);
    const before = sentence ? text.slice(sentence.start, start) : '';
    let doc: Mention = { ...spanOf(text, start, end), kind: 'document', actor: null, basis: 'document' };
    if (sentence && ISSUE_VERB.test(before)) {
      const subject = mentions.find((m) => m.actor && m.start >= sentence.start && m.end <= start && m.kind !== 'document');
      if (subject) doc = { ...doc, actor: subject.actor, basis: 'document+issuer', antecedent: spanOf(text, subject.start, subject.end) };
    }
    if (!doc.actor && /^(?:the|this|that|its)\b/i.test(r[0])) {
      const prev = [...out].reverse().find((d) => d.actor);
      if (prev) doc = { ...doc, actor: prev.actor, basis: 'document+coreference', antecedent: spanOf(text, prev.start, prev.end) };
    }
    out.push(doc);
  }
  return out;
}

/** "both parties", "the two sides", "parties to the conflict": resolved to actors by the events stage. */
export function groups(text: string): Mention[] {
  return [...text.matchAll(GROUP)].map((r) => ({ ...spanOf(text, r.index, r.index + r[0].length), kind: 'group' as const, actor: null, basis: 'group:sides' }));
}
