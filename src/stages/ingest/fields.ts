/** Which fields of a JSONL object or CSV row hold the article, its date, URL and title. */

export interface FieldMapping {
  readonly text?: string | undefined;
  readonly date?: string | undefined;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
}

// Names used by common news dumps (news APIs, newspaper3k/trafilatura exports, GDELT, HF datasets).
const CANDIDATES: Record<keyof FieldMapping, readonly string[]> = {
  text: ['text', 'body', 'content', 'article', 'maintext', 'full_text', 'fulltext', 'story', 'article_text', 'html', 'raw_html'],
  date: ['published', 'publishedat', 'published_at', 'publish_date', 'date_publish', 'pubdate', 'date', 'datetime', 'seendate', 'timestamp', 'created_at'],
  url: ['url', 'link', 'source_url', 'article_url', 'href', 'uri'],
  title: ['title', 'headline', 'name'],
};

/** The mapping for a set of column names: explicit flags win, then the first known name present. */
export function resolveFields(names: readonly string[], explicit: FieldMapping = {}): Required<{ [K in keyof FieldMapping]: string | null }> {
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const pick = (k: keyof FieldMapping): string | null => {
    const e = explicit[k];
    if (e) return e;
    for (const c of CANDIDATES[k]) {
      const hit = lower.get(c);
      if (hit) return hit;
    }
    return null;
  };
  return { text: pick('text'), date: pick('date'), url: pick('url'), title: pick('title') };
}

/** A date field as ISO (`2025-03-14 20:30:26Z` → `2025-03-14T20:30:26Z`, RFC 822 → ISO), or null. */
export function isoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Seconds or milliseconds since the epoch.
    const d = new Date(value < 1e12 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.replace(' ', 'T');
  // GDELT's compact form 20220226T141500Z or 20220226141500.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?$/.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}${compact[4] ? `T${compact[4]}:${compact[5]}:${compact[6]}Z` : ''}`;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function stringField(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}
