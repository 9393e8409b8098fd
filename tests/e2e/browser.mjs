// Shared set-up of the end-to-end tests: Debian's chromium driven by
// playwright-core, dist/ served under a sub-path, and a watch on every
// console message and request so a test can fail on errors and on any
// request to another origin.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const BASE = '/some/path/explorer/';
export const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
/** The article folder the app was built from (as in build.rs and
 *  post-build.mjs: ARTICLE_DATA_DIR's value). */
export const DATA_DIR = process.env.ARTICLE_DATA_DIR ?? 'data';

export async function readDataset() {
  return JSON.parse(await readFile(join(DATA_DIR, 'dataset.json'), 'utf8'));
}

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/** The built app under test: `dist/` unless DIST_DIR names another build. */
export const DIST = process.env.DIST_DIR ?? 'dist';
export async function startServer(extraMounts = []) {
  return serve({ mounts: [...extraMounts, { base: BASE, dir: DIST }] });
}

/** The page meta and counts of the build under test, as the build wrote
 *  them beside the app (`page-meta.json`, the core's `meta::page_meta` of
 *  the dataset it embedded): no test hard-codes an article's counts, and
 *  importing a test file builds nothing. */
export function datasetMeta(dist = DIST) {
  return JSON.parse(readFileSync(join(dist, 'page-meta.json'), 'utf8'));
}

/** "54 results: 43 statements, 11 claimed figures", as the app words it. */
export function resultCount({ counts }) {
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  return `${plural(counts.results, 'result', 'results')}: ${plural(counts.statements, 'statement', 'statements')}, ${plural(counts.figures, 'claimed figure', 'claimed figures')}`;
}

/** A page whose console problems and requests outside `origins` (one
 *  origin or a list) are recorded. */
export async function watchedPage(context, origins) {
  const allowed = [].concat(origins);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A load the page itself cut short by navigating on (a favicon, or a
    // frame whose address changed before it had loaded) is no failure; a
    // missing file shows as its HTTP status below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!allowed.some((o) => url.startsWith(o)) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return { page, problems };
}

/** Waits until what follows a change one frame late has caught up: the
 *  facet counts, the article's highlights and the address bar. */
export async function settled(page) {
  await page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
  }));
}

/** How far a page or frame scrolls sideways (0 when it fits). */
export function sideways(pageOrFrame) {
  return pageOrFrame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the app has rendered the article. */
/** Waits until the service worker controls the page. */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

export async function appReady(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('#search-input').waitFor();
  await page.locator('article.article p').first().waitFor();
  // The first mount is spread over tasks: the root is aria-busy until done.
  await page.waitForFunction(() => !document.querySelector('.app[aria-busy]'));
}

/** Opens the app at `query` in a fresh context of `browser` (1400×900
 *  unless `options` say otherwise) and waits until it has rendered. The
 *  test fails on any console problem or foreign request. `init` runs in the
 *  page before any of its scripts. */
export async function openApp(t, browser, origin, query = '', { init, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  if (init) await context.addInitScript(init);
  const { page, problems } = await watchedPage(context, origin);
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'no console errors, failed or foreign requests');
  });
  await page.goto(`${origin}${BASE}${query}`);
  await appReady(page);
  return page;
}

/** The announced result count. */
export const resultCountOf = (page) => page.locator('.result-count').first().textContent();
/** The filter facet with this name. */
export const facetNamed = (page, name) => page.locator('details.facet').filter({ has: page.locator('summary', { hasText: name }) });
