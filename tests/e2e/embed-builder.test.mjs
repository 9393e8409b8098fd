// The embed builder, in the studio (studio/, its own page and wasm): the
// reader's "Embed" opens it on the reader's view; the author chooses the
// view, the filters, the theme and a fixed height; the live preview is the
// very iframe the copied snippet embeds, and a host page with the snippet
// shows what the preview showed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, readDataset, appReady, BASE, SHOTS } from './browser.mjs';
import { startSites, hostPage, explorerFrame, recordCopies } from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const unescape = (s) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** What an embed frame shows: its address's state, its colours and its text. */
async function shown(frame) {
  await frame.locator('.app.embed main').waitFor();
  return frame.evaluate(() => ({
    query: location.search,
    theme: document.documentElement.className,
    text: document.querySelector('.app.embed main').innerText,
  }));
}

/** Follows the reader's "Embed" to the studio, a page of its own, and
 *  returns its builder. */
async function openStudio(page, explorer) {
  const query = await page.evaluate(() => location.search);
  await page.getByRole('link', { name: 'Embed', exact: true }).click();
  await page.waitForURL((url) => url.pathname === new URL('studio/', explorer).pathname);
  assert.equal(new URL(page.url()).search, query, 'the studio opens on the reader\'s view');
  const builder = page.getByRole('region', { name: 'Embed this view' });
  await builder.waitFor();
  return builder;
}

test('the builder\'s preview is the iframe its copied snippet embeds', async (t) => {
  const sites = await startSites(t);
  const { page, problems } = await hostPage(browser, t, [sites.app.origin], { viewport: { width: 1280, height: 900 }, init: recordCopies });
  // The first party the filters offer: its filter is kept in the embed.
  await page.goto(sites.explorer);
  const party = await page.locator('#facet-party button[data-option]').first().getAttribute('data-option');
  await page.goto(`${sites.explorer}?party=${party}&contested=1`);
  await appReady(page);
  const dialog = await openStudio(page, sites.explorer);
  const card = dialog.getByLabel('The selected item as a card');
  assert.ok(await card.isDisabled(), 'no item selected: no card');

  await dialog.getByLabel('Compare figures').check();
  await dialog.getByLabel('Dark', { exact: true }).check();
  await dialog.getByLabel('Fixed height (the frame scrolls inside)').check();
  await dialog.locator('#embed-height').fill('640');
  await dialog.locator('#embed-height').press('Tab');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await page.getByText('Embed code copied.').waitFor();
  const code = await page.evaluate(() => window.__copied);
  assert.equal(code, await dialog.getByLabel('Embed code').inputValue(), 'the copied code is the one shown');
  const [, src, height] = code.match(/<iframe src="([^"]*)"[^>]* height="(\d+)"/);
  assert.ok(code.includes(`<script src="${sites.explorer}embed-host.js" async></script>`), code);

  const preview = dialog.locator('iframe.embed-preview');
  assert.equal(await preview.getAttribute('src'), unescape(src), 'the preview frames the snippet\'s address');
  assert.equal(await preview.getAttribute('height'), height);
  assert.equal(height, '640');
  const query = new URL(unescape(src)).searchParams;
  assert.equal(query.get('party'), party);
  assert.deepEqual([query.get('view'), query.get('theme'), query.get('height'), query.get('embed')], ['figures', 'dark', '640', '1']);
  await page.screenshot({ path: `${SHOTS}/embed-builder.png` });
  // The studio's landmarks, named, stay apart from the preview's own.
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe on the studio with its preview');
  const inPreview = await shown((await explorerFrame(page, 'iframe.embed-preview')).frame);

  // The snippet, pasted into a host page, embeds what the preview showed.
  const url = await sites.writeHost('pasted.html', code);
  const host = await hostPage(browser, t, sites.origins, { viewport: { width: 1280, height: 900 } });
  await host.page.goto(url);
  const { iframe, frame } = await explorerFrame(host.page);
  assert.deepEqual(await shown(frame), inPreview);
  assert.equal(Math.round((await iframe.boundingBox()).height), 640, 'a fixed height stays');
  assert.deepEqual([...problems, ...host.problems], []);
});

test('a selection can be embedded as a card; the builder starts from the current view', async (t) => {
  const sites = await startSites(t);
  const { figures } = await readDataset();
  const { page, problems } = await hostPage(browser, t, [sites.app.origin], { viewport: { width: 1280, height: 900 } });
  await page.goto(`${sites.explorer}?sel=${figures[0].id}&view=figures`);
  await appReady(page);
  const dialog = await openStudio(page, sites.explorer);
  assert.ok(await dialog.getByLabel('Compare figures').isChecked(), 'starts from the current view');
  await dialog.getByLabel('The selected item as a card').check();
  const code = await dialog.getByLabel('Embed code').inputValue();
  const src = new URL(unescape(code.match(/<iframe src="([^"]*)"/)[1]));
  assert.equal(src.pathname, BASE);
  assert.deepEqual([src.searchParams.get('sel'), src.searchParams.get('view')], [figures[0].id, 'card']);
  const { frame: preview } = await explorerFrame(page, 'iframe.embed-preview');
  const row = preview.locator('.embed-card li.row');
  await row.waitFor();
  assert.ok((await row.innerText()).includes(figures[0].counts), 'the card is the selected figure');
  assert.deepEqual(problems, []);
});

test('the builder\'s defaults suit a news page: figures, light, no headline, no mirroring, a title from the data', async (t) => {
  const sites = await startSites(t);
  const { article } = await readDataset();
  const { page, problems } = await hostPage(browser, t, [sites.app.origin], { viewport: { width: 1280, height: 900 } });
  await page.goto(sites.explorer);
  await appReady(page);
  const dialog = await openStudio(page, sites.explorer);
  assert.ok(await dialog.getByLabel('Compare figures').isChecked(), 'starts on the figures');
  assert.ok(await dialog.getByLabel('Light', { exact: true }).isChecked(), 'starts light');
  const headline = dialog.getByLabel('Show the article\'s headline inside the embed');
  const mirror = dialog.getByLabel(/Keep the reader's filters in your page's address/);
  assert.ok(!(await headline.isChecked()) && !(await mirror.isChecked()), 'headline and mirroring are opt-in');
  const code = () => dialog.getByLabel('Embed code').inputValue();
  const title = `${article.short_name ?? article.title}: contested figures`;
  assert.ok((await code()).includes(` title="${title.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" data-explorer-deep-link="off" `), await code());
  const query = new URL(unescape((await code()).match(/<iframe src="([^"]*)"/)[1])).searchParams;
  assert.deepEqual([query.get('view'), query.get('theme'), query.get('headline')], ['figures', 'light', null]);
  // The preview: the headline is for screen readers only.
  const { frame } = await explorerFrame(page, 'iframe.embed-preview');
  await frame.locator('.app.embed main').waitFor();
  assert.ok(await frame.locator('.embed-head h1.visually-hidden').count() === 1, 'no visible headline');
  await headline.check();
  await mirror.check();
  assert.ok(!(await code()).includes('data-explorer-deep-link'), 'mirroring chosen');
  assert.ok((await code()).includes('headline=1'));
  assert.deepEqual(problems, []);
});
