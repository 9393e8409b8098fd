// Issue 26, parts 1, 6, 7 and 8: the lead graphic is whole on a phone and
// in a 680 px column, the article's markers are quiet and count up through
// the text, and the embed views fit (at 375 px too, with no name on its
// number badge); the view tabs never break inside a word (320 to 390 px);
// print shows nothing that refers to the markers it hides. At 390 and 680
// px, light and dark, on the build under test (the shipped dataset, or the
// fictional one: test.sh runs this file against both). Counts come from the
// dataset, never written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, openApp, appReady, readDataset, startServer, settled, SHOTS } from './browser.mjs';
import { startSites, snippet, hostPage, explorerFrame, settledHeight } from './embed-helpers.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const WIDTHS = [390, 680];
const SCHEMES = ['light', 'dark'];

/** What scrolls sideways in this document: the document itself, and any
 *  element that scrolls (overflow auto or scroll) wider than its box. */
function sidewaysScrollers() {
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) out.push(`the document: ${doc.scrollWidth} > ${doc.clientWidth}`);
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      out.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    // Text cut with "…" hides part of a claim.
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} is cut with …`);
  }
  return out;
}

/** Every bit of chart text with its size as drawn, in CSS px: its computed
 *  font size, times the scale of any SVG that draws it. */
function chartTextSizes() {
  const out = [];
  for (const chart of document.querySelectorAll('.contested .measure, .figures-view .chart')) {
    const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!walker.currentNode.textContent.trim() || !el.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const scale = el instanceof SVGElement ? el.getScreenCTM()?.a ?? 1 : 1;
      out.push({ text: walker.currentNode.textContent.trim(), px: size * scale });
    }
  }
  return out;
}

/** The article's marker numbers, in the order of the text. */
function markerNumbers() {
  return [...document.querySelectorAll('article.article a.marker')].map((a) => a.dataset.n);
}

async function assertWhole(page, where) {
  assert.deepEqual(await page.evaluate(sidewaysScrollers), [], `${where}: nothing scrolls sideways`);
  const small = (await page.evaluate(chartTextSizes)).filter((t) => t.px < 12);
  assert.deepEqual(small, [], `${where}: chart text is 12 px or more`);
}

for (const width of WIDTHS) {
  for (const scheme of SCHEMES) {
    test(`at ${width} px, ${scheme}: the lead graphic is whole, markers count up through the text, axe with target size is clean`, async (t) => {
      const page = await openApp(t, browser, server.origin, '', { viewport: { width, height: 844 }, colorScheme: scheme });
      const where = `${width} px ${scheme}`;
      await assertWhole(page, where);
      const panel = page.locator('section.contested');
      // Below ~760 px the charts stack, each the panel's full width.
      const panelBox = await panel.boundingBox();
      for (const measure of await panel.locator('.measure').all()) {
        const box = await measure.boundingBox();
        assert.ok(box.width >= panelBox.width - 2, `${where}: a chart is full width (${box.width} of ${panelBox.width})`);
      }
      // Every chart with a bar has its axis, whose top tick covers its
      // largest value.
      const d = await readDataset();
      for (const measure of await panel.locator('.measure:has(rect.bar)').all()) {
        const ticks = (await measure.locator('.tick').allTextContents()).map((s) => Number(s.replaceAll(',', '')));
        assert.ok(ticks.length >= 2, `${where}: an axis with ticks`);
        assert.ok(ticks.every((v, i) => i === 0 || v > ticks[i - 1]), `${where}: ticks increase: ${ticks}`);
        const ids = await measure.locator('a.who').evaluateAll((as) => as.map((a) => new URLSearchParams(a.href.split('?')[1]).get('sel')));
        const values = ids.map((id) => d.figures.find((f) => f.id === id)?.value ?? 0);
        assert.ok(ticks.at(-1) >= Math.max(...values), `${where}: the top tick ${ticks.at(-1)} covers ${values}`);
      }
      // Markers: numbered in reading order, quiet with nothing chosen.
      const numbers = await page.evaluate(markerNumbers);
      assert.ok(numbers.length > 0);
      assert.deepEqual(numbers, numbers.map((_, i) => String(i + 1)), `${where}: markers count up through the text`);
      assert.ok(await page.locator('article.article.quiet-markers').count() === 1, 'quiet markers with no filter');
      const axe = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${where}: axe`);
      if (scheme === 'light') {
        await page.screenshot({ path: `${SHOTS}/phone-${width}.png` });
        const top = await page.locator('article.article p').first().evaluate((p) => p.getBoundingClientRect().top + scrollY);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`# ${width} px: page ${height} px, the article's first paragraph at ${Math.round(top)} px`);
      }
      // The Compare tab: the same charts, whole.
      await page.getByRole('button', { name: 'Compare figures' }).click();
      await page.locator('.figures-view .chart').first().waitFor();
      await assertWhole(page, `${where}, Compare figures`);
      // Print: nothing wider than the page.
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await page.evaluate(sidewaysScrollers), [], `${where}: print`);
    });
  }
}

test('at 1440 px the groups sit side by side, whole, on one scale per unit', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 1440, height: 900 } });
  await assertWhole(page, '1440 px');
  // Bars of one unit are drawn to one scale across the panel's groups:
  // every chart of a unit has the same top tick, and each bar's length (in
  // percent of its track, whose 90% is the axis) is its value on it.
  const d = await readDataset();
  const tops = new Map();
  for (const measure of await page.locator('section.contested .measure:has(rect.bar)').all()) {
    const unit = await measure.locator('h4').textContent();
    const top = Number((await measure.locator('.tick').last().textContent()).replaceAll(',', ''));
    assert.equal(tops.get(unit) ?? top, top, `${unit}: one scale in the panel`);
    tops.set(unit, top);
    for (const claim of await measure.locator('.claim:has(rect.bar)').all()) {
      const id = new URLSearchParams((await claim.locator('a.who').getAttribute('href')).split('?')[1]).get('sel');
      const value = d.figures.find((f) => f.id === id).value;
      const width = Number(await claim.locator('rect.bar').getAttribute('width'));
      assert.equal(width, Math.max(1, Math.floor((value * 90) / top)), `${id}: ${value} on a scale to ${top}`);
    }
  }
  await page.screenshot({ path: `${SHOTS}/phone-1440.png` });
});

test('with a filter or a search the markers stand out, still in reading order, each a 24 px target', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 390, height: 844 } });
  const party = await page.locator('#facet-party button[data-option]').first().getAttribute('data-option');
  await page.goto(`${server.origin}${new URL(page.url()).pathname}?party=${party}`);
  await appReady(page);
  await settled(page);
  assert.equal(await page.locator('article.article.quiet-markers').count(), 0, 'prominent while filtered');
  const numbers = await page.evaluate(markerNumbers);
  assert.deepEqual(numbers, numbers.map((_, i) => String(i + 1)));
  // Each card shown (below 900 px the list folds to its first few) has its
  // marker's number.
  const rows = await page.locator('li.row:not([hidden])').evaluateAll((lis) => lis.map((li) => [li.id, li.querySelector('.num').textContent]));
  const marked = await page.locator('article.article a.marker').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.dataset.n, new URL(a.href).searchParams.get('sel')])));
  assert.ok(rows.length > 0 && rows.length <= numbers.length);
  for (const [row, n] of rows) assert.equal(row, `item-${marked[n]}`, `card ${n} is its marker's item`);
  const sizes = await page.locator('article.article a.marker').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()));
  assert.ok(sizes.every((r) => r.width >= 24 && r.height >= 24), 'every marker is 24 x 24 px or more');
});

/** Visible cards whose speaker's name (its text as laid out, line by line)
 *  intersects their number badge's box: "id: name". */
function namesOnBadges() {
  const meets = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  const out = [];
  for (const li of document.querySelectorAll('li.row:not([hidden])')) {
    const num = li.querySelector(':scope > .num')?.getBoundingClientRect();
    if (!num || num.width === 0) continue;
    for (const name of li.querySelectorAll('.speaker')) {
      const range = document.createRange();
      range.selectNodeContents(name);
      if ([...range.getClientRects()].some((r) => r.width > 0 && meets(r, num))) out.push(`${li.id}: ${name.textContent}`);
    }
  }
  return out;
}

/** The embed views' widths: a phone's (375, 390) and a reading column's. */
const EMBED_WIDTHS = [375, ...WIDTHS];

test('every embed view fits at 375, 390 and 680 px, light and dark, with chart text of 12 px or more', async (t) => {
  const sites = await startSites(t);
  const { figures, relations } = await readDataset();
  const ids = new Set(figures.map((f) => f.id));
  const card = relations.find((r) => ids.has(r.from)).from;
  const views = [['list', 'embed=1'], ['figures', 'view=figures&embed=1'], ['voices', 'view=voices&embed=1'],
    ['card', `sel=${card}&view=card&embed=1`]];
  const heights = new Map(views.map(([name]) => [name, []]));
  for (const width of EMBED_WIDTHS) {
    for (const scheme of SCHEMES) {
      for (const [name, query] of views) {
        const where = `${name} embed at ${width} px, ${scheme}`;
        const url = await sites.writeHost(`${name}-${width}-${scheme}.html`, snippet(sites.explorer, `${query}&theme=${scheme}`));
        const { page, problems } = await hostPage(browser, t, sites.origins, { viewport: { width, height: 900 } });
        await page.goto(url);
        const { iframe, frame } = await explorerFrame(page);
        const { outer } = await settledHeight(page, iframe, frame);
        if (scheme === 'light') heights.get(name).push(`${outer} px at ${width}`);
        await assertWhole(frame, where);
        assert.deepEqual(await page.evaluate(sidewaysScrollers), [], `${where}: the host page`);
        // The speaker's name never runs into the number badge.
        const clashes = await frame.locator('li.row:not([hidden])').evaluateAll((lis) => lis.filter((li) => {
          const num = li.querySelector('.num')?.getBoundingClientRect();
          const first = li.querySelector('.num + *');
          if (!num || !first || num.width === 0) return false;
          // The first line's text, as laid out (not its box).
          const range = document.createRange();
          range.selectNodeContents(first);
          return [...range.getClientRects()].some((r) => r.width > 0 && r.right > num.left && r.top < num.bottom && r.bottom > num.top);
        }).length);
        assert.equal(clashes, 0, `${where}: a name runs into its number badge`);
        assert.deepEqual(await frame.evaluate(namesOnBadges), [], `${where}: a speaker's name overlaps its number badge`);
        if (name === 'figures' && width === 680 && scheme === 'light') await iframe.screenshot({ path: `${SHOTS}/embed-figures-column-680.png` });
        assert.deepEqual(problems, []);
        await page.context().close();
      }
    }
  }
  // One line per view, for the closing note: its height at each width.
  for (const [name, at] of heights) console.log(`# ${name} embed: ${at.join(', ')}`);
});

/** The words of the visible controls matched by `selector` that break
 *  across lines ("Voic|es"): "label: word". */
function brokenWords(selector) {
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    // Not in a closed disclosure (whose content keeps its boxes).
    if (!el.checkVisibility()) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (const m of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`${el.textContent.trim()}: ${m[0]}`);
      }
    }
  }
  return out;
}

/** The view tabs and the embeds' controls: labels that must wrap between
 *  words only. */
const CONTROLS = '.segmented button, [role=tab], .embed-bar summary, .embed-header a, .jump-bar a';

test('at 320, 375 and 390 px no view tab or embed control breaks inside a word', async (t) => {
  const sites = await startSites(t);
  for (const width of [320, 375, 390]) {
    const page = await openApp(t, browser, server.origin, '', { viewport: { width, height: 844 } });
    const tabs = await page.locator('.segmented button').count();
    assert.ok(tabs >= 3, `${width} px: the view tabs are there`);
    assert.deepEqual(await page.evaluate(brokenWords, CONTROLS), [], `${width} px: the reader's tabs`);
    for (const query of ['embed=1', 'view=figures&embed=1', 'view=voices&embed=1']) {
      const url = await sites.writeHost(`tabs-${width}.html`, snippet(sites.explorer, query));
      const { page: host } = await hostPage(browser, t, sites.origins, { viewport: { width, height: 900 } });
      await host.goto(url);
      const { frame } = await explorerFrame(host);
      assert.deepEqual(await frame.evaluate(brokenWords, CONTROLS), [], `${width} px: the embed ${query}`);
      await host.context().close();
    }
  }
});

test('at 375 px no speaker name runs into its card number on the page', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 375, height: 812 } });
  await settled(page);
  const all = page.getByRole('button', { name: /^Show all \d+/ });
  if (await all.count()) await all.first().click();
  await settled(page);
  const rows = await page.locator('li.row:not([hidden]) .speaker').count();
  assert.ok(rows > 0, 'cards with speakers are shown');
  assert.deepEqual(await page.evaluate(namesOnBadges), [], 'a name overlaps its number badge');
});

/** Text shown in print that speaks of the article's markers, and the
 *  markers and card numbers print still shows. */
function printedMarkerTalk() {
  const out = [];
  for (const el of document.querySelectorAll('a.marker, li.row > .num')) {
    if (el.getClientRects().length) out.push(`shown: ${el.className} ${el.textContent}`);
  }
  const text = document.body.innerText;
  for (const m of text.matchAll(/[^\n]*\b(markers?|numbers? in the text|numbered)\b[^\n]*/gi)) out.push(`says: ${m[0]}`);
  return out;
}

test('in print no line refers to the markers print hides, filtered or not, on the page and in the embeds', async (t) => {
  const { parties } = await readDataset();
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 680, height: 900 } });
  await settled(page);
  const printed = async (where) => {
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await page.evaluate(printedMarkerTalk), [], `${where}: print`);
    await page.emulateMedia({ media: 'screen' });
  };
  // On screen the note and the numbers are there (so the check has teeth).
  assert.ok((await page.evaluate(() => document.body.innerText)).match(/numbers in the text/i), 'the note shows on screen');
  assert.ok(await page.locator('li.row:not([hidden]) > .num').count() > 0, 'card numbers show on screen');
  await printed('the page');
  // Filtered, the markers stand out on screen; print hides them still.
  await page.goto(`${page.url().split('?')[0]}?party=${parties[0].id}`);
  await appReady(page);
  await settled(page);
  await printed('filtered');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 0, 'the page prints');
  const sites = await startSites(t);
  for (const query of ['embed=1', 'view=figures&embed=1']) {
    const url = await sites.writeHost('print.html', snippet(sites.explorer, query));
    const { page: host } = await hostPage(browser, t, sites.origins);
    await host.goto(url);
    const { frame } = await explorerFrame(host);
    await host.emulateMedia({ media: 'print' });
    assert.deepEqual(await frame.evaluate(printedMarkerTalk), [], `the embed ${query}: print`);
    await host.context().close();
  }
});
