/** Headless Debian chromium for the browser tests, or a written reason to skip them. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = process.env.COMMUNIQUE_CHROMIUM ?? '/usr/bin/chromium';

/** Null when the browser tests can run; otherwise why they are skipped. */
export const skipReason: string | null = existsSync(CHROMIUM)
  ? null
  : `browser tests skipped: no Chromium at ${CHROMIUM} (install with \`apt-get update && apt-get install -y chromium\`, as .ci/run does)`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile directory, removed on close. */
export async function launch(options: BrowserContextOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'communique-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the web page from the current sources into a temporary directory (the test never serves a stale dist/). */
export async function buildWebPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'communique-web-'));
  await build({ configFile: join(import.meta.dirname, '..', '..', 'src', 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-results');

export function screenshotPath(name: string): string {
  mkdirSync(ARTEFACTS, { recursive: true });
  return join(ARTEFACTS, `${name}.png`);
}
