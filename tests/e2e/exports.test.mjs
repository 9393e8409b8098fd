// The reader carries only what a reader uses: its exports, "Get the data"
// and "Cite this" come from files the build prepared, fetched only when a
// reader asks, kept by the service worker once used (offline after first
// use); the first load fetches neither them nor the studio, and the
// service worker's precache lists no file of the studio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch, watchedPage, appReady, settled, DIST, BASE, controlled } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const PREPARED = /\/(exports|dataset)-[0-9a-f]{16}\.json$/;

/** The text of the file a footer button downloads. */
async function download(page, button) {
  const target = page.getByRole('button', { name: button, exact: true });
  await target.scrollIntoViewIfNeeded();
  await settled(page);
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}


test('the precache lists no studio file and no prepared export, and the first load fetches neither', async (t) => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const listed = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(listed.some((f) => f.endsWith('.wasm')), `the precache list was read: ${listed}`);
  assert.deepEqual(listed.filter((f) => f.startsWith('studio/') || PREPARED.test(`/${f}`)), []);
  const server = await serve({ mounts: [{ base: BASE, dir: DIST }] });
  t.after(() => server.close());
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  t.after(() => ctx.close());
  const { page, problems } = await watchedPage(ctx, server.origin);
  const requested = [];
  ctx.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.origin}${BASE}`);
  await appReady(page);
  await controlled(page);
  await page.waitForTimeout(500);
  const unwanted = requested.filter((p) => p.includes('/studio/') || PREPARED.test(p));
  assert.deepEqual(unwanted, [], 'a reader who exports nothing fetches no export and nothing of the studio');
  assert.deepEqual(problems, []);
});

test('exports and citations work offline once used, and say so when never fetched', async (t) => {
  const server = await serve({ mounts: [{ base: BASE, dir: DIST }] });
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => ctx.close());
  const { page } = await watchedPage(ctx, server.origin);
  await page.goto(`${server.origin}${BASE}`);
  await appReady(page);
  await controlled(page);
  const csv = await download(page, 'Export CSV');
  assert.match(csv, /^type,id,source/);
  const row = page.locator('li.row').first();
  await row.locator('details.card-menu > summary').click();
  await row.getByRole('button', { name: /^Cite this/ }).click();
  await page.getByText('Citation copied.').waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());

  await server.close();
  await ctx.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await download(page, 'Export CSV'), csv, 'the same export, offline');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('li.row').first().locator('details.card-menu > summary').click();
  await page.locator('li.row').first().getByRole('button', { name: /^Cite this/ }).click();
  await page.getByText('Citation copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  // Never fetched online: a clear message, and the page stays as it was.
  const rows = await page.locator('li.row').count();
  const get = page.getByRole('button', { name: 'Get the data', exact: true });
  await get.click();
  await page.getByText(/could not be loaded.*online/).waitFor();
  assert.equal(await page.locator('li.row').count(), rows);
});
