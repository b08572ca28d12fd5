import type { Statement } from '../../core/types.js';
import { runs } from '../lib/highlight.js';
import { hasOwnQuoteMarks } from '../lib/quote-marks.js';
import { searchHits } from '../lib/search-terms.js';
import { href, Link } from '../lib/router.js';
import { ActorTag, SaidOnText, StanceBadge } from './bits.js';
import { documentName } from '../lib/document-name.js';

/** One statement: the quote, who said it for whom, when, what kind of act, and the stance. */
/** Where a search hit was reported: its first document, and how many report it. */
export interface CardSource {
  readonly title: string | null;
  readonly source: string;
  readonly count: number;
  readonly date?: string | null;
}

/** The quote's text, with the words of the search (if any) marked. */
function QuoteText({ text, highlight }: { text: string; highlight: string | undefined }) {
  const hits = highlight ? searchHits(text, highlight) : [];
  if (hits.length === 0) return <>{text}</>;
  return <>{runs(text, hits).map((r) => (r.marks.length > 0 ? <mark class="hit" key={r.start}>{r.text}</mark> : r.text))}</>;
}

export function StatementCard({ statement: s, source, link = true, highlight }: { statement: Statement; source?: CardSource; link?: boolean; highlight?: string }) {
  const speaker = s.speaker?.name ?? s.speaker?.text ?? 'unknown speaker';
  const quote = (
    <q class={hasOwnQuoteMarks(s.content.text) ? 'quote own-marks' : 'quote'}>
      <QuoteText text={s.content.text} highlight={highlight} />
    </q>
  );
  return (
    <article class={`card kind-${s.kind}`} aria-label={`Statement by ${speaker}`}>
      <blockquote>{link ? <Link href={`/statements/${encodeURIComponent(s.id)}`}>{quote}</Link> : quote}</blockquote>
      <dl class="facts">
        <div>
          <dt>Speaker</dt>
          <dd>
            <Link href={href('/', { speaker })}>{speaker}</Link>
            {s.speaker && !s.speaker.name ? <span class="muted"> (not named)</span> : null}
            {s.role ? <span class="role">, {s.role}</span> : null}
          </dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>{s.actor ? <Link href={`/actors/${encodeURIComponent(s.actor.code)}`}><ActorTag actor={s.actor} /></Link> : <span class="muted">unknown</span>}</dd>
        </div>
        <div>
          <dt>Said</dt>
          <dd>
            <SaidOnText saidOn={s.saidOn} />
            {s.channel ? <span class="muted"> · {s.channel}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Act</dt>
          <dd>
            {s.event ? (
              <span title={`CAMEO ${s.event.cameo}${s.event.plover ? ` · PLOVER ${s.event.plover}` : ''}`}>
                {s.event.label} <span class="code">{s.event.cameo}</span>
              </span>
            ) : (
              <span class="muted">not coded</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Stance</dt>
          <dd>
            <StanceBadge stance={s.stance} />
            {s.targets.length > 0 ? (
              <span class="targets">
                {' toward '}
                {s.targets.map((t, i) => (
                  <span key={`${t.code}-${i}`}>
                    {i > 0 ? ', ' : ''}
                    <Link href={href('/', { target: t.code })} class={`target stance-text-${t.stance}`} title={`${t.name}: ${t.stance}`}>
                      {t.code}
                    </Link>
                  </span>
                ))}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {source ? (
        <p class="source muted">
          {documentName(source.title, source.source)}
          {source.count > 1 ? ` and ${source.count - 1} more source${source.count > 2 ? 's' : ''}` : ''}
        </p>
      ) : null}
    </article>
  );
}
