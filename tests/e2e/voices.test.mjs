// Who gets a voice (issue 29): the overview's every row filters the explorer
// to exactly what it counts; the Mentions filter finds the people the text
// names who never speak (found from the dataset, not by id); the overview
// fits a phone with no sideways scroll; its embed fits a 680 px column and a
// 375 px phone; axe is clean light and dark. The overview is the build's
// markup, fetched only when the view opens (not in the first load), a row's
// click filters without a page load, and the view opens offline once it was
// opened online. Runs on any build: with DIST_DIR / ARTICLE_DATA_DIR on the
// fictional one too (tests/e2e-fictional).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import {
  launch, startServer, openApp, readDataset, resultCountOf, facetNamed, settled, sideways, SHOTS,
  watchedPage, appReady, BASE, DIST,
} from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';
import { startSites, snippet, hostPage, explorerFrame, settledHeight } from './embed-helpers.mjs';

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

const open = (t, query = '', options = {}) => openApp(t, browser, server.origin, query, options);

/** The number of `kind` ("statements", "figures", "passages") in the
 *  announced result count ("5 results: 1 passage, 3 statements, 1 claimed figure"). */
function counted(summary, kind) {
  const word = { statements: 'statements?', figures: 'claimed figures?', passages: 'passages?' }[kind];
  const m = summary.match(new RegExp(`(\\d+) ${word}\\b`));
  return m ? Number(m[1]) : 0;
}

/** People the dataset names who make no statement. */
async function silentPeople() {
  const { people, statements } = await readDataset();
  const speakers = new Set(statements.map((s) => s.speaker));
  return people.filter((p) => !speakers.has(p.id));
}

test('every row of the overview filters the explorer to exactly what it counts', async (t) => {
  const page = await open(t, '?view=voices');
  const links = page.locator('.voices-view a[data-counts]');
  await links.first().waitFor();
  // A row's click is decoded into its filter in the page: no page load.
  await page.evaluate(() => { window.stillHere = true; });
  const rows = await links.evaluateAll((as) => as.map((a) => ({
    text: a.textContent, count: Number(a.dataset.count), kind: a.dataset.counts,
  })));
  const kinds = new Set(rows.map((r) => r.kind));
  for (const kind of ['statements', 'passages', 'figures']) assert.ok(kinds.has(kind), `a row counting ${kind}`);
  const { statements } = await readDataset();
  const spoken = rows.filter((r) => r.kind === 'statements' && !r.text.startsWith('Show all'));
  assert.equal(spoken.reduce((n, r) => n + r.count, 0), statements.length, 'the speakers rows count every statement once');
  for (let i = 0; i < rows.length; i++) {
    await page.locator('.voices-view a[data-counts]').nth(i).click();
    await page.locator('.results').waitFor();
    await settled(page);
    const summary = await resultCountOf(page);
    assert.equal(counted(summary, rows[i].kind), rows[i].count, `${rows[i].text}: ${summary}`);
    const shown = rows[i].kind === 'passages'
      ? await page.locator('.passages > li').count()
      : await page.locator(`.results li.row.${rows[i].kind === 'figures' ? 'figure' : 'statement'}:not([hidden])`).count();
    assert.equal(shown, rows[i].count, `${rows[i].text}: rows shown`);
    assert.equal(await page.evaluate(() => window.stillHere), true, `${rows[i].text}: no page load`);
    await page.goBack();
    await page.locator('.voices-view a[data-counts]').first().waitFor();
  }
  console.log(`# voices: ${rows.length} rows each filter to what they count`);
});

test('Mentions finds every person the text names who never speaks, by name', async (t) => {
  const silent = await silentPeople();
  const page = await open(t);
  const overview = await open(t, '?view=voices');
  await overview.locator('.voices-view a[data-counts]').first().waitFor();
  const unheard = await overview.locator('.never-heard a[data-id]').evaluateAll((as) => as.map((a) => a.dataset.id));
  for (const p of silent) assert.ok(unheard.includes(p.id), `${p.name} is listed as never heard`);
  // The fictional article's equivalents: whoever it names and never hears.
  const { people, parties } = await readDataset();
  const names = new Map([...people, ...parties].map((x) => [x.id, x.name]));
  const sought = silent.length ? silent : unheard.map((id) => ({ id, name: names.get(id) }));
  assert.ok(sought.length > 0, 'someone is named and never heard');
  const mentions = facetNamed(page, 'Mentions');
  for (const p of sought) {
    if (!(await mentions.getAttribute('open'))) await mentions.locator('summary').click();
    const box = mentions.locator('input.typeahead');
    await box.fill(p.name);
    const option = mentions.locator(`button[data-option="${p.id}"]`);
    await option.click();
    await settled(page);
    const summary = await resultCountOf(page);
    assert.ok(counted(summary, 'passages') > 0, `${p.name}: ${summary}`);
    const passage = page.locator('.passages > li').first();
    assert.match(await passage.locator('mark').first().textContent(), /\S/, `${p.name}'s name is marked`);
    await option.click();
    await box.fill('');
  }
  console.log(`# mentions: found ${sought.map((p) => p.name).join(', ')}`);
});

test('the overview fits a 390 px phone and passes axe, light and dark', async (t) => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await open(t, '?view=voices', { viewport: { width: 390, height: 844 }, colorScheme });
    await page.locator('.voices-view a[data-counts]').first().waitFor();
    assert.equal(await sideways(page), 0, `no sideways scroll (${colorScheme})`);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], colorScheme);
    const [who] = await silentPeople();
    const mention = await page.locator('.never-heard a[data-id]').first().getAttribute('data-id');
    const filtered = await open(t, `?mention=${who?.id ?? mention}`, { viewport: { width: 390, height: 844 }, colorScheme });
    assert.equal(await sideways(filtered), 0, `no sideways scroll with Mentions (${colorScheme})`);
    const axeFiltered = await new AxeBuilder({ page: filtered }).analyze();
    assert.deepEqual(axeFiltered.violations.map((v) => v.id), [], `Mentions, ${colorScheme}`);
  }
});

test('the voices embed fits a 680 px column and a 375 px phone', async (t) => {
  const sites = await startSites(t);
  const measured = [];
  for (const width of [680, 375]) {
    const url = await sites.writeHost(`voices-${width}.html`, snippet(sites.explorer, 'view=voices&embed=1'));
    const { page, problems } = await hostPage(browser, t, sites.origins, { viewport: { width, height: 900 } });
    await page.goto(url);
    const { iframe, frame } = await explorerFrame(page);
    await frame.locator('.voices-view a[data-counts]').first().waitFor({ state: 'attached' });
    const { outer } = await settledHeight(page, iframe, frame);
    measured.push(`${width}px: ${outer} px`);
    await iframe.screenshot({ path: `${SHOTS}/embed-voices-${width}.png` });
    assert.ok(outer >= 300 && outer <= 1100, `voices embed at ${width} px is ${outer} px`);
    assert.equal(await sideways(frame), 0, `no sideways scroll at ${width} px`);
    assert.equal(await frame.locator('.notice').count(), 0, 'no notice');
    for (const scheme of ['light', 'dark']) {
      await frame.page().emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).include('iframe').analyze();
      assert.deepEqual(axe.violations.map((v) => v.id), [], `embed ${width}, ${scheme}`);
    }
    assert.deepEqual(problems, []);
  }
  console.log(`# voices embed heights: ${measured.join('; ')}`);
});

test('the overview is fetched when the view opens, not in the first load, and opens offline after', async (t) => {
  const server = await serve({ mounts: [{ base: BASE, dir: DIST }] });
  t.after(() => server.close().catch(() => {}));
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  t.after(() => ctx.close());
  const { page, problems } = await watchedPage(ctx, server.origin);
  const fetched = [];
  page.on('request', (r) => { if (/\/voices-[0-9a-f]+\.html$/.test(r.url())) fetched.push(r.url()); });
  await page.goto(`${server.origin}${BASE}`);
  await appReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  const names = [await page.locator('meta[name="voices-overview"]').getAttribute('content')];
  const sw = await (await fetch(`${server.origin}${BASE}sw.js`)).text();
  const manifest = JSON.parse(sw.match(/const MANIFEST = (\[.*?\]);/)[1]);
  assert.ok(!manifest.some((e) => e.url.startsWith('voices-')), 'the overview and its styles are not precached');
  assert.ok(names.every((n) => sw.includes(`"${n.slice(2)}"`)), 'the worker keeps them once fetched');
  assert.deepEqual(fetched, [], 'the first load does not fetch the overview');
  await page.getByRole('button', { name: 'Voices', exact: true }).click();
  const rows = page.locator('.voices-view a[data-counts]');
  await rows.first().waitFor();
  const online = await rows.count();
  assert.equal(fetched.length, 1, 'fetched when the view opens');

  await server.close();
  await ctx.setOffline(true);
  await page.goto(`${page.url().split('?')[0]}?view=voices`);
  await appReady(page);
  await rows.first().waitFor();
  assert.equal(await rows.count(), online, 'the same overview offline');
  assert.deepEqual(problems, []);
});
