/** The Store of both backends: shared Kysely queries over one connection and the backend's dialect. */
import type { Kysely } from 'kysely';
import type { Extraction } from '../../core/types.js';
import type { IngestItem, IngestSource, Store, StoredFailure } from '../store.js';
import { getActor, listActors, listSpeakers, reactions, stats, timeline } from './aggregates.js';
import type { StoreContext, StoreDialect } from './dialect.js';
import { extractionOf, ingestBatch, type WriterCache } from './ingest.js';
import { countStatements, facets, getDocument, getStatement, listDocuments, searchStatements } from './queries.js';
import type { Database } from './schema.js';

export abstract class KyselyStore implements Store {
  abstract readonly dialect: string;
  private readonly ctx: StoreContext;
  private readonly cache: WriterCache = { actors: new Set() };

  protected constructor(
    readonly db: Kysely<Database>,
    sqlDialect: StoreDialect,
  ) {
    this.ctx = { db, dialect: sqlDialect };
  }

  ingest(items: readonly IngestItem[]) {
    return ingestBatch(this.ctx, items, this.cache);
  }

  async hasIngested(sources: readonly IngestSource[]): Promise<boolean[]> {
    const out: boolean[] = [];
    for (const s of sources) {
      const row = await this.db.selectFrom('documents').select('rowid').where('source', '=', s.source).where('raw_hash', '=', s.rawHash).executeTakeFirst();
      out.push(Boolean(row));
    }
    return out;
  }

  async recordFailures(failures: readonly StoredFailure[]): Promise<void> {
    if (failures.length === 0) return;
    const { storable } = this.ctx.dialect;
    await this.db.transaction().execute(async (trx) => {
      for (const f of failures) {
        const row = { source: f.source, code: f.code, message: storable(f.message) };
        await trx
          .insertInto('failures')
          .values(row)
          .onConflict((oc) => oc.column('source').doUpdateSet({ code: row.code, message: row.message }))
          .execute();
      }
    });
  }

  searchStatements = (q: Parameters<Store['searchStatements']>[0]) => searchStatements(this.ctx, q);
  countStatements = (f: Parameters<Store['countStatements']>[0], atMost?: number) => countStatements(this.ctx, f, atMost);
  getStatement = (id: string) => getStatement(this.ctx, id);
  facets = (f: Parameters<Store['facets']>[0], limit?: number) => facets(this.ctx, f, limit);
  listDocuments = (q: Parameters<Store['listDocuments']>[0]) => listDocuments(this.ctx, q);
  getDocument = (id: string) => getDocument(this.ctx, id);
  listActors = (q: Parameters<Store['listActors']>[0]) => listActors(this.ctx, q);
  getActor = (code: string) => getActor(this.ctx, code);
  listSpeakers = (f: Parameters<Store['listSpeakers']>[0], limit?: number, options?: Parameters<Store['listSpeakers']>[2]) => listSpeakers(this.ctx, f, limit, options);
  reactions = (q: Parameters<Store['reactions']>[0]) => reactions(this.ctx, q);
  timeline = (q: Parameters<Store['timeline']>[0]) => timeline(this.ctx, q);
  stats = () => stats(this.ctx);

  async *extractions(filter: { readonly since?: string; readonly until?: string } = {}): AsyncIterable<Extraction> {
    let after = 0;
    for (;;) {
      let q = this.db.selectFrom('documents').select('rowid').where('rowid', '>', after);
      if (filter.since) q = q.where('published_at', '>=', filter.since);
      if (filter.until) q = q.where('published_at', '<=', `${filter.until}\uffff`);
      const rows = await q.orderBy('rowid').limit(200).execute();
      if (rows.length === 0) return;
      for (const r of rows) {
        const e = await extractionOf(this.db, r.rowid);
        if (e) yield e;
        after = r.rowid;
      }
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
