import { describe, expect, it } from 'vitest';
import { classifyLine } from './line-rules.js';

// Lines written for this test in the shape of the furniture found in scraped news pages.
const JUNK: ReadonlyArray<[string, string]> = [
  ['Advertisement', 'ad'],
  ['ADVERTISEMENT', 'ad'],
  ['Story continues below advertisement', 'ad'],
  ['CLICK HERE TO GET THE DAILY HERALD APP', 'promo'],
  ['Sign up for our morning newsletter to get the news in your inbox.', 'promo'],
  ['Download our app for breaking news alerts', 'promo'],
  ['By submitting your email, you agree to our Terms of Service.', 'promo'],
  ['Follow us on Twitter and Facebook', 'share'],
  ['Share this article', 'share'],
  ['Read more: Prime minister resigns after vote', 'related'],
  ['See also: Talks collapse in Geneva', 'related'],
  ['MINISTER RESIGNS AFTER BUDGET VOTE FAILS IN PARLIAMENT', 'related'],
  ['More stories on the Daily Herald main page', 'related'],
  ['The rest of the article is under the video', 'navigation'],
  ['We use cookies to improve your experience. By continuing to browse you accept our cookie policy.', 'cookie'],
  ['Photo: John Smith', 'credit'],
  ['Photo credit: Ministry of Defence', 'credit'],
  ['AP / Reuters / Jane Doe', 'credit'],
  ['The minister arrives at the summit in Brussels (Jane Doe/AFP)', 'caption'],
  ['Soldiers walk past a tank in Kharkiv. John Smith/AFP/Getty Images', 'caption'],
  ['By Jane Doe and John Smith', 'byline'],
  ['The Associated Press contributed to this report.', 'byline'],
  ['Copyright 2024 Daily Herald. All rights reserved.', 'boilerplate'],
  ['* * *', 'boilerplate'],
  ['googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });', 'script'],
  ['{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}', 'script'],
  ['var player = document.getElementById("player"); player.load();', 'script'],
];

describe('classifyLine: furniture is recognised with its reason', () => {
  for (const [line, reason] of JUNK) {
    it(`${reason}: ${line.slice(0, 50)}`, () => {
      expect(classifyLine(line)?.reason).toBe(reason);
    });
  }
});
