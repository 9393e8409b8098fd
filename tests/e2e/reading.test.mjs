// The reading experience (issue #18): the story leads, the phone layout is
// built for thumbs, highlights are sparse and one item is one focusable
// element, and the search knows the units. Counts come from the dataset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { launch, startServer, openApp, readDataset, settled, sideways, SHOTS, DATA_DIR } from './browser.mjs';

let browser;
let server;
let dataset;
before(async () => {
  browser = await launch();
  server = await startServer();
  dataset = await readDataset();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Whether an element's box lies inside the viewport. */
const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
});

test('at 390 px no view scrolls sideways', async (t) => {
  const someStatement = dataset.statements.find((s) => s.mode === 'full_quote').id;
  const views = [
    ['default', ''],
    ['compare figures', '?view=figures'],
    ['a selected statement', `?sel=${someStatement}`],
    ['nothing found', '?q=zzzzzz'],
    ['contested only', '?contested=1'],
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, query] of views) {
      const page = await openApp(t, browser, server.origin, query, { ...PHONE, colorScheme });
      await settled(page);
      assert.equal(await sideways(page), 0, `${name}, ${colorScheme}`);
      if (name === 'default') {
        await page.getByRole('button', { name: 'Filters' }).click();
        await settled(page);
        assert.equal(await sideways(page), 0, `filters sheet, ${colorScheme}`);
        await page.screenshot({ path: `${SHOTS}/phone-filters-sheet-${colorScheme}.png` });
        const axe = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(axe.violations.map((v) => v.id), [], `filters sheet, ${colorScheme}`);
      }
      await page.context().close();
    }
  }
});

test('at 390 px a filter tap shows its result count in view', async (t) => {
  const page = await openApp(t, browser, server.origin, '', PHONE);
  // A side chip: the count sits right below the chips.
  const chip = page.locator('.side-toggle').first();
  await chip.tap();
  await settled(page);
  const count = page.locator('.result-count').first();
  assert.ok(await inView(count), 'the count is in view after a side chip');
  const side = dataset.sides[0];
  assert.match(await chip.getAttribute('aria-pressed'), /true/);
  assert.equal(new URL(page.url()).searchParams.get('side'), side.id);

  // In the filters' sheet: the sticky button says how many results.
  await page.getByRole('button', { name: 'Filters' }).tap();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await sheet.waitFor();
  await sheet.locator('summary', { hasText: 'Statement kind' }).tap();
  await sheet.locator('.facet-option:not([hidden])').filter({ hasText: /\d/ }).first().tap();
  await settled(page);
  const show = sheet.getByRole('button', { name: /^Show \d+ results?$/ });
  assert.ok(await inView(show), 'the sheet\'s Show N results is in view');
  const n = Number((await show.textContent()).match(/\d+/)[0]);
  await show.tap();
  await settled(page);
  assert.ok((await count.textContent()).startsWith(`${n} result`), await count.textContent());
  assert.ok(await inView(count), 'the count is in view after the sheet closes');
});

test('searching "casualties" finds every killed and wounded figure', async (t) => {
  const page = await openApp(t, browser, server.origin);
  await page.locator('#search-input').fill('casualties');
  await settled(page);
  const wanted = dataset.figures.filter((f) => ['killed', 'wounded', 'casualties'].includes(f.unit));
  assert.ok(wanted.length > 0);
  for (const f of wanted) {
    assert.ok(await page.locator(`#item-${f.id}:not([hidden])`).count() === 1, `${f.id} is found`);
  }
});

test('a selected item is one focusable element in the article, however many fragments it spans', async (t) => {
  // The statement whose span holds the most other items: it is cut into fragments.
  const spans = dataset.figures.map((f) => f.statement).filter(Boolean);
  const id = spans.sort((a, b) => spans.filter((x) => x === b).length - spans.filter((x) => x === a).length)[0];
  const page = await openApp(t, browser, server.origin);
  await page.locator(`#item-${id} .source-link`).click();
  await settled(page);
  const fragments = await page.locator(`article.article span.hl[data-item="${id}"]`).count();
  assert.ok(fragments > 1, `the statement spans ${fragments} fragments`);
  const focusable = await page.locator(`article.article [data-item="${id}"]`).evaluateAll((els) => els.filter((el) => el.tabIndex >= 0 && (el.matches('a[href], button, [tabindex]'))).length);
  assert.equal(focusable, 1);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.item), id, 'focus is on it');
  // Its number matches its card's.
  assert.equal(await page.locator(`#span-${id}`).getAttribute('data-n'), await page.locator(`#item-${id} .num`).textContent());
  // "Back to results" returns to the card.
  await page.getByRole('button', { name: /Back to results/ }).click();
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), `item-${id}`);
});

test('the article marks only the current results, with the numbers of their cards', async (t) => {
  const side = dataset.sides[1];
  const page = await openApp(t, browser, server.origin, `?side=${side.id}`);
  await settled(page);
  const rows = await page.locator('li.row:not([hidden])').evaluateAll((els) => els.map((el) => [el.id.replace(/^item-/, ''), el.querySelector('.num').textContent]));
  const markers = await page.locator('article.article a.marker').evaluateAll((els) => els.map((el) => [el.dataset.item, el.dataset.n]));
  assert.equal(await page.locator('article.article a.marker').first().textContent(), '', 'the number is no part of the text');
  assert.ok(rows.length > 0);
  const numberOf = new Map(rows);
  for (const [id, n] of markers) assert.equal(numberOf.get(id), n, `marker of ${id}`);
  assert.equal(markers.length, rows.length, 'one marker per result, none for what the filters hide');
  assert.equal(await page.locator('article.article .hl.selected').count(), 0, 'nothing is strongly marked with no selection');
});

test('the contested panel is above the fold at 1440×900, in the sides\' colours', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 1440, height: 900 } });
  const panel = page.locator('section.contested');
  assert.ok(await inView(panel), 'the whole panel is in the first screen');
  const groups = await page.locator('.contested-group').count();
  assert.ok(groups > 0);
  // A claim with no number is a labelled marker, not a bar.
  const none = dataset.figures.filter((f) => f.qualifier === 'none_reported').length;
  assert.equal(await panel.locator('.claim:has(.no-bar)').count() > 0, none > 0);
  assert.equal(await panel.locator('.claim:has(.no-bar) rect').count(), 0);
  // Choosing a claimant shows the claim's card.
  const first = panel.locator('.claim .who').first();
  await first.click();
  await settled(page);
  assert.match(page.url(), /sel=/);
  await page.screenshot({ path: `${SHOTS}/contested-1440.png` });
});

/** WCAG contrast of two computed rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('each side has its own colour, at least 3:1 against the page, light and dark', async (t) => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await openApp(t, browser, server.origin, '', { colorScheme });
    const { dots, bg } = await page.evaluate(() => ({
      dots: [...document.querySelectorAll('.side-toggle .dot')].map((d) => getComputedStyle(d).backgroundColor),
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    assert.equal(dots.length, dataset.sides.length);
    assert.equal(new Set(dots).size, Math.min(dots.length, 6), `distinct colours, ${colorScheme}`);
    for (const c of dots) assert.ok(contrast(c, bg) >= 3, `${c} on ${bg}: ${contrast(c, bg).toFixed(2)}, ${colorScheme}`);
    await page.context().close();
  }
});

test('on a phone "Show in article" opens the passage inside the card', async (t) => {
  const page = await openApp(t, browser, server.origin, '', PHONE);
  const row = page.locator('li.row').first();
  await row.locator('.source-link').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await row.locator('.source-link').tap();
  const passage = row.locator('.in-context');
  await passage.waitFor();
  const quote = dataset.statements[0].span.quote ?? dataset.statements[0].span.text;
  assert.ok((await passage.locator('mark').textContent()).includes(quote.slice(0, 20)));
  assert.equal(await page.evaluate(() => window.scrollY), before, 'no jump');
  // A second tap goes on to the article, and Back to results returns.
  await row.locator('.source-link').tap();
  await settled(page);
  await page.getByRole('button', { name: /Back to results/ }).tap();
  await settled(page);
  assert.ok(await inView(row), 'the card is back in view');
});

test('a search scrolls the article beside the results to its first hit', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 1440, height: 900 } });
  // A word the article first uses near its end: its hit is far down the pane.
  const text = await readFile(join(DATA_DIR, 'article.txt'), 'utf8');
  const lower = text.toLowerCase();
  const word = text.split(/[^A-Za-z]+/).find((w) => w.length >= 6 && lower.indexOf(w.toLowerCase()) > text.length * 0.7);
  assert.ok(word, 'the article has a late word');
  const pane = page.locator('.article-pane');
  assert.equal(await pane.evaluate((p) => p.scrollTop), 0);
  await page.locator('#search-input').fill(word);
  await settled(page);
  await settled(page);
  const hit = page.locator('.article-pane mark.match').first();
  assert.ok(await hit.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const p = el.closest('.article-pane').getBoundingClientRect();
    return r.top >= p.top && r.bottom <= p.bottom;
  }), `the first hit of ${word} is in the pane's view`);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page itself stays');
});

test('the filters\' sheet closes when the phone turns wider, and the page is usable again', async (t) => {
  const page = await openApp(t, browser, server.origin, '', PHONE);
  await page.getByRole('button', { name: 'Filters' }).tap();
  await page.getByRole('dialog', { name: 'Filters' }).waitFor();
  assert.equal(await page.locator('.results-pane[inert]').count(), 1, 'the page behind the sheet is inert');
  assert.equal(await page.locator('.data-footer[inert]').count(), 1, 'the footer too');
  await page.setViewportSize({ width: 844, height: 390 });
  await page.locator('.results-pane:not([inert])').waitFor();
  assert.equal(await page.getByRole('dialog', { name: 'Filters' }).count(), 0);
  await page.locator('.side-toggle').first().click();
  // The URL is written after the render: wait for it rather than race it.
  await page.waitForURL(/[?&]side=/);
});

test('a claim chosen in the panel while the filters hide it opens in place with its passage', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 1440, height: 900 } });
  const first = page.locator('section.contested .claim .who').first();
  const id = new URL(await first.getAttribute('href'), page.url()).searchParams.get('sel');
  await page.locator('#search-input').fill('zzzz-nothing');
  await settled(page);
  await first.click();
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'claim-in-place', 'focus is on the claim opened in place');
  assert.ok(await page.locator('#claim-in-place .in-context mark').count() > 0, 'with its passage');
  assert.equal(await page.locator(`article .hl.selected[data-item="${id}"]`).count() > 0, true);
  await page.locator('#claim-in-place').getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('#claim-in-place').waitFor({ state: 'detached' });
  // The address follows the state once it has settled: wait for it, then say what it holds.
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('sel'), null, { timeout: 5000 }).catch(() => {});
  assert.doesNotMatch(page.url(), /sel=/);
});

test('at 390 px every control is a large enough touch target (axe target-size, WCAG 2.2)', async (t) => {
  for (const query of ['', '?view=figures']) {
    const page = await openApp(t, browser, server.origin, query, PHONE);
    await settled(page);
    const axe = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const found = axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    assert.deepEqual(found, [], `too small at 390 px${query}`);
    await page.context().close();
  }
});
