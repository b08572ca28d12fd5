/**
 * Schema migrations of the PostgreSQL store, in order. Never edit a released migration: add the next one.
 * The tables mirror the SQLite store's (src/store/shared/schema.ts) so the shared queries run on both:
 * `rowid` is an ordinary bigint column here. Text compares byte-wise (COLLATE "C"), as SQLite's does,
 * so date and code ranges (`< '2022-02-26\uffff'`) mean the same on both. Full-text search is on
 * generated tsvector columns with the 'simple' configuration (lower-case words, no stemming, like FTS5's
 * unicode61 tokenizer), indexed with GIN.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const text = sql`text collate "C"`;

const migrations: Record<string, Migration> = {
  '0001_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('rowid', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        .addColumn('public_id', text, (c) => c.notNull().unique())
        .addColumn('content_hash', text, (c) => c.notNull())
        .addColumn('source', text, (c) => c.notNull())
        .addColumn('raw_hash', text, (c) => c.notNull())
        .addColumn('url', text)
        .addColumn('title', text)
        .addColumn('published_at', text)
        .addColumn('published_at_basis', text)
        .addColumn('outlet', text)
        .addColumn('language', text)
        .addColumn('authors_json', text, (c) => c.notNull())
        .addColumn('text', text, (c) => c.notNull())
        .addColumn('removed_json', text, (c) => c.notNull())
        .addColumn('statement_count', 'integer', (c) => c.notNull())
        .addColumn('duplicate_of', 'bigint', (c) => c.references('documents.rowid'))
        .addColumn('similarity', 'double precision')
        .addColumn('signature', 'bytea')
        .addColumn('tsv', sql`tsvector generated always as (to_tsvector('simple', coalesce(title, '') || ' ' || text)) stored`)
        .addUniqueConstraint('documents_content_source', ['content_hash', 'source'])
        .execute();
      await db.schema.createIndex('documents_source_raw').on('documents').columns(['source', 'raw_hash']).execute();
      await db.schema.createIndex('documents_published').on('documents').columns(['published_at']).execute();
      await db.schema.createIndex('documents_tsv').on('documents').using('gin').column('tsv').execute();

      await db.schema
        .createTable('document_bands')
        .addColumn('band', 'bigint', (c) => c.notNull())
        .addColumn('document_rowid', 'bigint', (c) => c.notNull().references('documents.rowid'))
        .execute();
      await db.schema.createIndex('document_bands_band').on('document_bands').columns(['band']).execute();

      await db.schema
        .createTable('statements')
        // Date-clustered like SQLite's (shared/rowid.ts): newest first is rowid descending.
        .addColumn('rowid', 'bigint', (c) => c.primaryKey())
        .addColumn('public_id', text, (c) => c.notNull().unique())
        .addColumn('dedup_key', text, (c) => c.notNull().unique())
        .addColumn('document_rowid', 'bigint', (c) => c.notNull().references('documents.rowid'))
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('content', text, (c) => c.notNull())
        .addColumn('speaker', text)
        .addColumn('actor_code', text)
        .addColumn('event_cameo', text)
        .addColumn('event_plover', text)
        .addColumn('stance', text, (c) => c.notNull())
        .addColumn('sort_date', text, (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('json', text, (c) => c.notNull())
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .addColumn('content_tsv', sql`tsvector generated always as (to_tsvector('simple', content)) stored`)
        .addColumn('speaker_tsv', sql`tsvector generated always as (to_tsvector('simple', coalesce(speaker, ''))) stored`)
        .execute();
      await db.schema.createIndex('statements_actor').on('statements').columns(['actor_code', 'rowid']).execute();
      await db.schema.createIndex('statements_speaker').on('statements').columns(['speaker']).execute();
      await db.schema.createIndex('statements_content_tsv').on('statements').using('gin').column('content_tsv').execute();
      await db.schema.createIndex('statements_speaker_tsv').on('statements').using('gin').column('speaker_tsv').execute();

      await db.schema
        .createTable('statement_sources')
        .addColumn('statement_rowid', 'bigint', (c) => c.notNull().references('statements.rowid'))
        .addColumn('document_rowid', 'bigint', (c) => c.notNull().references('documents.rowid'))
        .addColumn('original_id', text, (c) => c.notNull())
        // NULL when this source's statement is the canonical one (statements.json): stored once.
        .addColumn('json', text)
        .addPrimaryKeyConstraint('statement_sources_pk', ['statement_rowid', 'document_rowid', 'original_id'])
        .execute();
      await db.schema.createIndex('statement_sources_document').on('statement_sources').columns(['document_rowid']).execute();
      await db.schema.createIndex('statement_sources_original').on('statement_sources').columns(['original_id']).execute();

      await db.schema
        .createTable('statement_targets')
        .addColumn('statement_rowid', 'bigint', (c) => c.notNull().references('statements.rowid'))
        .addColumn('code', text, (c) => c.notNull())
        .addColumn('stance', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('statement_targets_pk', ['statement_rowid', 'code'])
        .execute();
      await db.schema.createIndex('statement_targets_code').on('statement_targets').columns(['code', 'statement_rowid']).execute();

      await db.schema
        .createTable('actors')
        .addColumn('code', text, (c) => c.primaryKey())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('country', text)
        .addColumn('sector', text)
        .execute();

      await db.schema
        .createTable('failures')
        .addColumn('source', text, (c) => c.primaryKey())
        .addColumn('code', text, (c) => c.notNull())
        .addColumn('message', text, (c) => c.notNull())
        .execute();

      // Running totals kept by the writer (see the SQLite store's 0002_summaries).
      await db.schema
        .createTable('actor_totals')
        .addColumn('code', text, (c) => c.primaryKey())
        .addColumn('statements', 'bigint', (c) => c.notNull())
        .addColumn('targeted', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reaction_counts')
        .addColumn('actor', text, (c) => c.notNull())
        .addColumn('target', text, (c) => c.notNull())
        .addColumn('stance', text, (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('reaction_counts_pk', ['actor', 'target', 'stance'])
        .execute();
      await db.schema
        .createTable('daily_counts')
        .addColumn('actor', text, (c) => c.notNull())
        .addColumn('day', text, (c) => c.notNull())
        .addColumn('stance', text, (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('daily_counts_pk', ['actor', 'day', 'stance'])
        .execute();
    },
  },
  '0002_stats_indexes': {
    // As the SQLite store's 0003: `stats` counts by kind and stance and the duplicate documents from
    // these small indexes instead of scanning every statement row.
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('statements_kind_stance').on('statements').columns(['kind', 'stance']).execute();
      await sql`create index documents_duplicate on documents (duplicate_of) where duplicate_of is not null`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
