// The data model a fact-checker reads: places and times as filters, the
// kinds of relation between claims with their notes, the data's version and
// hash, and the whole dataset for download. Counts and texts come from the
// dataset the build used, so the suite runs on any article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, settled, readDataset, SHOTS } from './browser.mjs';

let browser, server, dataset;
before(async () => {
  dataset = await readDataset();
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (t, query = '', options = {}) =>
  openApp(t, browser, server.origin, query, { acceptDownloads: true, ...options });

const count = async (page) => Number((await page.locator('.result-count').first().textContent()).split(' ')[0]);

test('a place filter narrows the results to passages naming it, with a live count, in the URL', async (t) => {
  // Every city of the dataset (on the shipped article: Kabul, Kandahar).
  const cities = dataset.places.filter((p) => p.kind === 'city');
  assert.ok(cities.length > 0);
  const page = await open(t);
  const all = await count(page);
  for (const place of cities) {
    const option = page.locator(`#facet-place button[data-option="${place.id}"]`);
    const shown = Number(await option.locator('.count').textContent());
    assert.ok(shown > 0 && shown < all, `${place.name}: ${shown} of ${all}`);
    await option.click();
    assert.equal(await count(page), shown, 'the live count is what the filter gives');
    await page.waitForURL(new RegExp(`[?&]place=${place.id}(&|$)`));
    const texts = await page.locator('li.row:not([hidden]) blockquote.source-text').allTextContents();
    const names = place.spans.map((s) => s.text ?? s.quote);
    for (const text of texts) assert.ok(names.some((n) => text.includes(n)), `${text} names ${place.name}`);
    if (place === cities[cities.length - 1]) await page.screenshot({ path: `${SHOTS}/place-filter.png` });
    await option.click();
    await page.waitForFunction(() => !location.search.includes('place='));
    await settled(page);
  }
});

test('the comparison shows each relation with its kind and note, and no link the data lacks', async (t) => {
  const page = await open(t, '?view=figures');
  await page.getByRole('heading', { name: 'Compare related figures' }).waitFor();
  const figureIds = new Set(dataset.figures.map((f) => f.id));
  const between = dataset.relations.filter((r) => figureIds.has(r.from) && figureIds.has(r.to));
  const items = page.locator('.figures-view ul.relations li');
  assert.equal(await items.count(), between.length);
  const lines = await items.allTextContents();
  for (const r of between) {
    const kind = r.kind[0].toUpperCase() + r.kind.slice(1);
    assert.ok(lines.some((l) => l.startsWith(kind) && l.includes(r.note)), `${r.kind}: ${r.note}`);
  }
  // The fact-check's correction: 274 killed are not set against "no reported casualties".
  assert.ok(!lines.some((l) => l.includes('killing 274') && l.includes('no reported casualties')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('Differs') && l.includes('killing 274')), lines.join('\n'));
  // Killed and wounded never share a chart.
  const units = await page.locator('.figures-view h4.chart-unit').allTextContents();
  assert.ok(units.includes('Killed') && units.includes('Wounded'), units.join(', '));
  await page.screenshot({ path: `${SHOTS}/figures-relations.png`, fullPage: true });
});

test('the contested panel draws each claim under its own unit only, and keeps every relation as text', async (t) => {
  const page = await open(t);
  const measures = page.locator('.contested .measure');
  assert.ok(await measures.count() > 0);
  // A unit's label as the app prints it: "military_targets" -> "Military targets".
  const label = (unit) => unit[0].toUpperCase() + unit.slice(1).replaceAll('_', ' ');
  const drawn = new Set();
  for (const measure of await measures.all()) {
    const unit = await measure.locator('h4').textContent();
    for (const href of await measure.locator('a.who').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      const id = new URLSearchParams(href.split('?')[1]).get('sel');
      const figure = dataset.figures.find((f) => f.id === id);
      assert.equal(label(figure.unit), unit, `${id} drawn under ${unit}`);
      drawn.add(id);
    }
  }
  // Every relation between two drawn claims is still there, as text.
  const between = dataset.relations.filter((r) => drawn.has(r.from) && drawn.has(r.to));
  const lines = await page.locator('.contested details.how-related li').allTextContents();
  assert.equal(lines.length, between.length);
  for (const r of between) assert.ok(lines.some((l) => l.includes(r.note)), r.note);
});

test('the footer names the data version and content hash, and Get the data downloads everything', async (t) => {
  const page = await open(t);
  const footer = page.locator('footer.data-footer');
  assert.match(await footer.textContent(), new RegExp(`Data version ${dataset.version}\\b`));
  const hash = await footer.locator('.content-hash').textContent();
  assert.match(hash, /^[0-9a-f]{16}$/);
  await footer.locator('summary', { hasText: 'About this data' }).click();
  assert.equal(await footer.locator('.data-changes li, .article-corrections li').count(), dataset.corrections.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Get the data' }).click(),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const got = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.equal(got.data_version, dataset.version);
  assert.equal(got.content_hash, hash);
  for (const collection of ['parties', 'people', 'statements', 'figures', 'relations', 'places', 'times']) {
    assert.equal(got.dataset[collection].length, dataset[collection].length, collection);
  }
  // People who make no statement (none speaks for them) are in it too.
  const speakers = new Set(dataset.statements.map((s) => s.speaker));
  const silent = dataset.people.filter((p) => !speakers.has(p.id)).map((p) => p.id);
  assert.ok(silent.every((id) => got.dataset.people.some((p) => p.id === id)), silent.join(', '));
});

test('judgement calls show their note on the card', async (t) => {
  const noted = dataset.figures.find((f) => f.readings?.length && f.note);
  const page = await open(t, `?sel=${noted.id}`);
  await settled(page);
  const row = page.locator(`li#item-${noted.id}`);
  assert.ok((await row.locator('.note').textContent()).includes(noted.note));
  assert.match(await row.locator('.figure-value').textContent(), /the wording allows both/);
});
