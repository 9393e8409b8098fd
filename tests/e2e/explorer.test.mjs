// What a reader does, in Debian chromium against the built dist/, served
// under a sub-path. Every test fails on a console error or warning, a failed
// request, or a request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, startServer, openApp, resultCountOf, facetNamed, appReady, settled, sideways, datasetMeta, readDataset, resultCount, BASE, SHOTS } from './browser.mjs';

// Totals from the page meta the build wrote (the core's, from the dataset),
// and every other count from the dataset or from the app's own live counts:
// none is typed here.
const META = datasetMeta();
const ALL = resultCount(META);
let browser, server;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app at `query` in a fresh context and returns the page. */
const open = (t, query = '', options = {}) => openApp(t, browser, server.origin, query, options);
const count = resultCountOf;
const facet = facetNamed;

test('the article renders whole under a sub-path', async (t) => {
  const page = await open(t);
  assert.equal(await page.locator('article.article h3').count(), META.counts.section_heads);
  assert.equal(await page.locator('article.article p:not(.editor-note)').count(), META.counts.paragraphs);
  assert.equal(await page.title(), META.title);
  const text = await page.locator('article.article').textContent();
  assert.ok(text.includes('re\u2011engage in mediated dialogue'), 'non-breaking hyphen kept');
  assert.ok(text.includes('3,967 nationwide in 2025.'));
  assert.equal(await count(page), ALL);
  assert.equal(await page.getAttribute('html', 'lang'), META.language);
  await page.screenshot({ path: `${SHOTS}/main.png` });
});

test('choosing a party filters the list and updates every count', async (t) => {
  const page = await open(t);
  const party = facet(page, 'Party');
  const iran = party.getByRole('button', { name: /^Iran \d/ });
  // An option's live count is what choosing it gives.
  const pakistan = party.getByRole('button', { name: /^Pakistan\s/ });
  const pakistanCount = Number(await pakistan.locator('.count').textContent());
  await pakistan.click();
  assert.match(await count(page), new RegExp(`^${pakistanCount} results`));
  await pakistan.click();
  const iranCount = Number(await iran.locator('.count').textContent());
  await iran.click();
  assert.equal(await iran.getAttribute('aria-pressed'), 'true');
  assert.match(await count(page), new RegExp(`^${iranCount} results?:`));
  await page.waitForURL(/\?party=iran$/);
  await settled(page);
  // Under "Iran", the speaker facet counts only Iran's statements: a
  // speaker's count is what adding that speaker gives.
  const araghchi = facet(page, 'Speaker').getByRole('button', { name: /Abbas Araghchi/ });
  const araghchiCount = Number(await araghchi.locator('.count').textContent());
  assert.ok(araghchiCount > 0 && araghchiCount <= iranCount, `${araghchiCount} of ${iranCount}`);
  await araghchi.click();
  assert.match(await count(page), new RegExp(`^${araghchiCount} results?:`));
  await araghchi.click();
  await page.waitForURL(/\?party=iran$/);
  await settled(page);
  // An option with no result folds away (its button stays, hidden).
  const none = facet(page, 'Speaker').locator('li').filter({ has: page.locator('.count', { hasText: /^0$/ }) });
  assert.ok(await none.count() > 0, 'some speaker has no statement of Iran');
  assert.equal(await none.first().isHidden(), true);
  // OR within a facet: adding Russia widens the results.
  await party.getByRole('button', { name: /^Russia \d/ }).click();
  assert.match(await count(page), /^(\d+) results/);
  const n = Number((await count(page)).split(' ')[0]);
  assert.ok(n > iranCount, `Iran or Russia gives more than Iran alone (${n})`);
  // AND across facets: kind "Offer" narrows to its live count.
  const offer = facet(page, 'Statement kind').getByRole('button', { name: /^Offer/ });
  const offerCount = Number(await offer.locator('.count').textContent());
  assert.ok(offerCount < n, `Offer narrows ${n} to ${offerCount}`);
  await offer.click();
  assert.match(await count(page), new RegExp(`^${offerCount} results?:`));
  await page.getByRole('button', { name: 'Clear all' }).click();
  assert.equal(await count(page), ALL);
});

test('search folds typography: de-escalation finds the non-breaking hyphen', async (t) => {
  const page = await open(t);
  const box = page.getByLabel('Search statements and figures');
  await box.pressSequentially('de-escalation');
  await page.waitForURL(/q=de-escalation$/);
  await settled(page);
  // As many rows show as the count says.
  const found = Number((await count(page)).split(' ')[0]);
  assert.ok(found > 0 && found < META.counts.results, `${found} found`);
  assert.equal(await page.locator('li.row:not([hidden])').count(), found);
  const row = page.locator('li.row:not([hidden])').first();
  assert.match(await row.locator('.speaker').textContent(), /Yvette Cooper/);
  assert.equal(await row.locator('mark.match').textContent(), 'de\u2011escalation');
  assert.equal(await page.locator('article mark.match').first().textContent(), 'de\u2011escalation');
  // Passages of items the search hides read as plain text, not as links.
  const [plain, off] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('article.article p:not(.editor-note)')).color,
    getComputedStyle(document.querySelector('article .hl-off')).color,
  ]);
  assert.equal(off, plain);
  await box.fill('open war');
  await page.waitForURL(/q=open(\+|%20)war$/);
  await settled(page);
  const speakers = await page.locator('li.row:not([hidden]) .speaker').allTextContents();
  assert.ok(speakers.includes('Khawaja Asif'), `Asif's post found: ${speakers}`);
  // Filtered-out rows stay mounted but hidden: exactly the results show.
  assert.equal(speakers.length, Number((await count(page)).split(' ')[0]));
  assert.ok(speakers.length < META.counts.results);
  await page.screenshot({ path: `${SHOTS}/search.png` });
});

test('opening a statement highlights and focuses its span in the article', async (t) => {
  const page = await open(t);
  const row = page.locator('li.row:not([hidden])', { hasText: 'Fortunately, there have been no reported casualties' }).first();
  await row.getByRole('link', { name: /Show in article/ }).click();
  const span = page.locator('article .hl.selected').first();
  await span.waitFor();
  // The span may be cut where other items start; together it reads whole.
  const whole = (await page.locator('article .hl.selected').allTextContents()).join('');
  assert.equal(whole, '"Fortunately, there have been no reported casualties."');
  // Focus is on its one focusable element, its marker.
  assert.equal(await page.evaluate(() => document.activeElement.matches('a.marker.selected')), true);
  await page.waitForURL(/sel=s-mujahid-no-casualties/);
  // Choosing the same statement again shows its span again.
  await row.getByRole('link', { name: /Show in article/ }).click();
  await page.waitForFunction(() => document.activeElement.matches('article a.marker.selected'));
  // And back: choosing a passage in the article shows its row.
  await page.locator('article .hl', { hasText: 'Our cup of patience has overflowed' }).first().click();
  const selected = page.locator('li.row.selected');
  await selected.waitFor();
  assert.match(await selected.textContent(), /Khawaja Asif/);
  await page.screenshot({ path: `${SHOTS}/selected.png` });
});

test('compare figures shows contested claims honestly, as a chart and a table', async (t) => {
  const page = await open(t);
  await page.getByRole('button', { name: 'Compare figures' }).click();
  await page.getByRole('heading', { name: 'Compare related figures' }).waitFor();
  // The groups of related figures: the dataset's figures joined by its
  // relations between figures.
  const d = await readDataset();
  const figureIds = new Set(d.figures.map((f) => f.id));
  const links = d.relations.filter((r) => figureIds.has(r.from) && figureIds.has(r.to));
  const group = new Map();
  const root = (id) => (group.get(id) === id ? id : root(group.get(id)));
  for (const { from, to } of links) {
    if (!group.has(from)) group.set(from, from);
    if (!group.has(to)) group.set(to, to);
    group.set(root(from), root(to));
  }
  const tables = page.locator('.figures-view table');
  assert.equal(await tables.count(), new Set([...group.keys()].map(root)).size, 'one table per group of related figures');
  const text = await page.locator('.figures-view').textContent();
  assert.ok(text.includes('at least 12'));
  assert.ok(text.includes('more than 200'));
  assert.ok(text.includes('no reported casualties (an absence of reports, not a count of zero)'));
  // One chart per unit of a group, each under its unit's name.
  assert.equal(await page.locator('.figures-view .chart').count(),
    await page.locator('.figures-view h4.chart-unit').count());
  // Each table's caption leads with its group's question, from the data.
  const questions = d.relations.filter((r) => r.question).map((r) => r.question);
  const captions = await page.locator('.figures-view caption').allTextContents();
  assert.equal(captions.length, questions.length, 'one question per group');
  for (const c of captions) assert.ok(questions.some((q) => c.startsWith(`${q} (`)), c);
  // "none reported" gets no bar: bars only for the related figures (those
  // in a relation with another figure) that have a value.
  const valued = d.figures.filter((f) => group.has(f.id) && f.value !== null && f.value !== undefined);
  assert.equal(await page.locator('.figures-view svg rect.bar').count(), valued.length);
  await page.waitForURL(/view=figures/);
  await page.screenshot({ path: `${SHOTS}/figures.png`, fullPage: true });
});

test('reload, back and forward keep the state', async (t) => {
  const page = await open(t);
  // Each state's count as the app first showed it, compared after each move.
  await facet(page, 'Party').getByRole('button', { name: /^Iran \d/ }).click();
  await page.waitForURL(/\?party=iran$/);
  const iran = await count(page);
  await page.getByRole('button', { name: /^Contested only/ }).click();
  await page.waitForURL(/party=iran&contested=1/);
  const contested = await count(page);
  await page.reload();
  await appReady(page);
  assert.match(page.url(), /party=iran&contested=1/);
  assert.equal(await count(page), contested);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('contested'));
  assert.equal(await count(page), iran);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await count(page), ALL);
  await page.goForward();
  await page.waitForFunction(() => location.search === '?party=iran');
  assert.equal(await count(page), iran);
});

test('junk parameters give the default view with a notice, as text', async (t) => {
  const page = await open(t, '?party=atlantis&zz=%3Cimg%20src=x%20onerror=alert(1)%3E&view=%ZZ&q=%E0%A4');
  const notice = page.locator('.notice');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.ok(text.includes('atlantis'));
  assert.equal(await page.locator('img').count(), 0, 'no markup injected');
  // Every junk part is ignored: the count is that of the whole dataset.
  assert.equal(await count(page), ALL);
  await page.screenshot({ path: `${SHOTS}/notice.png` });
});

test('a facet is usable with the keyboard alone', async (t) => {
  const page = await open(t);
  await page.getByRole('button', { name: /^Contested only/ }).focus();
  // Tab past the Party group's summary and its find box to the first party.
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.dataset?.option === 'pakistan');
  }
  assert.ok(found, 'the first party option is reachable by Tab');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search === '?party=pakistan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
});

test('a phone width has no horizontal scroll and collapsed facets', async (t) => {
  const page = await open(t, '', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const overflow = await sideways(page);
  assert.equal(overflow, 0);
  assert.equal(await page.locator('details.facet[open]').count(), 0);
  // The filters wait in a bottom sheet.
  assert.equal(await facet(page, 'Party').isVisible(), false);
  await page.getByRole('button', { name: 'Filters' }).click();
  await facet(page, 'Party').locator('summary').click();
  assert.equal(await page.locator('details.facet[open]').count(), 1);
  await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: false });
});

test('export CSV and JSON of the current results, with spans', async (t) => {
  const page = await open(t, '?person=attaullah-tarar');
  // The rows exported are the results shown.
  const shown = Number((await count(page)).split(' ')[0]);
  assert.ok(shown > 0);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await streamText(await csvDownload.createReadStream());
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'type,id,source,channel,category,figure,start,end,text,data_version,content_hash,quote_prefix,quote_exact,quote_suffix');
  assert.equal(lines.length, 1 + shown, 'a header and one line per result');
  assert.ok(csv.includes('"more than 200"'));
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(await streamText(await jsonDownload.createReadStream()));
  assert.match(exported.content_hash, /^[0-9a-f]{16}$/);
  const rows = exported.rows;
  assert.equal(rows.length, shown);
  assert.ok(rows.every((r) => typeof r.span.start === 'number' && r.span.text.length > 0));
});

test('copy link copies the current state', async (t) => {
  const page = await open(t, '?party=russia', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.origin}${BASE}?party=russia`);
});

test('copy link with the clipboard denied shows the link to copy by hand', async (t) => {
  // No permission granted, and writeText rejects as a browser that denies it.
  const page = await open(t, '?party=russia', {
    init: () => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    },
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const toast = page.locator('.toast[role="status"]');
  await toast.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await toast.textContent(), `Copy this link: ${server.origin}${BASE}?party=russia`);
});

test('copy link where the page has no clipboard at all shows the link', async (t) => {
  // Plain-http pages other than localhost have no navigator.clipboard.
  const page = await open(t, '?party=russia', {
    init: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    },
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const toast = page.locator('.toast[role="status"]');
  await toast.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await toast.textContent(), `Copy this link: ${server.origin}${BASE}?party=russia`);
});

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}
