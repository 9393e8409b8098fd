// The reader's main journeys, the same in every engine. Counts are read from
// the page (before and after), never taken from the dataset, which changes.
import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { BASE, downloaded, screenshot, until, sleep, Key } from './driver.mjs';
import {
  DIST, appReady, button, clickWhenStill, countChangedFrom, narrowingPartyOption, openApp, resultCount, resultNumber,
  startServer, tabUntil,
} from './app.mjs';

async function loadsUnderSubPath(session, t) {
  const { driver } = session;
  const server = await startServer(t);
  await openApp(session, server);
  assert.equal(new URL(await driver.getCurrentUrl()).pathname, BASE);
  assert.match(await resultCount(driver), /^\d+ results?:/);
  await screenshot(session, 'explore');
}

async function filterAndBack(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const before = await resultCount(driver);
  const option = await narrowingPartyOption(driver);
  await clickWhenStill(driver, driver.findElement(By.css(`#facet-party button[data-option="${option}"]`)));
  await countChangedFrom(driver, before, 'the filter changed the results');
  // The history entry is written after the frame's paint.
  await until(driver, `location.search === '?party=${option}'`, 'the filter is in the address');
  await driver.navigate().back();
  await until(driver, `location.search === ''`, 'Back left the filter');
  await until(driver, `document.querySelector('.result-count').textContent === ${JSON.stringify(before)}`,
    'Back restored the results');
  assert.equal(await driver.executeScript(`return document.querySelectorAll('[aria-pressed="true"].facet-option').length`), 0);
}

async function foldingSearch(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const before = await resultCount(driver);
  // An ASCII hyphen typed; the article has a non-breaking one (U+2011).
  await driver.findElement(By.id('search-input')).sendKeys('de-escalation');
  await countChangedFrom(driver, before, 'the search changed the results');
  for (const where of ['li.row:not([hidden])', 'article.article']) {
    await until(driver, `[...document.querySelectorAll('${where} mark.match')]`
      + `.some((mark) => mark.textContent === 'de\\u2011escalation')`, `the match is marked in ${where}`);
  }
  await screenshot(session, 'search');
}

async function figuresView(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  await clickWhenStill(driver, button(driver, 'Compare figures'));
  await until(driver, `document.querySelector('figure.comparison .chart')`, 'the comparison shows');
  await until(driver, `location.search.includes('view=figures')`, 'the view is in the address');
  await screenshot(session, 'figures');
}

async function exportsBoth(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const shown = await resultNumber(driver);
  await clickWhenStill(driver, button(driver, 'Export CSV'));
  const csv = await downloaded(session, '.csv');
  await clickWhenStill(driver, button(driver, 'Export JSON'));
  const json = await downloaded(session, '.json');
  const lines = csv.trim().split('\r\n');
  assert.match(lines[0], /^type,id,source,channel,category,figure,start,end,text,/);
  assert.equal(lines.length, 1 + shown, 'a header and one line per result shown');
  const { rows, content_hash: hash } = JSON.parse(json);
  assert.match(hash, /^[0-9a-f]{16}$/, 'the export names its data');
  assert.equal(rows.length, shown);
  assert.ok(rows.every((r) => typeof r.span.start === 'number' && r.span.text.length > 0));
}

async function offlineReload(session, t) {
  const { driver } = session;
  const server = await startServer(t);
  await openApp(session, server);
  await until(driver, `navigator.serviceWorker.controller`, 'the service worker controls the page', 30000);
  await server.close();
  await assert.rejects(fetch(`${server.origin}${BASE}`), 'the server is gone');
  // location.reload(), not WebDriver's refresh: Firefox's refresh bypasses the service worker.
  await driver.executeScript(`window.__beforeReload = true; setTimeout(() => location.reload());`);
  await until(driver, `!window.__beforeReload && document.readyState === 'complete'`, 'the page reloaded');
  await appReady(driver);
  assert.ok(await resultNumber(driver) > 0);
  assert.ok(await driver.executeScript('return !!navigator.serviceWorker.controller'), 'served by the service worker');
}

async function embeddedHeight(session, t) {
  const { driver } = session;
  const server = await startServer(t, [
    { base: '/site/examples/', dir: 'examples' },
    { base: '/site/dist/', dir: DIST },
  ]);
  await driver.get(`${server.origin}/site/examples/explainer.html`);
  const iframe = await driver.findElement(By.css('iframe.explorer-frame'));
  const minimum = await driver.executeScript('return parseFloat(getComputedStyle(arguments[0]).minHeight)', iframe);
  const first = await settledFrameHeight(driver, iframe);
  assert.ok(first.outer > minimum, `grew past its min-height ${minimum}: ${first.outer}`);
  // "Show more" shows the next few results: it grows again. (The button is
  // near the frame's foot: the host page scrolls it into view first, which
  // Firefox's driver does not do across a frame that does not scroll.)
  await driver.executeScript('arguments[0].scrollIntoView({ block: "end" })', iframe);
  await driver.switchTo().frame(iframe);
  await appReady(driver);
  await clickWhenStill(driver, driver.findElement(By.css('.show-more')));
  await driver.switchTo().defaultContent();
  const grown = await settledFrameHeight(driver, iframe, first.outer);
  assert.ok(grown.outer > first.outer + 200, `grew from ${first.outer} to ${grown.outer}`);
  await screenshot(session, 'embed');
}

/** Polls until the iframe's height equals its content's height (±2 px) twice
 *  in a row, and differs from `previous`. */
async function settledFrameHeight(driver, iframe, previous = -1) {
  let last = -1;
  for (let i = 0; i < 80; i++) {
    const outer = await driver.executeScript('return arguments[0].clientHeight', iframe);
    await driver.switchTo().frame(iframe);
    const content = await driver.executeScript(`return document.querySelector('#search-input')
      ? Math.ceil(document.body.getBoundingClientRect().height) : -100`);
    await driver.switchTo().defaultContent();
    if (Math.abs(outer - content) <= 2 && outer === last && outer !== previous) return { outer, content };
    last = outer;
    await sleep(100);
  }
  throw new Error(`the iframe height did not settle on its content height (last ${last})`);
}

async function keyboardFilter(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const before = await resultCount(driver);
  // From the filters' heading (focusable by script only) to the options.
  await driver.executeScript(`document.getElementById('filters-heading').focus()`);
  // An option with fewer results than all, so pressing it changes the count.
  await tabUntil(driver, `el.matches('#facet-party button.facet-option')
    && Number(el.querySelector('.count').textContent) < Number(${JSON.stringify(before)}.match(/\\d+/)[0])
    && !el.matches('.zero')`, 'a narrowing party option');
  const option = await driver.executeScript('return document.activeElement.dataset.option');
  await driver.actions().sendKeys(Key.SPACE).perform();
  await until(driver, `document.activeElement.getAttribute('aria-pressed') === 'true'`, 'Space pressed the option');
  await countChangedFrom(driver, before, 'the count changed');
  await until(driver, `location.search === '?party=${option}'`, 'the filter is in the address');
}

export const JOURNEYS = {
  'loads under a sub-path with no error panel': loadsUnderSubPath,
  'a filter, then Back, restores the results': filterAndBack,
  'search folds a typed hyphen into the non-breaking one and marks it': foldingSearch,
  'Compare figures shows the comparison': figuresView,
  'Export CSV and Export JSON give the shown results': exportsBoth,
  'offline: a reload with the server gone still renders': offlineReload,
  'embedded, the iframe takes its content height': embeddedHeight,
  'Tab to a facet option and Space presses it': keyboardFilter,
};
