// The embed trusts the origin of the page that framed it, not just its
// parent window: it posts the reader's state only to that origin (known from
// document.referrer or the host script's handshake), and takes host
// messages only from its parent window at that origin. A hostile page on a
// third origin listens to every message and posts forged ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';
import { startSites, snippet, hostPage, explorerFrame, recordCopies, copyTarget } from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** A third origin for hostile pages; `write(name, html)` returns its URL. */
async function startEvil(t) {
  const dir = await mkdtemp(join(tmpdir(), 'explorer-evil-'));
  const server = await serve({ mounts: [{ base: '/evil/', dir }] });
  t.after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    origin: server.origin,
    async write(name, body) {
      await writeFile(join(dir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hostile</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
      return `${server.origin}/evil/${name}`;
    },
  };
}

/** Records, in the top page, every message it hears (an init script). */
function listenToEverything() {
  if (window !== top) return;
  window.__heard = [];
  addEventListener('message', (e) => {
    window.__heard.push({ origin: e.origin, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) });
  });
}

/** The reader types a search no result matches, and waits until its own
 *  height message (posted after its state) has reached the hostile page:
 *  so anything the state message could carry has had time to arrive. */
async function readerSearches(page, frame, words) {
  const heard = await page.evaluate(() => window.__heard.length);
  await frame.locator('#search-input').fill(words);
  await frame.getByText('Nothing matches.').first().waitFor();
  await page.waitForFunction((n) => window.__heard.slice(n).some((m) => m.data.includes('article-explorer:height')), heard);
}

/** A forged host message, as a host script on `page` would send it. */
const forged = (page) => ({ type: 'article-explorer:host', page, key: 'explorer-1', query: 'q=forged' });

const WORDS = 'zqxprivatewords';

test('a hostile parent on another origin than the one that framed the embed hears no search and is not heard', async (t) => {
  const sites = await startSites(t);
  const evil = await startEvil(t);
  // The host page's origin loads the embed into the hostile page's frame:
  // the embed's referrer is the host page's origin, its parent the hostile page.
  const embed = `${sites.explorer}?embed=1`;
  const hop = await sites.writeHost('hop.html', `<script>location.replace(${JSON.stringify(embed)})</script>`);
  const url = await evil.write('frames.html', `<iframe src="${hop}" title="Article explorer" style="width:640px;height:700px"></iframe>`);
  const { page, problems } = await hostPage(browser, t, [...sites.origins, evil.origin], {
    init: `(${recordCopies})(); (${listenToEverything})();`,
  });
  await page.goto(url);
  const { frame } = await explorerFrame(page);
  assert.equal(await frame.evaluate(() => new URL(document.referrer).origin), new URL(sites.host.origin).origin);
  const before = await copyTarget(frame);
  assert.equal(before, sites.explorer, 'no host: Copy link is the full explorer');
  await readerSearches(page, frame, WORDS);
  const heard = await page.evaluate(() => window.__heard);
  assert.ok(heard.some((m) => m.data.includes('article-explorer:height')), 'heights reach any parent');
  assert.deepEqual(heard.filter((m) => m.data.includes('article-explorer:state')), [], 'no state reaches it');
  assert.ok(!heard.some((m) => m.data.includes(WORDS)), 'the search never reaches it');
  // Its forged host message, from the parent window but the wrong origin,
  // is dropped: Copy link still points at the full explorer. The height
  // message the frame posts on its resize comes after the forged one.
  const n = await page.evaluate(() => window.__heard.length);
  await page.evaluate((m) => {
    const iframe = document.querySelector('iframe');
    iframe.contentWindow.postMessage(m, '*');
    iframe.style.width = '420px';
  }, forged(url));
  await page.waitForFunction((k) => window.__heard.slice(k).some((m) => m.data.includes('article-explorer:height')), n);
  assert.equal(await copyTarget(frame), `${sites.explorer}?q=${WORDS}`);
  assert.equal(await frame.locator('.notice').count(), 0);
  // The browser may log that it dropped the state messages (posted to the
  // host's origin, not the hostile parent's): the protection at work.
  const dropped = /target origin provided .* does not match the recipient window's origin/;
  assert.deepEqual(problems.filter((p) => !dropped.test(p)), [], 'no other error logged');
});

test('framed with no referrer, the embed posts no search until a host introduces its page', async (t) => {
  const sites = await startSites(t);
  const evil = await startEvil(t);
  const markup = snippet(sites.explorer, 'embed=1', { hostScript: false, attrs: 'referrerpolicy="no-referrer"' });
  const url = await evil.write('listens.html', markup);
  const { page, problems } = await hostPage(browser, t, [...sites.origins, evil.origin], {
    init: `(${listenToEverything})();`,
  });
  await page.goto(url);
  const { frame } = await explorerFrame(page);
  assert.equal(await frame.evaluate(() => document.referrer), '');
  await readerSearches(page, frame, WORDS);
  const states = (await page.evaluate(() => window.__heard)).filter((m) => m.data.includes('article-explorer:state'));
  // One hello, empty, so that a host script could introduce its page.
  assert.deepEqual(states.map((m) => JSON.parse(m.data)), [{ type: 'article-explorer:state', query: '', host: false }]);
  assert.deepEqual(problems, [], 'no error logged');
});

test('a popup and a sibling frame on another origin post forged host messages: ignored, and the parent\'s valid one after them is taken', async (t) => {
  const sites = await startSites(t);
  const evil = await startEvil(t);
  const ad = await evil.write('ad.html', '<p>An advert.</p>');
  const url = await sites.writeHost('plain.html',
    `${snippet(sites.explorer, 'embed=1', { hostScript: false })}<iframe id="ad" src="${ad}" title="Advert"></iframe>`);
  const { page, context, problems } = await hostPage(browser, t, [...sites.origins, evil.origin], { init: recordCopies });
  await page.goto(url);
  const { frame } = await explorerFrame(page);
  const sibling = page.frames().find((f) => f.url() === ad);
  // The sibling frame, and a popup the host page opened, reach the
  // explorer's window and post well-formed host messages to it.
  await sibling.evaluate((m) => parent.frames[0].postMessage(m, '*'), forged(ad));
  const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate((u) => { window.open(u); }, ad)]);
  await popup.waitForLoadState();
  await popup.evaluate((m) => opener.frames[0].postMessage(m, '*'), forged(ad));
  // The parent's own host message after them is the first one taken.
  await page.evaluate((m) => document.querySelector('iframe').contentWindow.postMessage(m, '*'),
    { type: 'article-explorer:host', page: url, key: 'probe', query: 'q=probe' });
  await frame.waitForFunction(() => document.querySelector('#search-input').value === 'probe');
  assert.equal(await copyTarget(frame), `${url}#probe=${encodeURIComponent('q=probe')}`);
  assert.deepEqual(problems, [], 'no error logged');
});
