import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDbPath } from '../../store/open-store.js';
import type { Extraction } from '../../core/types.js';
import { reactions } from '../../reactions/aggregate.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../io.js';
import { withStore } from '../store-options.js';
import { runIngest } from './ingest.js';

/** The package root: three levels above this file, from src/cli/commands and from dist/cli/commands alike. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEMO_SOURCES = [join(ROOT, 'data', 'demo', 'voa_stories.jsonl'), join(ROOT, 'test', 'fixtures', 'seed', 'input.txt')];

/** The demo database lives beside the default one, so the demo never mixes with the user's data. */
export function demoDbPath(): string {
  return join(defaultDbPath({ ...process.env, COMMUNIQUE_DB: '' }), '..', 'demo.db');
}

/**
 * A fingerprint of the extractor (the code and data of every stage and of the pipeline), so that a demo
 * database built by an older version is rebuilt rather than shown with stale statements.
 */
export function extractorFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(js|ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) hash.update(e.name).update(readFileSync(path));
    }
  };
  for (const dir of ['../../stages/', '../../pipeline/']) walk(fileURLToPath(new URL(dir, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** Deletes a demo database whose recorded fingerprint differs from this extractor's; says so. */
function discardStaleDemo(db: string, io: CliIo): void {
  const stamp = `${db}.extractor`;
  const now = extractorFingerprint();
  const was = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  if (existsSync(db) && was !== now) {
    io.err(`The extractor changed since ${db} was built: rebuilding it.\n`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  }
  mkdirSync(dirname(db), { recursive: true });
  writeFileSync(stamp, `${now}\n`);
}

interface DemoFlags {
  db?: string;
  threads?: number;
}

/** `communique demo`: ingest the bundled VOA stories and the seed, then say what was found. */
export function registerDemo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('Ingest the bundled Voice of America stories and the seed article, then print what was found')
    .option('--db <path>', 'demo database file (default: demo.db in the per-user data directory)')
    .option('--threads <n>', 'extraction worker threads', (v) => Math.max(1, Number(v) || 1))
    .action(async (flags: DemoFlags) => {
      const db = flags.db ?? demoDbPath();
      const sources = DEMO_SOURCES.filter((s) => existsSync(s));
      if (!flags.db) discardStaleDemo(db, io);
      io.err(`Communiqué demo: ingesting ${sources.length} bundled sources into ${db}\n`);
      setExit(
        await withStore({ db }, async (store) => {
          const code = await runIngest(store, sources, { db, quiet: !io.isTTY, ...(flags.threads && { threads: flags.threads }) }, io);
          io.out(await demoReport(store));
          const serve = program.commands.some((c) => c.name() === 'serve');
          io.out(
            serve
              ? `\nOpen the statement explorer: communique serve --db ${db}   (then visit the URL it prints)\n`
              : `\nExplore from the command line:\n  communique search "ceasefire" --db ${db}\n  communique reactions --db ${db} --toward RUS,UKR\n  communique actors --db ${db}\n`,
          );
          return code;
        }),
      );
    });
}

/** What the demo found: counts, top speakers, and reactions toward Russia and Ukraine (else top actors). */
export async function demoReport(store: Store): Promise<string> {
  const s = await store.stats();
  const out: string[] = [`\n${s.documents} documents, ${s.statements} statements, ${s.actors} actors.`];
  const speakers = await store.listSpeakers({}, 10);
  if (speakers.length > 0) {
    out.push('', 'Top speakers:');
    for (const sp of speakers) out.push(`  ${String(sp.statements).padStart(4)}  ${sp.name}${sp.actorCode ? ` (${sp.actorCode})` : ''}`);
  }
  // "analysts" is a kind of source, not a person: shown apart, as what it is, never ranked among names.
  const unnamed = await store.listSpeakers({}, 6, { named: false });
  if (unnamed.length > 0) out.push('', `Sources described but not named: ${unnamed.map((u) => `${u.name} ${u.statements}`).join(', ')} …`);
  // The same pure function as `communique reactions`, over the stored extractions.
  const extractions: Extraction[] = [];
  for await (const e of store.extractions()) extractions.push(e);
  const rows = reactions(extractions, { toward: ['RUS', 'UKR'] }).sort((a, b) => b.statements.length - a.statements.length || a.actor.code.localeCompare(b.actor.code));
  if (rows.length > 0) {
    out.push('', 'Reactions toward Russia and Ukraine (who spoke, and their position):');
    for (const r of rows.slice(0, 15)) {
      const when = r.firstSaid ? `  ${r.firstSaid}${r.latestSaid && r.latestSaid !== r.firstSaid ? ` … ${r.latestSaid}` : ''}` : '';
      out.push(`  ${`${r.actor.name} (${r.actor.code})`.padEnd(40)} ${r.summary.padEnd(42)} ${String(r.statements.length).padStart(3)} statement(s)${when}`);
    }
    if (rows.length > 15) out.push(`  … and ${rows.length - 15} more: communique reactions --db <db> --toward RUS,UKR`);
  } else {
    const actors = (await store.listActors({ limit: 10 })).items.filter((a) => a.statements + a.targeted > 0);
    if (actors.length > 0) {
      out.push('', 'Top actors (statements made / spoken about):');
      for (const a of actors) out.push(`  ${a.code.padEnd(6)} ${a.name.padEnd(28)} ${a.statements} / ${a.targeted}`);
    }
  }
  if (s.statements === 0) out.push('', 'No statements yet: the quote and event stages find them once they are in place.');
  return `${out.join('\n')}\n`;
}
