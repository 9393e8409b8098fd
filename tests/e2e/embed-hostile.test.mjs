// Messages are untrusted input. 100 hostile postMessage payloads, sent from
// windows that are not the explorer's (the host page itself, another iframe)
// and from the right ones (the explorer's frame to the host script, the host
// page to the explorer), change nothing and log no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { startSites, snippet, hostPage, explorerFrame, settledHeight } from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** A seeded generator, so a failure can be replayed. */
function rng(seed) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** 100 payloads: junk shapes, and the protocol's own types with bad fields. */
function payloads() {
  const r = rng(12);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const junk = [null, 0, -1, NaN, '', 'x', '<img src=x onerror=alert(1)>', [], [1, 2], {}, true,
    'pymxPYMxexplorerxPYMxheightxPYMx99999', 'pymxPYMxexplorer-1xPYMxheightxPYMx1',
    'article-explorer:height', { type: 'SKIP_WAITING' }, 'x'.repeat(70000)];
  const bad = [
    () => ({ type: 'article-explorer:height', height: pick(['500', -5, 1e9, NaN, Infinity, null, [600], { h: 1 }]) }),
    () => ({ type: 'article-explorer:state', query: pick([42, null, ['party=iran'], { q: 1 }, 'a'.repeat(5000)]), host: true }),
    () => ({ type: 'article-explorer:host', page: pick(['javascript:alert(1)', 'data:text/html,x', 'https://x.org/"><b>', 12, null]), key: 'explorer-1', query: 'party=iran' }),
    () => ({ type: 'article-explorer:host', page: 'https://evil.example/', key: pick(['', 'a b', 'k=v', 'x'.repeat(100), 7]), query: 'contested=1' }),
    () => ({ type: 'article-explorer:host', page: 'https://evil.example/', key: 'explorer-1', query: pick([7, ['q'], { a: 1 }, 'q='.padEnd(9000, 'z')]) }),
    () => ({ type: pick(['article-explorer:HEIGHT', 'article-explorer:restore', ' article-explorer:state', 1, null]), height: 400, query: 'party=iran' }),
    () => ({ ['__proto__']: { type: 'article-explorer:height' }, constructor: { prototype: { polluted: 1 } } }),
    () => new Date(0),
    () => new Map([['type', 'article-explorer:height']]),
    () => new Uint8Array([1, 2, 3]),
  ];
  const out = [];
  for (let i = 0; i < 100; i++) out.push(i % 3 === 0 ? pick(junk) : pick(bad)());
  return out;
}

test('100 hostile messages from wrong and right windows change nothing and log no error', async (t) => {
  const sites = await startSites(t);
  const evil = await sites.writeHost('evil.html', '<p>An advert.</p>');
  const url = await sites.writeHost('hostile.html',
    `${snippet(sites.explorer, 'embed=1&contested=1')}<iframe id="ad" src="${evil}" title="Advert"></iframe>`);
  const { page, problems } = await hostPage(browser, t, [sites.app.origin, sites.host.origin]);
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const ad = page.frames().find((f) => f.url() === evil);
  // The host script has introduced the page: its one message is spent.
  await page.waitForTimeout(300);
  const before = {
    height: (await settledHeight(page, iframe, frame)).outer,
    hostUrl: page.url(),
    frameUrl: frame.url(),
    count: await frame.locator('.result-count').textContent(),
  };
  const all = payloads();
  assert.equal(all.length, 100);
  await page.evaluate((ps) => {
    const explorer = document.querySelector('iframe').contentWindow;
    for (const p of ps) {
      window.postMessage(p, '*'); // the host page to itself: not an iframe
      explorer.postMessage(p, '*'); // the right window for the explorer
    }
  }, all);
  await ad.evaluate((ps) => {
    for (const p of ps) {
      parent.postMessage(p, '*'); // another iframe of the host page
      parent.frames[0].postMessage(p, '*'); // to the explorer, from a sibling
    }
  }, all);
  await frame.evaluate((ps) => {
    for (const p of ps) parent.postMessage(p, '*'); // the right window for the host script
  }, all);
  await page.waitForTimeout(500);
  const after = {
    height: (await settledHeight(page, iframe, frame)).outer,
    hostUrl: page.url(),
    frameUrl: frame.url(),
    count: await frame.locator('.result-count').textContent(),
  };
  assert.deepEqual(after, before);
  assert.equal(await frame.locator('.notice').count(), 0, 'no notice');
  assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
  assert.deepEqual(problems, [], 'no error logged');
});
