import { useState } from 'preact/hooks';
import type { ExtractAnswer } from '../../server/api-types.js';
import { ArticleText } from '../components/article-text.js';
import { ErrorNote } from '../components/bits.js';
import { StatementCard } from '../components/statement-card.js';
import { api, ApiFailure } from '../lib/api.js';
import { evidenceMarks } from './statement.js';

/** Paste any text or HTML and see what the pipeline finds; nothing is stored. */
export function ExtractView() {
  const [text, setText] = useState(() => sessionStorage.getItem('communique:paste') ?? '');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ExtractAnswer | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    sessionStorage.setItem('communique:paste', text);
    try {
      setAnswer(await api.extract({ [format]: text, ...(published ? { published } : {}) }));
    } catch (err) {
      setAnswer(null);
      setError(err instanceof ApiFailure ? err : new ApiFailure('CLIENT', String(err), 0));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="extract-title">
      <h1 id="extract-title">Try extraction</h1>
      <form class="extract" onSubmit={onSubmit}>
        <label for="paste">Article text or HTML</label>
        <textarea id="paste" rows={12} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} placeholder="Paste a news article here" required />
        <div class="row">
          <label>
            Format
            <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as 'text' | 'html')}>
              <option value="text">plain text</option>
              <option value="html">HTML</option>
            </select>
          </label>
          <label>
            Published <input type="date" value={published} onInput={(e) => setPublished((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy || text.trim() === ''}>
            {busy ? 'Extracting…' : 'Extract'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error ? <ErrorNote error={error} /> : null}
        {answer ? (
          <>
            <h2>
              {answer.statements.length} statement{answer.statements.length === 1 ? '' : 's'} found
            </h2>
            <ol class="cards">
              {answer.statements.map((s) => (
                <li key={s.id}>
                  <StatementCard statement={s} link={false} />
                </li>
              ))}
            </ol>
            <h2>Clean text</h2>
            <p class="muted">
              {answer.document.publishedAt ? `Published ${answer.document.publishedAt} (${answer.document.publishedAtBasis}). ` : ''}
              {answer.document.removed.length} span{answer.document.removed.length === 1 ? '' : 's'} removed.
            </p>
            <ArticleText text={answer.document.text} marks={answer.statements.flatMap(evidenceMarks)} removed={answer.document.removed} showRemoved />
          </>
        ) : null}
      </div>
    </section>
  );
}
