/**
 * Schema migrations of the SQLite store, in order. Never edit a released migration: add the next one.
 * Full-text indexes are contentless FTS5 tables whose rowid is the statement's / document's rowid.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('rowid', 'integer', (c) => c.primaryKey())
        .addColumn('public_id', 'text', (c) => c.notNull().unique())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('raw_hash', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('published_at', 'text')
        .addColumn('published_at_basis', 'text')
        .addColumn('outlet', 'text')
        .addColumn('language', 'text')
        .addColumn('authors_json', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('removed_json', 'text', (c) => c.notNull())
        .addColumn('statement_count', 'integer', (c) => c.notNull())
        .addColumn('duplicate_of', 'integer', (c) => c.references('documents.rowid'))
        .addColumn('similarity', 'real')
        .addColumn('signature', 'blob')
        .addUniqueConstraint('documents_content_source', ['content_hash', 'source'])
        .execute();
      await db.schema.createIndex('documents_source_raw').on('documents').columns(['source', 'raw_hash']).execute();
      await db.schema.createIndex('documents_published').on('documents').columns(['published_at']).execute();

      await db.schema
        .createTable('document_bands')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('document_rowid', 'integer', (c) => c.notNull().references('documents.rowid'))
        .execute();
      await db.schema.createIndex('document_bands_band').on('document_bands').columns(['band']).execute();

      await db.schema
        .createTable('statements')
        .addColumn('rowid', 'integer', (c) => c.primaryKey())
        .addColumn('public_id', 'text', (c) => c.notNull().unique())
        .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
        .addColumn('document_rowid', 'integer', (c) => c.notNull().references('documents.rowid'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('actor_code', 'text')
        .addColumn('event_cameo', 'text')
        .addColumn('event_plover', 'text')
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('sort_date', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .execute();
      // Few indexes on purpose: each costs every insert. Rowids are date-clustered (rowid.ts), so
      // the table itself is the date index and (actor_code, rowid) gives an actor's statements by date.
      await db.schema.createIndex('statements_actor').on('statements').columns(['actor_code']).execute();
      await db.schema.createIndex('statements_speaker').on('statements').columns(['speaker']).execute();

      await db.schema
        .createTable('statement_sources')
        .addColumn('statement_rowid', 'integer', (c) => c.notNull().references('statements.rowid'))
        .addColumn('document_rowid', 'integer', (c) => c.notNull().references('documents.rowid'))
        .addColumn('original_id', 'text', (c) => c.notNull())
        // NULL when this source's statement is the canonical one (statements.json): stored once.
        .addColumn('json', 'text')
        .addPrimaryKeyConstraint('statement_sources_pk', ['statement_rowid', 'document_rowid', 'original_id'])
        .execute();
      await db.schema.createIndex('statement_sources_document').on('statement_sources').columns(['document_rowid']).execute();
      await db.schema.createIndex('statement_sources_original').on('statement_sources').columns(['original_id']).execute();

      await db.schema
        .createTable('statement_targets')
        .addColumn('statement_rowid', 'integer', (c) => c.notNull().references('statements.rowid'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('statement_targets_pk', ['statement_rowid', 'code'])
        .execute();
      await db.schema.createIndex('statement_targets_code').on('statement_targets').columns(['code', 'statement_rowid']).execute();

      await db.schema
        .createTable('actors')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('sector', 'text')
        .execute();

      await db.schema
        .createTable('failures')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .execute();

      // Contentless: the text lives in statements/documents; FTS keeps only the index.
      await sql`create virtual table statements_fts using fts5(content, speaker, content='', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`create virtual table documents_fts using fts5(title, text, content='', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    },
  },
  '0002_summaries': {
    // Running totals kept by the writer, so the reactions matrix, the timeline and the actor list
    // answer from a few thousand rows instead of grouping a million statements.
    async up(db: Kysely<unknown>) {
      await sql`create table actor_totals (code text primary key, statements integer not null, targeted integer not null) without rowid`.execute(db);
      await sql`create table reaction_counts (actor text not null, target text not null, stance text not null, n integer not null,
        primary key (actor, target, stance)) without rowid`.execute(db);
      await sql`create table daily_counts (actor text not null, day text not null, stance text not null, n integer not null,
        primary key (actor, day, stance)) without rowid`.execute(db);
      await sql`insert into actor_totals (code, statements, targeted)
        select code, (select count(*) from statements where actor_code = actors.code), (select count(*) from statement_targets where code = actors.code) from actors`.execute(db);
      await sql`insert into reaction_counts (actor, target, stance, n)
        select s.actor_code, t.code, t.stance, count(*) from statement_targets t join statements s on s.rowid = t.statement_rowid
        where s.actor_code is not null group by 1, 2, 3`.execute(db);
      await sql`insert into daily_counts (actor, day, stance, n)
        select coalesce(actor_code, ''), sort_date, stance, count(*) from statements where sort_date <> '' group by 1, 2, 3`.execute(db);
    },
  },
  '0003_stats_indexes': {
    // `stats` counts by kind and stance and the duplicate documents: without these it scanned every
    // statement row (15 s at 1,000,000 statements); with them it reads one small index.
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('statements_kind_stance').on('statements').columns(['kind', 'stance']).execute();
      await sql`create index documents_duplicate on documents (duplicate_of) where duplicate_of is not null`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
