import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, INPUT_FORMATS, type InputFormat } from '../stages/ingest/read-files.js';

/** `--published YYYY-MM-DD`: a real calendar date or a usage error. */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2022-02-26');
  }
  return value;
}

export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500k, 32m or 1g');
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * scale);
}

/** A whole number of at least 1. */
export function parseCount(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** `--format`: one of the readers' formats or a usage error. */
export function parseFormat(value: string): InputFormat {
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${INPUT_FORMATS.join(', ')}`);
  return value as InputFormat;
}

/** How sources are read: the options `ingest` and `enqueue` share. */
export interface ReadingFlags {
  format?: InputFormat;
  textField?: string;
  dateField?: string;
  urlField?: string;
  titleField?: string;
  followLinks?: boolean;
  maxBytes?: number;
  published?: string;
}

/** Registers the ReadingFlags options on a command (one wording for every command that reads sources). */
export function addReadingOptions(cmd: Command): Command {
  return cmd
    .option('--format <format>', `how to read every source: ${INPUT_FORMATS.join(', ')}`, parseFormat, 'auto')
    .option('--text-field <name>', 'JSONL/CSV field holding the article text or HTML (auto-detected: text, body, content …)')
    .option('--date-field <name>', 'JSONL/CSV field holding the publication date')
    .option('--url-field <name>', 'JSONL/CSV field holding the URL')
    .option('--title-field <name>', 'JSONL/CSV field holding the title')
    .option('--follow-links', 'fetch the linked page of feed items that carry no content')
    .option('--max-bytes <size>', `largest document or record (default ${DEFAULT_MAX_BYTES / 1024 / 1024}m)`, parseBytes)
    .option('--published <YYYY-MM-DD>', 'publication date for documents that give none', parseDay);
}
