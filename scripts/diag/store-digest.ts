/**
 * A digest of everything a SQLite store holds, table by table: run it on a database ingested before
 * and after a change to the writer to show that the change stores the same rows (`tsx
 * scripts/diag/store-digest.ts DB`). The full-text indexes are compared by their content (every term,
 * row, column and position, through fts5vocab), not by their segments, which depend on how the rows
 * were written.
 */
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: tsx scripts/diag/store-digest.ts DB\n');
  process.exit(2);
}
const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
db.exec(`create virtual table temp.statements_vocab using fts5vocab(main, statements_fts, instance);
         create virtual table temp.documents_vocab using fts5vocab(main, documents_fts, instance)`);
const queries: Record<string, string> = {
  documents: 'select rowid, * from documents order by rowid',
  statements: 'select rowid, * from statements order by rowid',
  statement_sources: 'select * from statement_sources order by statement_rowid, document_rowid, original_id',
  statement_targets: 'select * from statement_targets order by statement_rowid, code',
  document_bands: 'select * from document_bands order by document_rowid, band',
  actors: 'select * from actors order by code',
  actor_totals: 'select * from actor_totals order by code',
  reaction_counts: 'select * from reaction_counts order by actor, target, stance',
  daily_counts: 'select * from daily_counts order by actor, day, stance',
  failures: 'select * from failures order by source',
  statements_fts: 'select term, doc, col, offset from temp.statements_vocab order by term, doc, col, offset',
  documents_fts: 'select term, doc, col, offset from temp.documents_vocab order by term, doc, col, offset',
};
for (const [name, sql] of Object.entries(queries)) {
  const h = createHash('sha256');
  let rows = 0;
  for (const row of db.prepare(sql).raw().iterate()) {
    rows++;
    h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    h.update('\n');
  }
  process.stdout.write(`${name.padEnd(18)} ${String(rows).padStart(8)} ${h.digest('hex').slice(0, 16)}\n`);
}
db.close();
