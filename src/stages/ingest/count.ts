import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from './read-files.js';

/**
 * How many documents plain files and directories hold, for a progress ETA; null when a source is a
 * container, glob, URL or stdin (their count is only known after reading them), or over `limit` files.
 */
export async function countDocuments(sources: readonly string[], limit = 1_000_000): Promise<number | null> {
  let n = 0;
  const walk = async (path: string): Promise<boolean> => {
    const info = await stat(path).catch(() => null);
    if (!info) return true;
    if (info.isDirectory()) {
      const entries = await readdir(path).catch(() => [] as string[]);
      for (const e of entries) if (!e.startsWith('.') && !(await walk(join(path, e)))) return false;
      return true;
    }
    if (formatOf(path)) return false;
    n++;
    return n <= limit;
  };
  for (const s of sources) {
    if (s === '-' || /^https?:\/\//i.test(s)) return null;
    if (!(await walk(s))) return null;
  }
  return n;
}
