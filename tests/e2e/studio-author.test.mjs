// The studio's "Make an explorer" (issue 28, its first part): an article
// folder opened in the browser is checked by the build's own `check` as
// the author types, each finding leads to its place, nothing is lost on a
// reload, leaving with unsaved changes asks first, bad files get a clear
// message and change nothing, and the download is what was written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { launch, startServer, watchedPage, BASE, SHOTS } from './browser.mjs';

// Any article folder will do: the studio checks what it is given.
const FOLDER = 'data/fictional';
let browser, server, article, dataset;
before(async () => {
  [article, dataset] = await Promise.all([
    readFile(`${FOLDER}/article.txt`, 'utf8'),
    readFile(`${FOLDER}/dataset.json`, 'utf8'),
  ]);
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openStudio(t, width = 1440, context = null) {
  const ctx = context ?? await browser.newContext({ viewport: { width, height: 1000 }, acceptDownloads: true });
  if (!context) t.after(() => ctx.close());
  const { page, problems } = await watchedPage(ctx, server.origin);
  await page.goto(`${server.origin}${BASE}studio/#author`);
  await page.getByRole('heading', { name: 'Make an explorer' }).waitFor();
  return { page, problems, ctx };
}

const picker = (page) => page.locator('input[type=file]');
const file = (name, text, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });
const status = (page) => page.locator('.check-status');

test('an opened folder passes the check; a broken quote is found at its line and column, and undo mends it', async (t) => {
  const { page, problems } = await openStudio(t);
  await picker(page).setInputFiles([file('article.txt', article), file('dataset.json', dataset, 'application/json')]);
  await page.getByText('Check passed').waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), article);
  // Break the first quote the dataset writes as text.
  const at = dataset.indexOf('"quote": "') + '"quote": "'.length;
  const broken = `${dataset.slice(0, at)}Zzz ${dataset.slice(at)}`;
  await page.locator('#dataset-json').fill(broken);
  await status(page).filter({ hasText: /^Check: \d+ problems?$/ }).waitFor();
  const line = broken.slice(0, at).split('\n').length;
  const place = page.getByRole('button', { name: new RegExp(`^dataset\\.json:${line}:\\d+$`) }).first();
  await place.click();
  const caret = await page.locator('#dataset-json').evaluate((a) => a.value.slice(0, a.selectionStart).split('\n').length);
  assert.equal(caret, line, 'the caret is on the finding\'s line');
  await page.screenshot({ path: `${SHOTS}/studio-author-findings.png` });
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe, with findings shown');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Check passed').waitFor();
  assert.equal(await page.locator('#dataset-json').inputValue(), dataset);
  assert.deepEqual(problems, []);
});

test('a reload loses nothing, leaving asks first, and the download is what was written', async (t) => {
  const { page, ctx } = await openStudio(t);
  await page.locator('#article-text').fill(article);
  await page.getByRole('button', { name: 'Draft from the article' }).click();
  const drafted = await page.locator('#dataset-json').inputValue();
  assert.match(drafted, /"statements"/);
  await page.reload();
  await page.getByRole('heading', { name: 'Make an explorer' }).waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), article);
  assert.equal(await page.locator('#dataset-json').inputValue(), drafted);
  await page.getByText('Changes not downloaded yet').waitFor();

  let asked = false;
  page.on('dialog', async (d) => { asked = d.type() === 'beforeunload'; await d.dismiss(); });
  await page.locator('#dataset-json').click();
  await page.close({ runBeforeUnload: true });
  await new Promise((ok) => setTimeout(ok, 500));
  assert.ok(asked, 'leaving with unsaved changes asks first');

  // The same browser, the tab closed: the session is still there.
  const again = await openStudio(t, 1440, ctx);
  assert.equal(await again.page.locator('#dataset-json').inputValue(), drafted);
  const downloads = [];
  again.page.on('download', (d) => downloads.push(d));
  await again.page.getByRole('button', { name: 'Download dataset.json and article.txt' }).click();
  await again.page.waitForFunction(() => !document.querySelector('.unsaved'));
  await new Promise((ok) => setTimeout(ok, 500));
  const texts = {};
  for (const d of downloads) {
    const chunks = [];
    for await (const c of await d.createReadStream()) chunks.push(c);
    texts[d.suggestedFilename()] = Buffer.concat(chunks).toString('utf8');
  }
  assert.deepEqual(texts, { 'dataset.json': drafted, 'article.txt': article });
});

test('a file that is not UTF-8, or far too big, gets a clear message and changes nothing', async (t) => {
  const { page } = await openStudio(t);
  await page.locator('#article-text').fill('Kept.');
  await picker(page).setInputFiles([{ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x4b, 0xe9, 0x6c, 0x6c, 0xff]) }]);
  await page.getByRole('alert').filter({ hasText: 'latin1.txt is not UTF-8' }).waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), 'Kept.');
  await picker(page).setInputFiles([file('huge.txt', 'x'.repeat(5_000_000))]);
  await page.getByRole('alert').filter({ hasText: /huge\.txt is 5000 KB, more than the studio opens/ }).waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), 'Kept.');
  // A 5 MB text pasted into the article: refused, the article kept.
  await page.locator('#article-text').evaluate((area) => {
    area.value = 'y'.repeat(5_000_000);
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await page.getByRole('alert').filter({ hasText: /article\.txt is 5000 KB, more than the studio opens/ }).waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), 'Kept.');
  await page.locator('#dataset-json').fill('{ "version": ');
  await status(page).filter({ hasText: /^Check: 1 problem$/ }).waitFor();
  assert.equal(await page.locator('#article-text').inputValue(), 'Kept.');
  // The forms wait for the JSON to be mended, and say so; nothing changes.
  await page.getByRole('button', { name: 'New side', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: /dataset\.json has a syntax error at line 1/ }).waitFor();
  assert.equal(await page.locator('#dataset-json').inputValue(), '{ "version": ');
});

test('a dataset whose quotes are no longer in the text is opened, its findings lead to the items, and nothing is lost', async (t) => {
  const { page } = await openStudio(t);
  const quote = JSON.parse(dataset).statements[0].span.quote;
  const changed = article.replace(quote, quote.replace(/\w+/, 'Reworded'));
  await picker(page).setInputFiles([file('article.txt', changed), file('dataset.json', dataset, 'application/json')]);
  await status(page).filter({ hasText: /^Check: \d+ problems?$/ }).waitFor();
  assert.equal(await page.locator('#dataset-json').inputValue(), dataset);
  const finding = page.locator('.finding').filter({ hasText: 'statements[0]' });
  await finding.getByRole('button', { name: 'Edit the item' }).click();
  await page.locator('form.item-form h3').filter({ hasText: /^statement /i }).waitFor();
});
