// The embed views in an explainer's column (issue #12): each fits a reading
// column at 680 px and on a 375 px phone, is sized exactly by the host
// script, grows in steps with "Show more", keeps the article folded, and
// passes axe in every theme. Screenshots of each view at both widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../../scripts/serve.mjs';
import { launch, readDataset, sideways, DIST, SHOTS } from './browser.mjs';
import {
  startSites, snippet, hostPage, explorerFrame, settledHeight, chooseFirstParty,
} from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** The embed views, each as its query; the card shows a figure another
 *  claim contradicts, taken from the dataset. */
async function views() {
  const { figures, relations } = await readDataset();
  const figureIds = new Set(figures.map((f) => f.id));
  const contested = relations.find((r) => r.kind === 'contradicts' && figureIds.has(r.from)).from;
  return [
    ['list', 'embed=1'],
    ['figures', 'view=figures&embed=1'],
    ['card', `sel=${contested}&view=card&embed=1`],
  ];
}

const WIDTHS = [680, 375];
const shotPaths = (name) => [`${SHOTS}/${name}.png`, ...(process.env.UPDATE_SCREENSHOTS ? [`docs/${name}.png`] : [])];

test('each embed view fits a reading column at 680 px and on a 375 px phone', async (t) => {
  const sites = await startSites(t);
  const measured = [];
  for (const [name, query] of await views()) {
    for (const width of WIDTHS) {
      t.diagnostic?.(name);
      const url = await sites.writeHost(`${name}-${width}.html`, snippet(sites.explorer, query));
      const { page, problems } = await hostPage(browser, t, sites.origins, { viewport: { width, height: 900 } });
      await page.goto(url);
      const { iframe, frame } = await explorerFrame(page);
      const { outer } = await settledHeight(page, iframe, frame);
      measured.push(`${name} ${width}px: ${outer} px`);
      for (const path of shotPaths(`embed-${name}-${width}`)) await iframe.screenshot({ path });
      assert.ok(outer <= 1100, `${name} at ${width} px is ${outer} px`);
      if (name === 'list') assert.ok(outer >= 300, `the default embed at ${width} px is ${outer} px`);
      assert.equal(await frame.locator('.notice').count(), 0, 'no notice');
      assert.equal(await sideways(frame), 0, `${name} at ${width} px does not scroll sideways`);
      assert.deepEqual(problems, []);
    }
  }
  console.log(`# embed heights: ${measured.join('; ')}`);
});

test('"Show more" grows the list frame in steps, the filters fold, the article opens in a bounded region', async (t) => {
  const sites = await startSites(t);
  const { statements, figures } = await readDataset();
  const total = statements.length + figures.length;
  const url = await sites.writeHost('steps.html', snippet(sites.explorer, 'embed=1'));
  const { page, problems } = await hostPage(browser, t, sites.origins);
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const rows = frame.locator('li.row:not([hidden])');
  const first = await settledHeight(page, iframe, frame);
  const step = await rows.count();
  assert.ok(step > 0 && step < total, `a few of the ${total} results: ${step}`);
  assert.match(await frame.locator('.result-count').textContent(), new RegExp(`^${total} results`));
  assert.equal(await frame.locator('.embed-filters').getAttribute('open'), null, 'the filters start folded');
  assert.ok(await frame.locator('#embed-article-text').isHidden(), 'the article starts folded');

  const more = frame.locator('.show-more');
  await more.click();
  await frame.waitForFunction((n) => document.querySelectorAll('li.row:not([hidden])').length === n, 2 * step);
  const grown = await settledHeight(page, iframe, frame);
  assert.ok(grown.outer > first.outer, `grew from ${first.outer} to ${grown.outer}`);

  // A filter from the folded bar: one party's results, the frame follows.
  const party = statements.find((s) => s.speaker && !s.speaker.includes(' '))?.speaker;
  await chooseFirstParty(frame);
  assert.ok(party, 'a party speaks in the dataset');
  await frame.locator('.embed-filters > summary').click();
  const filtered = await settledHeight(page, iframe, frame);
  assert.ok(filtered.outer <= 1100, `filtered: ${filtered.outer}`);

  // The article opens below, in a region that scrolls on its own.
  await frame.getByRole('button', { name: 'Read the article' }).click();
  const region = frame.locator('#embed-article-text');
  await region.locator('article.article p').first().waitFor();
  const opened = await settledHeight(page, iframe, frame);
  const { scroll, client } = await region.evaluate((r) => ({ scroll: r.scrollHeight, client: r.clientHeight }));
  assert.ok(scroll > client && client < 500, `a bounded region: ${client} of ${scroll} px`);
  assert.ok(opened.outer - filtered.outer <= client + 60, `the frame grew by the region only: ${filtered.outer} to ${opened.outer}`);
  console.log(`# list embed: ${first.outer} px, ${grown.outer} px after "Show more", ${opened.outer} px with the article open`);
  assert.deepEqual(problems, []);
});

test('the theme parameter sets the colours, and every embed view passes axe, light and dark', async (t) => {
  const sites = await startSites(t);
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  let audited = 0;
  for (const scheme of ['light', 'dark']) {
    for (const [name, query] of await views()) {
      const { page, problems } = await hostPage(browser, t, [sites.app.origin], { colorScheme: scheme });
      await page.goto(`${sites.explorer}?${query}`);
      await page.locator('.app.embed').waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], `${name}, ${scheme}`);
      audited++;
      // The author's theme wins over the reader's setting.
      const other = scheme === 'light' ? 'dark' : 'light';
      await page.goto(`${sites.explorer}?${query}&theme=${other}`);
      await page.locator('.app.embed').waitFor();
      const lum = luminance(await background(page));
      assert.ok(other === 'dark' ? lum < 150 : lum > 600, `theme=${other} under ${scheme}: ${await background(page)}`);
      const axeThemed = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axeThemed.violations.map((v) => v.id), [], `${name}, theme=${other}`);
      audited++;
      assert.deepEqual(problems, []);
    }
  }
  console.log(`# axe-core audited ${audited} embed view/theme pairs`);
});

test('the example explainer page (examples/explainer.html) sizes its frame to the content', async (t) => {
  const server = await serve({ mounts: [
    { base: '/site/examples/', dir: 'examples' },
    { base: '/site/dist/', dir: DIST },
  ] });
  t.after(() => server.close());
  const { page, problems } = await hostPage(browser, t, [server.origin]);
  await page.goto(`${server.origin}/site/examples/explainer.html`);
  const { iframe, frame } = await explorerFrame(page, 'iframe.explorer-frame');
  const first = await settledHeight(page, iframe, frame);
  // "Contested only" is on: the count is the toggle's own live count.
  const contested = await frame.locator('.contested-toggle .count').textContent();
  assert.match(await frame.locator('.result-count').textContent(), new RegExp(`^${contested} results`));
  await frame.locator('.show-more').click();
  await page.waitForFunction((h) => document.querySelector('iframe.explorer-frame').getBoundingClientRect().height > h, first.outer);
  await settledHeight(page, iframe, frame);
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), 'no inner scrollbar');
  const full = frame.getByRole('link', { name: /Open full explorer/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.doesNotMatch(await full.getAttribute('href'), /embed/);
  assert.match(await full.getAttribute('href'), /contested=1/);
  assert.deepEqual(problems, []);
});
