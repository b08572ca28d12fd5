import { attributionsOf } from '/work/wt/s5-quotes/scripts/eval/polnear.js';
const texts = process.argv.slice(2);
for (const t of texts) {
  const text = `Headline here\n\n${t}`;
  const out = attributionsOf(text);
  console.log('>>', t);
  for (const a of out) console.log(`   [${a.kind}] src=${a.source?.text ?? '-'} cue=${a.cue?.text ?? '-'} | ${a.content.text}`);
}
