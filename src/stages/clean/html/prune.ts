/**
 * Marks (never deletes) the nodes that are page furniture before scoring: trafilatura's tag list,
 * hidden nodes, and Readability's "unlikely candidate" class/id words, with the reason each would
 * carry as a removed span. Embedded posts (tweets) are article content and are never marked.
 */
import type { RemovalReason } from '../../../core/types.js';
import { TEXT, type PageDom } from './parse.js';

export interface Pruned {
  readonly reason: RemovalReason;
  readonly rule: string;
}

const FURNITURE_TAGS: Readonly<Record<string, Pruned>> = {
  nav: { reason: 'navigation', rule: '<nav>' },
  aside: { reason: 'related', rule: '<aside>' },
  footer: { reason: 'boilerplate', rule: '<footer>' },
  form: { reason: 'promo', rule: '<form>' },
  button: { reason: 'navigation', rule: '<button>' },
  input: { reason: 'navigation', rule: '<input>' },
  label: { reason: 'navigation', rule: '<label>' },
  menu: { reason: 'navigation', rule: '<menu>' },
  dialog: { reason: 'promo', rule: '<dialog>' },
  figure: { reason: 'caption', rule: '<figure>' },
  figcaption: { reason: 'caption', rule: '<figcaption>' },
  picture: { reason: 'caption', rule: '<picture>' },
  time: { reason: 'byline', rule: '<time>' },
  h1: { reason: 'byline', rule: 'headline <h1>' },
};

const ROLE: Readonly<Record<string, Pruned>> = {
  navigation: { reason: 'navigation', rule: 'role=navigation' },
  dialog: { reason: 'promo', rule: 'role=dialog' },
  banner: { reason: 'navigation', rule: 'role=banner' },
  complementary: { reason: 'related', rule: 'role=complementary' },
  contentinfo: { reason: 'boilerplate', rule: 'role=contentinfo' },
  menu: { reason: 'navigation', rule: 'role=menu' },
  alert: { reason: 'promo', rule: 'role=alert' },
};

// Class/id words of furniture (Readability's unlikely candidates plus trafilatura's pruning list),
// each with the reason it stands for. Matched on word boundaries inside class/id tokens.
const UNLIKELY: ReadonlyArray<[RegExp, RemovalReason]> = [
  [/(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|dfp|gpt|sponsor(?:ed)?|outbrain|taboola|promoted|native-ad|ad-slot|adslot|adunit|ad-container|ad-wrapper)(?:$|[\s_-])/, 'ad'],
  [/newsletter|subscribe|subscription|signup|sign-up|paywall|regwall|piano|membership|donate|promo(?!te)|cta\b/, 'promo'],
  [/share|sharing|social|sociable|follow-us|print-?button/, 'share'],
  [/related|recommend|more-stories|read-?more|also-read|read-next|trending|popular|most-read|outbrain|teaser|recirc|taboola|you-may-like|further-reading/, 'related'],
  [/cookie|consent|gdpr|cmp-/, 'cookie'],
  [/caption|credit|wp-caption|photo-?credit|image-?credit/, 'caption'],
  [/byline|author|dateline|timestamp|pubdate|published|posted-on|entry-meta|article-meta|post-meta|(?:^|[\s_-])(?:meta|date)(?:$|[\s_-])/, 'byline'],
  [/breadcrumb|\bnav\b|navbar|navigation|menu|masthead|skip-link|pagination|pager|\btags?\b|tag-list|topics/, 'navigation'],
  [/comment|disqus|respond|replies|community/, 'boilerplate'],
  [/sidebar|side-bar|\brail\b|widget|banner|footer|\bheader\b|modal|popup|overlay|toolbar|hidden|visually-hidden|sr-only|print-only|skyscraper|supplemental/, 'boilerplate'],
];

// Class/id words of article containers: they cancel an unlikely word (Readability's "maybe candidate").
const LIKELY = /article|body|content|main|story|entry|post-?text|text|column|shadow/;
const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|fb-post/;

/** A reason for every furniture node (index → reason), and the set of nodes holding an embedded post. */
export function markFurniture(dom: PageDom, raw: { readonly paraChars: ArrayLike<number>; readonly chars: ArrayLike<number> }): Map<number, Pruned> {
  const { paraChars, chars } = raw;
  const marks = new Map<number, Pruned>();
  const n = dom.tag.length;
  // Nodes that hold a tweet or similar embed, bottom-up.
  const holdsPost = new Uint8Array(n);
  for (let i = n - 1; i > 0; i--) {
    if (dom.tag[i] === 'blockquote' && EMBEDDED_POST.test(dom.hint[i]!)) holdsPost[i] = 1;
    if (holdsPost[i]) holdsPost[dom.parent[i]!] = 1;
  }
  for (let i = 1; i < n; i++) {
    const tag = dom.tag[i]!;
    if (tag === TEXT) continue;
    // Nothing that holds most of the page's paragraph text is furniture (ASP.NET wraps whole pages
    // in a <form>; trafilatura likewise undoes a pruning that deletes most of the text).
    if ((paraChars[i]! > 0.4 * paraChars[0]! || chars[i]! > 0.4 * chars[0]!) && tag !== 'h1') continue;
    if (dom.hidden[i]) {
      marks.set(i, { reason: 'boilerplate', rule: 'hidden' });
      continue;
    }
    if (holdsPost[i]) continue;
    const byTag = FURNITURE_TAGS[tag];
    if (byTag) {
      marks.set(i, byTag);
      continue;
    }
    const hint = dom.hint[i]!;
    if (!hint) continue;
    const role = /(?:^|\s)(navigation|dialog|banner|complementary|contentinfo|menu|alert)(?:\s|$)/.exec(hint);
    if (role) {
      marks.set(i, ROLE[role[1]!]!);
      continue;
    }
    if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') continue;
    if (/articlebody|article-?body|article__body|entry-content|story-?body|post-?content|post-?body/.test(hint)) continue;
    for (const [re, reason] of UNLIKELY) {
      if (re.test(hint) && !(LIKELY.test(hint) && reason === 'boilerplate')) {
        marks.set(i, { reason, rule: `class/id "${hint.slice(0, 40)}"` });
        break;
      }
    }
  }
  return marks;
}
