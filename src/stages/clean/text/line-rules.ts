/**
 * Rules that recognise a whole line of flattened page text as furniture, each with its reason.
 * They key on what a line *does* (addresses the reader, credits a photo, points elsewhere), never on
 * one outlet's wording; prose that reports speech or sits in quotation marks is never furniture
 * except for the unambiguous ad/script markers.
 */
import type { RemovalReason } from '../../../core/types.js';
import { isCodeLine } from './code-detector.js';
import { WordRegExp } from '../../../core/word-regexp.js';

// Built as written only for a text with letters outside ASCII (core/word-regexp.ts): cheaper to compile in each worker.
const WORD_CHAR = new WordRegExp(String.raw`[\p{L}\p{N}]`, 'u');

export interface LineRule {
  readonly reason: RemovalReason;
  readonly rule: string;
  readonly test: (line: string, f: LineFeatures) => boolean;
}

export interface LineFeatures {
  readonly words: number;
  /** Ends like a sentence (. ! ? or a closing quote after one). */
  readonly sentenceEnd: boolean;
  /** Reports speech or cites a source: prose, not furniture. */
  readonly reportsSpeech: boolean;
  /** Holds a quotation. */
  readonly quoted: boolean;
  /** Addresses the reader (you, your, our, us) or opens with an imperative call to action. */
  readonly addressesReader: boolean;
}

const AGENCY =
  '(?:AP|AFP|PAP|EPA|Reuters|Getty Images|Getty|Shutterstock|Alamy|Bloomberg|Xinhua(?: News)?|TASS|Sputnik|Anadolu|ANP|dpa|EFE|ANSA|UNIAN|Ukrinform|Associated Press|Press Association|PA|East News|Forum|AA|iStock|Pool|NurPhoto|SOPA Images|LightRocket|Sipa|ZUMA(?: Press)?|Polaris|WireImage|Rex Features|TVN24|tvn24\\.pl|Facebook|Twitter|Telegram|Instagram|YouTube)';
const CREDIT_TAIL = new RegExp(
  `(?:\\((?:[^()]{0,80}/)?\\s*${AGENCY}(?:\\s*(?:/|via)\\s*[^()]{0,40})?\\)|(?:^|\\s)[\\p{Lu}][^\\s/]*(?:\\s[^\\s/]+){0,3}\\s?/\\s?${AGENCY}(?:\\s?/\\s?[^/]{1,30}){0,3}|\\s(?:Photograph|Photo|Image|Picture)s?:\\s[^.]{1,60})\\s*$`,
  'u',
);
// A caption that ends with a bare agency or broadcaster name ("Russian troops near Ukraine PAP").
const AGENCY_TAIL = new RegExp(`\\s${AGENCY}$`, 'u');
// An imperative call to action opening a clause ("To learn more, subscribe to …").
const IMPERATIVE_CLAUSE = /(?:^|[,.;]\s+)(?:subscribe|sign up|download|click here|tap here)\b/i;
const CTA = /^(?:click|tap|sign up|subscribe|download|get|join|follow|watch|listen|read|see|don'?t miss|never miss|like us|share|register|support|donate|try|install|enter your email)\b/i;
const PROMO_WORDS = /\b(?:newsletters?|subscri(?:be|ption|bers?)|sign(?:ing)? up|inbox|app\b|apps\b|download|podcast|telegram|whatsapp|youtube|push notifications|alerts|premium|free trial|email address|promotional emails|watch (?:tv|live)|live stream|streaming|donat\w*|fundrais\w*|collection\b|click here)/i;

export const LINE_RULES: readonly LineRule[] = [
  { reason: 'script', rule: 'code line', test: (l) => isCodeLine(l) },
  // Leftover markup: a line of nothing but tags.
  { reason: 'script', rule: 'markup line', test: (l) => /^(?:\s*<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>\s*)+$/i.test(l) },
  // Ad slots leave their label behind: "Advertisement", "ADVERTISEMENT", "Sponsored content", "Ad Feedback".
  {
    reason: 'ad',
    rule: 'ad label',
    test: (l, f) =>
      f.words <= 6 &&
      /^(?:[-–—\s]*)(?:advertisements?|advert|ads?|sponsored(?: content| links?)?|paid (?:content|partner)|promoted(?: content)?|story continues below(?: advertisement)?|continue reading (?:below|the main story)|article continues below|scroll to continue(?: with content)?|ad feedback)(?:[-–—\s:]*)$/i.test(l),
  },
  { reason: 'ad', rule: 'video player residue', test: (l) => /^video ad feedback\b|\bad feedback\b.*\d{1,2}:\d{2}\b/i.test(l) },
  // Newsletter and subscription boxes flattened to lines.
  {
    reason: 'promo',
    rule: 'newsletter box',
    test: (l) => /skip past newsletter promotion|after newsletter promotion|by submitting your email|enter your email(?: address)?\b|you(?:'|’)re reading an excerpt from .{0,60}newsletter|you may opt out|opt out at any time/i.test(l),
  },
  {
    reason: 'boilerplate',
    rule: 'rights or disclaimer',
    test: (l, f) =>
      f.words <= 40 &&
      (/\ball rights reserved\b|^copyright\b|^©/i.test(l) ||
        /^the views expressed (?:in this \w+ )?are (?:the|those of the) author/i.test(l) ||
        /^(?:reprinted|republished) (?:with|from)\b/i.test(l) ||
        /^this (?:article|story) (?:was|is) (?:originally )?(?:published|republished)\b/i.test(l) ||
        /^the article comes from\b/i.test(l) ||
        /^\[\w+[^\]]*\].*\[\/\w+\]$/.test(l) ||
        /\b(?:requires|enable|turn on|without) javascript\b|javascript is (?:disabled|required)/i.test(l)),
  },
  // Bylines, contributor and editor-initials lines.
  {
    reason: 'byline',
    rule: 'byline',
    test: (l, f) =>
      f.words <= 14 &&
      (/^(?:by|author(?:\/\s?author)?s?|written by|reporting by|additional reporting by|edited by|compiled by)\s*[:\s]\s*\S/i.test(l) && !f.sentenceEnd ||
        /^(?:additional reporting by|reporting by|editing by)\b/i.test(l) ||
        /^(?:updated|last updated|published|posted|first published)(?: on| at)?\s*:?\s*.{0,40}\d/i.test(l) && f.words <= 12 ||
        /^\((?:[A-Z]{2,5}(?:[/,]\s?[A-Z]{2,5})*)\)$/.test(l) ||
        /\bcontributed (?:to )?(?:(?:this|his|her|the) )?(?:report|reporting|article|story)\.?$/i.test(l) ||
        /^reporting (?:from|by)\s[\p{Lu}]/u.test(l) && !f.sentenceEnd ||
        /^(?:[^—–\s][^—–]{0,40}\s)?(?:CNN|AP|AFP|Reuters|BBC|\(\w+\))\s*[—–]+$/u.test(l)),
  },
  // Photo credits and captions.
  {
    reason: 'credit',
    rule: 'photo credit',
    test: (l, f) =>
      f.words <= 14 &&
      (/^(?:photos?|photographs?|images?|pictures?|videos?|illustrations?|graphics?)(?: credit| by| source)?s?\s*(?:[:©]|courtesy\b)/i.test(l) ||
        /^(?:photo|image)?\s*(?:credit|source|courtesy)s?\s*:/i.test(l) ||
        /\bcourtesy of\b/i.test(l) && !f.sentenceEnd ||
        /^©/.test(l)),
  },
  {
    reason: 'credit',
    rule: 'agency credit line',
    test: (l, f) => f.words <= 10 && !f.sentenceEnd && (new RegExp(`^${AGENCY}(?:\\s*[/,]\\s*[^/,]{1,40})*$`, 'u').test(l) || /^[^./]{2,40}(?:\s?\/\s?[^./]{2,40}){2,}$/.test(l)),
  },
  { reason: 'credit', rule: 'source line', test: (l, f) => f.words <= 8 && /^sources?\s*:\s*\S/i.test(l) },
  { reason: 'caption', rule: 'caption with credit', test: (l, f) => f.words <= 70 && !f.quoted && !CTA.test(l) && (CREDIT_TAIL.test(tail(l)) || (!f.sentenceEnd && f.words <= 25 && AGENCY_TAIL.test(tail(l)))) },
  { reason: 'caption', rule: 'caption label', test: (l, f) => f.words <= 60 && /^(?:photo|pictured|main image|file photo)\s*[,:(]/i.test(l) },
  { reason: 'promo', rule: 'shouted call to action', test: (l) => /^(?:CLICK HERE|TAP HERE|JOIN US|FOLLOW US|SUBSCRIBE|SIGN UP|DOWNLOAD|GET THE \S+ APP)\b/.test(l) },
  // Teaser headlines in capitals inserted between paragraphs ("US SENDS MORE TROOPS TO …").
  {
    reason: 'related',
    rule: 'all-caps teaser headline',
    test: (l, f) => f.words >= 4 && !/[.!]$/.test(l) && letterCaseRatio(l) >= 0.9,
  },
  {
    reason: 'promo',
    rule: 'call to action',
    test: (l, f) =>
      !f.reportsSpeech && (!f.quoted || IMPERATIVE_CLAUSE.test(l) || CTA.test(l)) && f.words <= 40 && PROMO_WORDS.test(l) && (f.addressesReader || CTA.test(l) || IMPERATIVE_CLAUSE.test(l) || /^[^a-z]*newsletter\b/i.test(l) || (!f.sentenceEnd && f.words <= 15)),
  },
  // Share and follow prompts.
  {
    reason: 'share',
    rule: 'share prompt',
    test: (l, f) =>
      f.words <= 12 &&
      !f.reportsSpeech &&
      /^(?:share(?: this| on| via| article|$)|tweet(?: this)?$|email$|print$|copy link|comments?$|\d+\s+comments?$|follow (?:us|me|\w+ on)|(?:subscribe|follow) (?:to )?us\b|like us on|find us on|(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email)(?:\s*[|,/]\s*(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|x))+$)/i.test(l),
  },
  // Links to other pages: "Read more: …", "See also: …", "Related: …". A teaser headline may report
  // speech ("… says"), so these explicit labels need no further check.
  {
    reason: 'related',
    rule: 'read-more link',
    test: (l) =>
      /^(?:read more|read also|also read|see also|other topics of interest|more on this story|you may also like|you might also like|further reading|related (?:articles?|stories|content|coverage))\b/i.test(l) ||
      /^(?:related|recommended|editor'?s picks?|most read|most popular|trending|more from|see more|don'?t miss|also)\s*[:\-–—]/i.test(l) ||
      /^(?:see more|don'?t miss|more stories|related stories|related news|more news|latest news|top stories|recommended for you|read more)$/i.test(l),
  },
  // Pointers to the front page, the live blog or the rest of a story elsewhere.
  {
    reason: 'related',
    rule: 'read-more link',
    test: (l, f) =>
      !f.reportsSpeech &&
      (/^(?:view video|see the video|watch the video|watch:|video:)/i.test(l) ||
        (f.words <= 30 && /\b(?:(?:on|from|at) (?:the |our )?(?:\S+ ){0,2}(?:main|home|front) ?page|in (?:our|the) live (?:coverage|blog)|live coverage\b.*\b(?:here|followed)|can be followed (?:here|in)|read (?:more|the rest|the full|the original)[^.]{0,60}\bhere\b|^read (?:the )?(?:report|article|story|full story|original)\b|you can read (?:more|some)|more (?:similar |such |important )?(?:information|texts|stories|messages|news)\b[^.]{0,60}\b(?:page|site|website|onet|here))/i.test(l))),
  },
  // A video teaser: "Video Andrzej Duda in Kyiv …" without a sentence.
  { reason: 'related', rule: 'video teaser', test: (l, f) => (/^[Vv]ideo\s+[\p{Lu}]/u.test(l) && !f.sentenceEnd && f.words <= 25) || /^\d{1,2}:\d{2}\s.{5,150}[–—-]\s*video$/i.test(l) },
  // Pointers to media below: "The rest of the text is under the video", "Continuation of the material under the video".
  {
    reason: 'navigation',
    rule: 'pointer to embedded media',
    test: (l, f) => f.words <= 16 && /\b(?:continu\w+|rest of the (?:text|article|material))\b.{0,40}\b(?:under|below|after|above)\b.{0,30}\b(?:video|podcast|audio|material|gallery|photo)/i.test(l),
  },
  { reason: 'navigation', rule: 'pointer to embedded media', test: (l, f) => f.words <= 20 && /\bcan be (?:seen|watched|found|read|heard|viewed) (?:here|below|above)\s*[:.]?$/i.test(l) },
  { reason: 'navigation', rule: 'ui label', test: (l) => /^(?:expand|collapse|show more|show less|load more|view image in fullscreen|close|menu|back to top|skip to (?:main )?content|next|previous|play video|replay)$/i.test(l) },
  { reason: 'boilerplate', rule: 'separator', test: (l) => !WORD_CHAR.for(l).test(l) },
  {
    reason: 'cookie',
    rule: 'cookie notice',
    test: (l, f) => f.words <= 80 && /\bcookies?\b/i.test(l) && /\b(?:we use|this (?:site|website) uses|accept|consent|privacy|browser|settings|continuing to)\b/i.test(l) && !f.reportsSpeech,
  },
];

/** Share of cased letters that are upper case (0 under 8 cased letters). */
export function letterCaseRatio(s: string): number {
  const upper = s.match(/[\p{Lu}]/gu)?.length ?? 0;
  const lower = s.match(/[\p{Ll}]/gu)?.length ?? 0;
  return upper + lower < 8 ? 0 : upper / (upper + lower);
}

/** The end of a line, where an end-anchored credit pattern can match (bounds the regex work). */
function tail(l: string): string {
  return l.length > 300 ? l.slice(-300) : l;
}

/** Space-separated tokens holding a letter or digit (a loop: this runs on every block of a page). */
function countWords(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      counted = false;
      continue;
    }
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(s[i]!)))) {
      n++;
      counted = true;
    }
  }
  return n;
}

export function lineFeatures(line: string): LineFeatures {
  const words = countWords(line);
  return {
    words,
    sentenceEnd: /[.!?…]["'”’»)\]]*$/.test(line),
    reportsSpeech: /\b(?:said|says|told|added|stated|tweeted|wrote|according to|announced|reported|urged|warned|asked)\b/i.test(line),
    quoted: /["“”«»„]/.test(line),
    addressesReader: /\b(?:[Yy]ou|[Yy]our|[Oo]ur|us)\b/.test(line) || CTA.test(line),
  };
}

const MAX_FURNITURE_LINE = 3000;

/** The first rule that recognises the line as furniture, or null for article text. */
export function classifyLine(line: string): LineRule | null {
  // Furniture lines are short; a very long line can only be a code blob.
  if (line.length > MAX_FURNITURE_LINE) return isCodeLine(line) ? LINE_RULES[0]! : null;
  const f = lineFeatures(line);
  for (const r of LINE_RULES) if (r.test(line, f)) return r;
  return null;
}
