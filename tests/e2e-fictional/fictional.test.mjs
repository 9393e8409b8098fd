// The app built on the second, fictional dataset (data/fictional, built into
// target/dist-fictional by scripts/test.sh): it loads, filters and searches,
// every count comes from that dataset (the page meta its build wrote,
// target/dist-fictional/page-meta.json),
// and no word of the shipped article is anywhere in the build.
//   DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional node --test tests/e2e-fictional/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, startServer, openApp, resultCountOf, facetNamed, settled, datasetMeta, resultCount, DIST, DATA_DIR, SHOTS } from '../e2e/browser.mjs';

const META = datasetMeta();
// The shipped article's own words: its title and description, if it has one.
const SHIPPED = JSON.parse(readFileSync('data/dataset.json', 'utf8')).article;
let browser, server;
before(async () => {
  assert.notEqual(DATA_DIR, 'data', 'run with ARTICLE_DATA_DIR=data/fictional and DIST_DIR=target/dist-fictional');
  await mkdir(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (t, query = '') => openApp(t, browser, server.origin, query);
const count = resultCountOf;
const facet = facetNamed;

test('the fictional article loads with its own title, meta and counts', async (t) => {
  const page = await open(t);
  assert.equal(await page.title(), META.title);
  assert.equal(await page.getAttribute('meta[name="description"]', 'content'), META.description);
  assert.equal(await page.getAttribute('html', 'lang'), META.language);
  assert.equal(await count(page), resultCount(META));
  assert.equal(await page.locator('article.article p:not(.editor-note)').count(), META.counts.paragraphs);
  assert.equal(await page.getAttribute('#search-input', 'placeholder'), META.search_placeholder);
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, META.title);
  assert.equal(manifest.short_name, META.short_name);
  await page.screenshot({ path: `${SHOTS}/fictional.png` });
});

test('filtering by statement kind shows that many statements', async (t) => {
  const page = await open(t);
  const denials = META.counts.kinds.denial;
  assert.ok(denials.statements > 0, 'the fictional dataset has denials');
  await facet(page, 'Statement kind').getByRole('button', { name: /^Denial/ }).click();
  await settled(page);
  assert.equal(await count(page), resultCount({ counts: denials }));
  await page.waitForURL(/\?kind=denial$/);
});

test('search finds the claim relayed through a platform, and "Tavel" marks the town', async (t) => {
  const page = await open(t);
  const box = page.getByLabel('Search statements and figures');
  await box.pressSequentially('relayed');
  await page.waitForURL(/q=relayed$/);
  await settled(page);
  // As many rows show as the count says (no count typed here).
  const found = Number((await count(page)).split(' ')[0]);
  assert.ok(found > 0 && found < META.counts.results, `${found} found`);
  assert.equal(await page.locator('li.row:not([hidden])').count(), found);
  const row = page.locator('li.row:not([hidden])').first();
  assert.match(await row.textContent(), /Ivo Brandt/);
  assert.equal(await row.locator('mark.match').first().textContent(), 'relayed');
  await box.fill('Tavel');
  await settled(page);
  const marks = await page.locator('article mark.match').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === 'tavel'), `marks: ${marks}`);
});

test('no word of the shipped article is anywhere in the fictional build', async () => {
  const words = ['Pakistan', 'Afghanistan', 'Taliban', 'Kabul', 'Islamabad', 'de-escalation', 'open war', 'Khawaja', SHIPPED.title, SHIPPED.description].filter(Boolean);
  const files = [];
  async function walk(d) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else files.push(join(d, e.name));
    }
  }
  await walk(DIST);
  assert.ok(files.length > 5, `files in ${DIST}`);
  // Both pages: the reader's and the studio's (its own wasm).
  assert.ok(files.some((f) => /[\\/]studio[\\/].*_bg\.wasm$/.test(f)), 'the studio is in the build');
  const leaks = [];
  for (const f of files) {
    const bytes = await readFile(f);
    const text = bytes.toString('utf8').toLowerCase();
    for (const w of words) if (text.includes(w.toLowerCase())) leaks.push(`${f}: ${w}`);
  }
  assert.deepEqual(leaks, [], 'no shipped word in the fictional build');
});
