import type { Attribution } from '../../core/analysis.js';
import { createContext } from '../../core/stage.js';
import { segment } from '../segment/index.js';
import { quotes } from './index.js';

/** Runs stages 5 and 7 on a text, for tests. */
export function attributions(text: string, explain = false): { list: readonly Attribution[]; trace: string[] } {
  const ctx = createContext({ explain });
  const list = quotes.run({ text, segments: segment.run({ text }, ctx), mentions: [] }, ctx);
  return { list, trace: ctx.lines.filter((l) => l.stage === 'quotes').map((l) => l.line) };
}
