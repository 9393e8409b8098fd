// The studio's "Preview" (issue 28, its fifth part): the real reader,
// mounted on the texts being written, in a frame of a phone's or a
// desktop's width and as each embed view; it leaves the studio's address
// alone, and while the check fails it says how many problems stand in the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { launch, startServer, watchedPage, settled, BASE, SHOTS } from './browser.mjs';

// Any article folder will do: the preview shows what it is given.
const FOLDER = 'data/fictional';
let browser, server, article, dataset, counts;
before(async () => {
  [article, dataset] = await Promise.all([
    readFile(`${FOLDER}/article.txt`, 'utf8'),
    readFile(`${FOLDER}/dataset.json`, 'utf8'),
  ]);
  const parsed = JSON.parse(dataset);
  counts = { statements: parsed.statements.length, figures: parsed.figures.length };
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The studio at `width`, the fictional folder opened, its check passed. */
async function studioWithFolder(t, width) {
  const ctx = await browser.newContext({ viewport: { width, height: 1000 } });
  t.after(() => ctx.close());
  const { page, problems } = await watchedPage(ctx, server.origin);
  await page.goto(`${server.origin}${BASE}studio/#author`);
  await page.getByRole('heading', { name: 'Make an explorer' }).waitFor();
  const file = (name, text, mimeType) => ({ name, mimeType, buffer: Buffer.from(text) });
  await page.locator('input[type=file]').setInputFiles([
    file('article.txt', article, 'text/plain'),
    file('dataset.json', dataset, 'application/json'),
  ]);
  await page.getByText('Check passed').waitFor();
  return { page, problems };
}

const preview = (page, frame = 'phone') => page.frameLocator(`iframe.frame-${frame}`);
const statementsHeading = () => `Statements (${counts.statements})`;

/** Where the results and the article sit in the preview's reader. */
async function panes(page, which) {
  const frame = preview(page, which);
  await frame.getByRole('heading', { name: statementsHeading() }).waitFor();
  const box = async (selector) => frame.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width };
  });
  return { results: await box('.results-pane'), article: await box('.article-pane') };
}

test('a phone\'s frame and a desktop\'s show the real reader on the dataset, each at its width, with its styles', async (t) => {
  const { page, problems } = await studioWithFolder(t, 1440);
  for (const which of ['phone', 'desktop']) {
    const frame = preview(page, which);
    await frame.getByRole('heading', { name: statementsHeading() }).waitFor();
  }
  // The desktop lists every result; the phone folds its list, as a phone does.
  await preview(page, 'desktop').getByRole('heading', { name: `Claimed figures (${counts.figures})` }).waitFor();
  await preview(page, 'phone').getByRole('button', { name: `Show all ${counts.statements + counts.figures}` }).waitFor();
  assert.equal(await preview(page, 'phone').locator('html').evaluate(() => window.innerWidth), 390);
  assert.equal(await preview(page, 'desktop').locator('html').evaluate(() => window.innerWidth), 1440);
  // The reader's own stylesheet and media queries: on a phone the article
  // comes below the results, on a desktop beside them.
  const phone = await panes(page, 'phone');
  assert.ok(phone.article.top > phone.results.top, 'the article below the results on a phone');
  const desktop = await panes(page, 'desktop');
  assert.ok(desktop.article.left > desktop.results.left + desktop.results.width - 1, 'the article beside the results on a desktop');
  const fits = await page.locator('.preview-stage').evaluateAll((stages) => stages.map((el) => el.getBoundingClientRect().width <= el.parentElement.clientWidth + 0.5));
  assert.deepEqual(fits, [true, true], 'each frame is scaled down to the room there is');
  assert.deepEqual(problems, []);
});

test('a filter pressed in the preview changes the reader, not the studio\'s address', async (t) => {
  const { page, problems } = await studioWithFolder(t, 1440);
  const frame = preview(page, 'desktop');
  await frame.getByRole('heading', { name: statementsHeading() }).waitFor();
  const address = page.url();
  const history = await page.evaluate(() => history.length);
  const before = await frame.locator('.result-count').first().textContent();
  const option = frame.locator('.facet-option[aria-pressed=false]').first();
  await option.click();
  await frame.locator('.facet-option[aria-pressed=true]').first().waitFor();
  await frame.locator('.result-count').first().filter({ hasNotText: before }).waitFor();
  await settled(page);
  await new Promise((ok) => setTimeout(ok, 500));
  assert.equal(page.url(), address);
  assert.equal(await page.evaluate(() => history.length), history);
  assert.deepEqual(problems, []);
});

test('each embed view shows in the preview', async (t) => {
  const { page, problems } = await studioWithFolder(t, 1440);
  const views = [
    ['Embed: Results with filters', 'list'],
    ['Embed: Compare figures', 'figures'],
    ['Embed: Who gets a voice', 'voices'],
    ['Embed: The selected item as a card', 'card'],
  ];
  for (const [label, key] of views) {
    await page.getByRole('radio', { name: label }).check();
    await preview(page, `embed-${key}`).locator(`.app.embed.embed-${key}`).waitFor();
    assert.equal(await page.locator('iframe.preview-frame').count(), 1);
  }
  // The card shows one item (the first).
  assert.equal(await preview(page, 'embed-card').locator('.embed-card li.row').count(), 1);
  await page.getByRole('radio', { name: 'Embed: Results with filters' }).check();
  await preview(page, 'embed-list').getByRole('heading', { name: statementsHeading() }).waitFor();
  await page.getByRole('radio', { name: 'The reader: phone and desktop' }).check();
  await preview(page, 'desktop').getByRole('heading', { name: statementsHeading() }).waitFor();
  assert.deepEqual(problems, []);
});

test('while the check fails, the preview says how many problems to fix instead of a blank frame', async (t) => {
  const { page } = await studioWithFolder(t, 1440);
  await preview(page).getByRole('heading', { name: statementsHeading() }).waitFor();
  await page.locator('#dataset-json').fill(dataset.replace('"statements"', '"statement"'));
  const status = await page.locator('.check-status').filter({ hasText: /^Check: \d+ problems?$/ }).textContent();
  const n = Number(status.match(/\d+/)[0]);
  const message = n === 1 ? 'Fix the problem above to preview.' : `Fix the ${n} problems above to preview.`;
  await page.getByText(message).waitFor();
  assert.equal(await page.locator('iframe.preview-frame').count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await preview(page).getByRole('heading', { name: statementsHeading() }).waitFor();
});

for (const width of [1440, 390]) {
  test(`the studio with its preview at ${width} px: axe finds nothing in the preview, nothing scrolls sideways`, async (t) => {
    const { page, problems } = await studioWithFolder(t, width);
    await preview(page).getByRole('heading', { name: statementsHeading() }).waitFor();
    await page.getByRole('heading', { name: 'Preview' }).scrollIntoViewIfNeeded();
    await page.locator('.reader-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(sideways, 0);
    await page.screenshot({ path: `${SHOTS}/studio-preview-${width}.png` });
    // The preview (the rest of the page is the authoring tests'). Its two
    // frames hold the same reader, whose landmarks repeat from one to the
    // other by design: axe checks each frame apart.
    const withPhone = await new AxeBuilder({ page }).include('.reader-preview').exclude('iframe.frame-desktop').analyze();
    assert.deepEqual(withPhone.violations.map((v) => v.id), [], 'axe, the preview with the phone frame');
    const desktop = await new AxeBuilder({ page }).include('iframe.frame-desktop').analyze();
    assert.deepEqual(desktop.violations.map((v) => v.id), [], 'axe, the desktop frame');
    assert.deepEqual(problems, []);
  });
}
