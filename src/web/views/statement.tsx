import { useState } from 'preact/hooks';
import type { Statement, TextSpan } from '../../core/types.js';
import { ArticleText, MARK_LABEL } from '../components/article-text.js';
import { ErrorNote, Loading, OriginalLink } from '../components/bits.js';
import { StatementCard } from '../components/statement-card.js';
import { api } from '../lib/api.js';
import type { Mark } from '../lib/highlight.js';
import { Link } from '../lib/router.js';
import { useAsync } from '../lib/use-async.js';
import { documentName } from '../lib/document-name.js';

/** Every span that proves a field of the statement, as highlight marks. */
export function evidenceMarks(s: Statement): Mark[] {
  const marks: Mark[] = [];
  const add = (span: TextSpan | { start: number; end: number } | null | undefined, kind: string, label?: string) => {
    if (span && span.end > span.start) marks.push({ start: span.start, end: span.end, kind, ...(label ? { label } : {}) });
  };
  if (s.content.fragments?.length) for (const f of s.content.fragments) add(f, 'content');
  else add(s.content, 'content');
  add(s.cue, 'cue');
  add(s.speaker, 'speaker', s.speaker?.name ? `speaker: ${s.speaker.name}` : undefined);
  add(s.speaker?.antecedent, 'antecedent');
  add(s.evidence.role, 'role', s.role ? `role: ${s.role}` : undefined);
  add(s.evidence.actor, 'actor', s.actor ? `actor: ${s.actor.code}` : undefined);
  add(s.evidence.channel, 'channel', s.channel ? `channel: ${s.channel}` : undefined);
  add(s.evidence.saidOn, 'saidOn', s.saidOn ? `said on ${s.saidOn.date}` : undefined);
  add(s.evidence.event, 'event', s.event ? `event: ${s.event.label}` : undefined);
  add(s.evidence.stance, 'stance', `stance: ${s.stance}`);
  for (const t of s.targets) add(t.evidence, 'target', `target: ${t.code} (${t.stance})`);
  return marks;
}

export function StatementView({ id }: { id: string }) {
  const result = useAsync(`statement:${id}`, () => api.statement(id));
  const [showRemoved, setShowRemoved] = useState(true);
  if (result.state === 'loading') return <Loading what="the statement" />;
  if (result.state === 'error') return <ErrorNote error={result.error} />;
  const { statement, document: stored, sources } = result.value;
  const document = stored.record;
  const others = sources.filter((s) => s.documentId !== stored.id);
  const marks = evidenceMarks(statement);
  const kinds = [...new Set(marks.map((m) => m.kind))];
  return (
    <section aria-labelledby="statement-title">
      <h1 id="statement-title">Statement</h1>
      <StatementCard statement={statement} link={false} />
      <h2>In its source</h2>
      <p class="doc-meta">
        <Link href={`/documents/${encodeURIComponent(stored.id)}`}>{documentName(document.title, document.source)}</Link>
        {document.outlet ? ` · ${document.outlet}` : ''}
        {document.publishedAt ? ` · published ${document.publishedAt}` : ''}
        <OriginalLink url={document.url} />
      </p>
      <p class="legend" aria-label="Highlight legend">
        {kinds.map((k) => (
          <mark key={k} class={`ev ev-${k}`}>
            {MARK_LABEL[k] ?? k}
          </mark>
        ))}
        {document.removed.length > 0 ? (
          <label class="toggle">
            <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved((e.currentTarget as HTMLInputElement).checked)} /> show removed junk (
            {document.removed.length})
          </label>
        ) : null}
      </p>
      <ArticleText text={document.text} marks={marks} removed={document.removed} showRemoved={showRemoved} />
      <h2>Evidence</h2>
      <dl class="evidence">
        {marks.map((m, i) => (
          <div key={i}>
            <dt>{m.label ?? MARK_LABEL[m.kind] ?? m.kind}</dt>
            <dd>
              <q>{document.text.slice(m.start, m.end)}</q> <span class="muted">at {m.start}–{m.end}</span>
            </dd>
          </div>
        ))}
      </dl>
      {others.length > 0 ? (
        <>
          <h2>Also reported by</h2>
          <ul>
            {others.map((d) => (
              <li key={d.documentId}>
                <Link href={`/documents/${encodeURIComponent(d.documentId)}`}>{documentName(d.title, d.source)}</Link>
                {d.publishedAt ? ` · ${d.publishedAt}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
