// What the cross-engine tests share about the app: serving it, opening it,
// waiting for it, reading its counts, and forgetting a site between tests.
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { By } from 'selenium-webdriver';
import { serve } from '../../scripts/serve.mjs';
import { BASE, Key, until } from './driver.mjs';

/** The built app under test (another build with DIST_DIR=folder). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** A server of its own per test: a new port is a new origin, so no service
 *  worker, cache or storage of an earlier test applies. The built app is
 *  served with the error probe first in its page (`probedDist`). */
export async function startServer(t, mounts = [{ base: BASE, dir: DIST }], options = {}) {
  const probed = await probedDist(t, options);
  const server = await serve({ mounts: mounts.map((m) => (m.dir === DIST ? { ...m, dir: probed } : m)) });
  t.after(() => server.close());
  return server;
}

/** DIST as served to the engines: its files (linked), and its index.html
 *  with the error probe as the page's first script, so an error at start-up
 *  is recorded too (WebDriver cannot run a script before the page's own).
 *  Inline, before the page's Content-Security-Policy meta: the policy applies
 *  only after it, and the service worker caches the page with its probe.
 *  `startupError` adds an error thrown as the page loads (to show the probe
 *  catches one). */
async function probedDist(t, { startupError = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'explorer-probed-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const name of await readdir(DIST)) {
    if (name !== 'index.html') await symlink(resolve(DIST, name), join(dir, name));
  }
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const charset = '<meta charset="utf-8" />';
  if (!html.includes(charset)) throw new Error(`${DIST}/index.html has no ${charset}`);
  const error = startupError
    ? `<script>addEventListener('DOMContentLoaded', () => { throw new Error('${STARTUP_ERROR}'); });</script>`
    : '';
  await writeFile(join(dir, 'index.html'), html.replace(charset, () => `${charset}<script>${PROBE}</script>${error}`));
  return dir;
}

/** The message of the error `startupError` throws. */
export const STARTUP_ERROR = 'injected start-up error';

// Records errors, rejections and console errors/warnings of the page from
// the moment it runs: first in the page (`probedDist`), or, in a page served
// otherwise, once the app is ready (the engine's log covers start-up where
// there is one).
const PROBE = `
  if (!window.__engineProblems) {
    const problems = window.__engineProblems = [];
    addEventListener('error', (e) => problems.push('error: ' + (e.message || e.target?.src || e.type)), true);
    addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + e.reason));
    for (const level of ['error', 'warn']) {
      const original = console[level];
      console[level] = (...args) => { problems.push('console ' + level + ': ' + args.join(' ')); original.apply(console, args); };
    }
  }`;

/** Waits until the app (not only its prerendered article) has rendered, with
 *  no error panel, and starts recording the page's errors. */
export async function appReady(driver) {
  await until(driver, `document.querySelector('#search-input') && document.querySelector('article.article p')
    && document.querySelector('.result-count')?.textContent.includes('result')
    && !document.querySelector('.app[aria-busy]')`, 'the app rendered (its first mount done)');
  await driver.executeScript(PROBE);
  const panels = await driver.executeScript(`return document.querySelectorAll('.error-panel').length`);
  if (panels) throw new Error('the app shows its error panel');
}

export async function openApp(session, server, query = '') {
  await session.driver.get(`${server.origin}${BASE}${query}`);
  await appReady(session.driver);
}

/** The problems the probe recorded in the current page. */
export async function pageProblems(driver) {
  return driver.executeScript('return window.__engineProblems ?? []').catch(() => []);
}

/** Unregisters service workers and deletes caches of the current origin:
 *  a WebKit service worker outlives its WebDriver session. */
export async function forgetSite(driver) {
  await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    (async () => {
      if (!('serviceWorker' in navigator) || !window.caches) return;
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    })().then(() => done(), () => done());`).catch(() => {});
  await driver.get('about:blank');
}

export const resultCount = (driver) =>
  driver.executeScript(`return document.querySelector('.result-count').textContent`);

/** The number of results the page says it shows ("54 results: …" gives 54). */
export const resultNumber = async (driver) => Number((await resultCount(driver)).match(/^(\d+)/)[1]);

/** Waits until the result count reads differently from `before`. */
export const countChangedFrom = (driver, before, message) => until(driver,
  `document.querySelector('.result-count').textContent !== ${JSON.stringify(before)}`, message);

/** A party option that narrows the results: fewer results than all, but some. */
export async function narrowingPartyOption(driver) {
  const total = await resultNumber(driver);
  const option = await driver.executeScript(`
    return [...document.querySelectorAll('#facet-party button.facet-option[aria-pressed="false"]')]
      .map((b) => [b.dataset.option, Number(b.querySelector('.count').textContent)])
      .find(([, n]) => n > 0 && n < ${total})?.[0];`);
  if (!option) throw new Error('no party option narrows the results');
  return option;
}

export const button = (driver, text) =>
  driver.findElement(By.xpath(`//button[normalize-space()=${JSON.stringify(text)}]`));

/** Clicks an element once it holds still in view, as Playwright's click does.
 *  WebDriver scrolls it into view and clicks at once; but results rows are
 *  laid out as they come into view (content-visibility), which moves what is
 *  below them, and WebKit has no scroll anchoring to make up for it: the
 *  click lands on another element. */
export async function clickWhenStill(driver, found) {
  const element = await found;
  await driver.executeAsyncScript(`
    const [element, done] = arguments;
    let last = null;
    let stillReadings = 0;
    const look = () => {
      const { top, bottom, left } = element.getBoundingClientRect();
      stillReadings = last && last.top === top && last.left === left ? stillReadings + 1 : 0;
      last = { top, left };
      if (stillReadings >= 2 && top >= 0 && bottom <= innerHeight) return done();
      if (stillReadings >= 2) {
        element.scrollIntoView({ block: 'center' });
        stillReadings = 0;
      }
      setTimeout(look, 50);
    };
    look();`, element);
  await element.click();
}

/** Presses Tab until `predicate` (an expression on `el`) holds for the focused element. */
export async function tabUntil(driver, predicate, description) {
  for (let i = 0; i < 30; i++) {
    await driver.actions().sendKeys(Key.TAB).perform();
    const found = await driver.executeScript(`const el = document.activeElement; return !!(${predicate});`);
    if (found) return;
  }
  throw new Error(`${description} is not reachable by Tab`);
}
