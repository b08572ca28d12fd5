import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { isDatabaseUrl, parseDatabaseUrl, redactUrl } from './url.js';

describe('database URLs', () => {
  it.each([
    ['postgres://u:p@h/db', true],
    ['postgresql://h/db', true],
    ['POSTGRES://h/db', true],
    ['news.db', false],
    ['/data/postgres/news.db', false],
    ['./postgres:/x.db', false],
  ])('%s is a server URL: %s', (location, expected) => {
    expect(isDatabaseUrl(location)).toBe(expected);
  });

  it('splits off ?schema= and keeps the other parameters', () => {
    expect(parseDatabaseUrl('postgres://u:p@127.0.0.1:5432/news?schema=run_2&sslmode=disable')).toEqual({
      url: 'postgres://u:p@127.0.0.1:5432/news?sslmode=disable',
      schema: 'run_2',
    });
    expect(parseDatabaseUrl('postgres://u@h/news').schema).toBeNull();
  });

  it.each(['postgres://h/db?schema=Bad-Name', 'postgres://h/db?schema=x;drop', 'postgres://h/db?schema=1abc'])('refuses %s with STORE_BAD_URL', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(expect.objectContaining({ code: 'STORE_BAD_URL' }));
  });

  it('never shows a password', () => {
    expect(redactUrl('postgres://news:s3cr@t@db:5432/news')).toBe('postgres://news:***@db:5432/news');
    expect(redactUrl('postgres://news@db/news')).toBe('postgres://news@db/news');
  });

  it('a server that does not answer is STORE_UNREACHABLE, exit 1, without the password', async () => {
    let err = '';
    const io = { out: () => undefined, err: (t: string) => void (err += t), isTTY: false };
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    expect(await runCli(['stats', '--db', 'postgres://news:hunter2@127.0.0.1:1/news'], io)).toBe(1);
    expect(err).toMatch(/^error STORE_UNREACHABLE: Cannot use the PostgreSQL database postgres:\/\/news:\*\*\*@127\.0\.0\.1:1\/news \(ECONNREFUSED\)/);
    expect(err).not.toContain('hunter2');
  });
});
