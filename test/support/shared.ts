import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared data folder: `COMMUNIQUE_SHARED` or `../shared` beside the checkout, as its real path.
 * Null when absent: evaluations and dataset-backed tests skip, saying so.
 */
export function sharedDir(): string | null {
  const dir = process.env.COMMUNIQUE_SHARED ? resolve(process.env.COMMUNIQUE_SHARED) : resolve(projectRoot, '..', 'shared');
  // Its real path: a checkout that reaches it through a symlink (a worktree's ../shared) names the same
  // documents by the same paths, so outputs that hold a document's source compare across checkouts.
  return existsSync(join(dir, 'datasets')) ? realpathSync(dir) : null;
}

/** `datasets/<name>` under the shared folder, or null when it is not there. */
export function datasetDir(name: string): string | null {
  const dir = sharedDir();
  const path = dir ? join(dir, 'datasets', name) : null;
  return path && existsSync(path) ? path : null;
}
