// The article within reach on a phone and in a 680 px column, claims that
// keep the reader's place, and a reader's page with a publisher's menu
// (issue 26, parts 3 to 5). At 390 and 680 px, light and dark: the results
// fold to their first cards with "Show all N", a "Claims | Article" bar
// stays at hand, the article's first paragraph starts within three screen
// heights; a claim chosen in the contested claims opens in place, and Back
// after any jump returns within one screen; axe with its target-size rule is
// clean. Dataset-agnostic: it runs on the shipped build (dist/) and on the
// fictional one (DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { launch, startServer, openApp, appReady, readDataset, datasetMeta, settled, SHOTS } from './browser.mjs';

const META = datasetMeta();
let browser, server, dataset;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launch();
  server = await startServer();
  dataset = await readDataset();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const SIZES = [
  ['390', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['680', { viewport: { width: 680, height: 900 } }],
];
const SCHEMES = ['light', 'dark'];
const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));
/** The top of the article's first paragraph, from the top of the page. */
const articleTop = (page) => page.locator('article.article section p').first()
  .evaluate((p) => p.getBoundingClientRect().top + window.scrollY);

/** axe, with WCAG 2.2's target-size rule (off by default) on. */
async function axe(page) {
  const found = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return found.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target).join(', ')}`);
}

for (const [width, options] of SIZES) {
  for (const colorScheme of SCHEMES) {
    test(`at ${width} px (${colorScheme}) the article starts within three screens, the list folds, axe is clean`, async (t) => {
      const page = await openApp(t, browser, server.origin, '', { ...options, colorScheme });
      await settled(page);
      const height = options.viewport.height;
      const top = await articleTop(page);
      assert.ok(top < 3 * height, `the article's first paragraph at ${Math.round(top)} px, over three screens of ${height} px`);
      // The first cards show, then "Show all N" (N from the build's counts).
      const shown = () => page.locator('li.row:not([hidden])').count();
      const first = await shown();
      assert.ok(first > 0 && first < META.counts.results, `${first} of ${META.counts.results} cards at first`);
      const all = page.getByRole('button', { name: `Show all ${META.counts.results} results` });
      assert.deepEqual(await axe(page), [], `axe at ${width} px, ${colorScheme}`);
      await page.screenshot({ path: `${SHOTS}/reader-${width}-${colorScheme}.png` });
      await all.click();
      await settled(page);
      assert.equal(await shown(), META.counts.results);
      // The menu of a card: folded, then its two actions, each at least 24 px.
      const menu = page.locator('li.row:not([hidden]) details.card-menu').first();
      await menu.locator('summary').click();
      for (const b of await menu.getByRole('button').all()) {
        const box = await b.boundingBox();
        assert.ok(box.height >= 24 && box.width >= 24, `${await b.textContent()}: ${box.width}×${box.height}`);
      }
      // From the top: axe's target-size counts whatever the sticky bar
      // covers at the moment as obscured.
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.deepEqual(await axe(page), [], `axe with every card and a menu open, ${width} px, ${colorScheme}`);
    });
  }

  test(`at ${width} px "Claims | Article" stays at hand and moves to either by keyboard`, async (t) => {
    const page = await openApp(t, browser, server.origin, '', options);
    const bar = page.getByRole('navigation', { name: 'Go to' });
    const before = page.url();
    await bar.getByRole('link', { name: 'Article' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'the-article');
    // At its top, or as near as a short page lets it come.
    const top = await page.locator('#the-article').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < options.viewport.height / 2, `the article's pane at ${top} px`);
    // Sticky: the bar is still on screen, far down the page.
    const barTop = await bar.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(barTop >= 0 && barTop < 10, `the bar at ${barTop} px`);
    assert.equal(page.url(), before, 'the address does not change');
    await bar.getByRole('link', { name: 'Claims' }).press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-start');
  });

  test(`at ${width} px a claim chosen in the contested claims opens in place, and Back keeps the place`, async (t) => {
    const page = await openApp(t, browser, server.origin, '', options);
    const claimant = page.locator('.contested a.who').first();
    if (await claimant.count() === 0) return t.skip('no contested claims in this dataset');
    await claimant.scrollIntoViewIfNeeded();
    const at = await scrollY(page);
    const id = new URL(await claimant.getAttribute('href'), page.url()).searchParams.get('sel');
    await claimant.click();
    const opened = page.locator('#claim-in-place');
    await opened.waitFor();
    await settled(page);
    assert.equal(new URL(page.url()).searchParams.get('sel'), id);
    assert.ok(Math.abs((await scrollY(page)) - at) < options.viewport.height, 'no jump to the card');
    assert.ok(await opened.locator('.in-context mark').count() > 0, 'its passage is there');
    await page.goBack();
    await opened.waitFor({ state: 'detached' });
    await settled(page);
    const back = await scrollY(page);
    assert.ok(Math.abs(back - at) < options.viewport.height, `Back at ${back} px, chosen at ${at} px`);
  });

  test(`at ${width} px Back after a marker's jump to its card returns to the article`, async (t) => {
    const page = await openApp(t, browser, server.origin, '', options);
    const marker = page.locator('article.article a.marker').last();
    await marker.scrollIntoViewIfNeeded();
    await settled(page);
    const at = await scrollY(page);
    const id = await marker.getAttribute('data-item');
    await marker.click();
    await page.waitForFunction((row) => document.activeElement?.id === row, `item-${id}`);
    await page.waitForTimeout(800); // the smooth scroll ends
    assert.ok(Math.abs((await scrollY(page)) - at) > options.viewport.height, 'the card is far from the marker');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('sel'));
    await settled(page);
    await page.waitForTimeout(300);
    const back = await scrollY(page);
    assert.ok(Math.abs(back - at) < options.viewport.height, `Back at ${back} px, the marker at ${at} px`);
  });
}

test('"About this data" holds version, hash, the headline\'s note and the change log, corrections of the article apart', async (t) => {
  const page = await openApp(t, browser, server.origin, '');
  assert.equal(await page.locator('.masthead .editor-note').count(), 0, 'no note under the headline');
  const about = page.locator('footer details.about-data');
  await about.locator('summary', { hasText: 'About this data' }).click();
  assert.match(await about.textContent(), new RegExp(`Data version ${dataset.version}\\b`));
  assert.match(await about.locator('.content-hash').textContent(), /^[0-9a-f]{16}$/);
  assert.equal(await about.locator('.editor-note').count(), dataset.article.title_editor_supplied ? 1 : 0);
  const ofArticle = dataset.corrections.filter((c) => c.kind === 'article').length;
  assert.equal(await about.locator('.article-corrections li').count(), ofArticle);
  assert.equal(await about.locator('.data-changes li').count(), dataset.corrections.length - ofArticle);
});

/** A time's short label, as the core cuts it (`read::times::short_label`):
 *  up to the first ", " or ": ". */
const shortLabel = (label) => {
  const cuts = [', ', ': '].map((s) => label.indexOf(s)).filter((i) => i >= 0);
  const short = cuts.length ? label.slice(0, Math.min(...cuts)).trim() : label.trim();
  return short || label.trim();
};

/** Per facet group and the side chips, the options whose showing is not
 *  "a count above zero, or chosen": "facet option: count, pressed, shown". */
function misshownOptions() {
  const out = [];
  for (const d of document.querySelectorAll('details.facet')) d.open = true;
  for (const b of document.querySelectorAll('.facets button[data-option], .chips button[data-option]')) {
    const count = Number(b.querySelector('.count').textContent);
    const pressed = b.getAttribute('aria-pressed') === 'true';
    const shown = !b.closest('li').hidden;
    if (shown !== (pressed || count > 0)) out.push(`${b.dataset.option}: ${count}, ${pressed}, ${shown}`);
  }
  return out;
}

test('the Time facet has one short option per label, old links choose its group, cards then say the full label, empty options hide', async (t) => {
  const shorts = [...new Set(dataset.times.map((t) => shortLabel(t.label)))];
  const page = await openApp(t, browser, server.origin, '');
  const options = page.locator('#facet-time button[data-option]');
  assert.deepEqual((await options.locator('.option-label').allTextContents()).sort(), [...shorts].sort());
  assert.deepEqual(await page.evaluate(misshownOptions), [], 'with nothing chosen');
  // With no time chosen the cards stay short: no "When" line.
  assert.equal(await page.locator('li.row .when').count(), 0, 'no time detail with no time chosen');
  // The largest group, by a link naming its last time (as links did when
  // each time was an option).
  const group = shorts.map((s) => dataset.times.filter((t) => shortLabel(t.label) === s))
    .sort((a, b) => b.length - a.length)[0];
  const base = page.url().split('?')[0];
  await page.goto(`${base}?time=${group.at(-1).id}`);
  await appReady(page);
  await settled(page);
  assert.equal(await page.locator('.notice').count(), 0, 'the old link is understood');
  const chosen = page.locator('#facet-time button[aria-pressed="true"]');
  assert.deepEqual(await chosen.locator('.option-label').allTextContents(), [shortLabel(group[0].label)]);
  // Every card found says the full label of one of the group's times.
  const whens = await page.locator('li.row:not([hidden]) .when').allTextContents();
  assert.equal(whens.length, await page.locator('li.row:not([hidden])').count());
  assert.ok(whens.length > 0);
  for (const when of whens) assert.ok(group.some((t) => when.includes(t.label)), `${when} names a time of the group`);
  assert.equal(Number(await chosen.locator('.count').textContent()), whens.length, 'the count is over the whole group');
  // Options with no results fold away in every facet, the chosen one stays.
  const misshown = await page.evaluate(misshownOptions);
  assert.deepEqual(misshown, [], 'with a time chosen');
  assert.ok(await page.locator('.facets li[hidden] button[data-option]').count() > 0, 'some options have no results');
  // An unknown time gets the same notice as before.
  await page.goto(`${base}?time=t-no-such-time`);
  await appReady(page);
  assert.match(await page.locator('.notice').textContent(), /Ignored unknown time “t-no-such-time”/);
});
