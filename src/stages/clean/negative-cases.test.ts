import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/stage.js';
import { clean } from './index.js';
import { classifyLine } from './text/line-rules.js';

// Article sentences that look like junk: each must stay in the text.
const PROSE: readonly string[] = [
  '"This is not an advertisement for war," the minister said.',
  'The president urged citizens to subscribe to the national defence fund, his office said.',
  'Ukraine’s allies have yet to sign up to a special tribunal for the crime of aggression.',
  'The operator said on the messaging app Telegram that its website had been attacked.',
  'Moscow has pushed its agenda through social media networks, researchers found.',
  'The function of the mission is to monitor the ceasefire; it has no mandate to enforce it.',
  'He shared the photo on Twitter and called it "a warning to the West".',
  'NATO said it would follow the situation closely.',
  '“As you know, this is a decisive moment in our history,” she told the president.',
  'Read the statement carefully, the spokesman said, and you will see no threat in it.',
  'Cookies and sweets were handed out to the children at the border crossing, volunteers said.',
  'The agency’s photographer, who works for Reuters, was detained in Minsk on Tuesday.',
  'Police said the suspect (aged 34) had been released; no charges were filed.',
  'Russia began its invasion of Ukraine on Feb. 24, 2022.',
  'What happens next?',
  '– The road to Kherson –',
];

describe('negative cases: article sentences that look like junk stay', () => {
  for (const line of PROSE) {
    it(line.slice(0, 60), () => {
      expect(classifyLine(line)).toBeNull();
      const r = clean.run({ source: 't', text: `${line}\n\nThe talks resumed on Monday in Geneva with both delegations present.`, mediaType: 'text/plain', encoding: 'utf-8', hints: {}, warnings: [] }, createContext());
      expect(r.ok && r.value.text.includes(line)).toBe(true);
    });
  }
});
