import type { Actor, SaidOn, Stance } from '../../core/types.js';
import type { ApiFailure } from '../lib/api.js';
import { Link, safeExternalUrl } from '../lib/router.js';

const STANCE_LABEL: Record<Stance, string> = { supportive: 'supportive', critical: 'critical', neutral: 'neutral', unknown: 'stance unknown' };

/** Stance as a word and a colour (the word carries the meaning; colour is a second cue). */
export function StanceBadge({ stance }: { stance: Stance }) {
  return <span class={`stance stance-${stance}`}>{STANCE_LABEL[stance]}</span>;
}

/** An actor as its code and name: "AFG · Afghanistan (GOV)". */
export function ActorTag({ actor }: { actor: Actor }) {
  return (
    <span class="actor-tag" title={[actor.name, actor.sector].filter(Boolean).join(' · ')}>
      <span class="code">{actor.code}</span> {actor.name}
      {actor.sector ? <span class="sector"> {actor.sector}</span> : null}
    </span>
  );
}

export function SaidOnText({ saidOn }: { saidOn: SaidOn | null }) {
  if (!saidOn) return <span class="muted">date unknown</span>;
  // A month or a year is shown as such ("2025-08"), not as its first day.
  const shown = saidOn.precision === 'day' ? saidOn.date : saidOn.precision === 'month' ? saidOn.date.slice(0, 7) : saidOn.precision === 'year' ? saidOn.date.slice(0, 4) : `week of ${saidOn.date}`;
  return (
    <time dateTime={saidOn.date} title={saidOn.fallback ? 'no date in the text: the publication date is used' : `from “${saidOn.basis}”`}>
      {shown}
      {saidOn.fallback ? <span class="muted"> (published)</span> : null}
    </time>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error }: { error: ApiFailure }) {
  return (
    <p class="error" role="alert">
      <strong>{error.code}</strong> {error.message}
      {/* A dead link (an old bookmark, another database's id) needs a way back, not only a code. */}
      {error.status === 404 ? (
        <>
          {' '}
          <Link href="/">Search the statements</Link>
        </>
      ) : null}
    </p>
  );
}

/** " · original page" linking to the document's own URL, only when it is a safe http(s) address. */
export function OriginalLink({ url }: { url: string | null | undefined }) {
  const external = safeExternalUrl(url);
  if (!external) return null;
  return (
    <>
      {' · '}
      <a href={external} rel="noopener noreferrer nofollow" target="_blank">
        original page
      </a>
    </>
  );
}

/** What the stance colours mean, beside every chart and map that uses them; `none` names the grey of "no statement". */
export function StanceLegend({ none, lead }: { none?: string; lead?: string }) {
  return (
    <p class="legend">
      {lead ? <span class="muted">{lead}</span> : null}
      <span class="stance stance-supportive">▲ supportive</span> <span class="stance stance-critical">▼ critical</span> <span class="stance stance-neutral">● neutral</span>{' '}
      <span class="stance stance-unknown">? unknown</span>
      {none ? <span class="stance stance-none">{none}</span> : null}
    </p>
  );
}
