import { useState } from 'preact/hooks';
import { ArticleText } from '../components/article-text.js';
import { ErrorNote, Loading, OriginalLink } from '../components/bits.js';
import { StatementCard } from '../components/statement-card.js';
import { api } from '../lib/api.js';
import { useAsync } from '../lib/use-async.js';
import { documentName } from '../lib/document-name.js';

/** A source document: the clean text with every statement's words marked, junk struck through. */
export function DocumentView({ id }: { id: string }) {
  const result = useAsync(`document:${id}`, () => api.document(id));
  const [showRemoved, setShowRemoved] = useState(true);
  if (result.state === 'loading') return <Loading what="the document" />;
  if (result.state === 'error') return <ErrorNote error={result.error} />;
  const { document: stored, statements } = result.value;
  const d = stored.record;
  const marks = statements.flatMap((s) => (s.content.fragments?.length ? s.content.fragments : [s.content]).map((f) => ({ start: f.start, end: f.end, kind: 'content' })));
  return (
    <section aria-labelledby="doc-title">
      <h1 id="doc-title">{documentName(d.title, d.source)}</h1>
      <p class="doc-meta muted">
        {[d.outlet, d.publishedAt ? `published ${d.publishedAt}` : null, d.authors.length ? `by ${d.authors.join(', ')}` : null, d.language].filter(Boolean).join(' · ')}
        <OriginalLink url={d.url} />
      </p>
      <p class="muted">Source: {d.source}</p>
      {d.removed.length > 0 ? (
        <label class="toggle">
          <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved((e.currentTarget as HTMLInputElement).checked)} /> show the {d.removed.length} removed
          span{d.removed.length === 1 ? '' : 's'}
        </label>
      ) : null}
      <ArticleText text={d.text} marks={marks} removed={d.removed} showRemoved={showRemoved} />
      <h2>
        {statements.length} statement{statements.length === 1 ? '' : 's'}
      </h2>
      <ol class="cards">
        {statements.map((s) => (
          <li key={s.id}>
            <StatementCard statement={s} />
          </li>
        ))}
      </ol>
    </section>
  );
}
