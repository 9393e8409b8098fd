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

/** Well-formed messages of the protocol, forged: from a window that is not
 *  the explorer's (or, for the host message, after the host's own). */
const FORGED = [
  { type: 'article-explorer:height', height: 333 },
  { type: 'article-explorer:state', query: 'q=forged', host: true },
  { type: 'article-explorer:state', query: 'contested=0', host: false },
  { type: 'article-explorer:host', page: 'https://evil.example/', key: 'explorer-1', query: 'q=forged' },
  { type: 'article-explorer:host', page: 'https://evil.example/', key: 'explorer-1', query: null },
  'pymxPYMxexplorer-1xPYMxheightxPYMx333',
];

/** 100 payloads: junk shapes, the protocol's own types with bad fields, and
 *  10 forged well-formed ones (the last). */
function payloads() {
  const r = rng(12);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const junk = [null, 0, -1, NaN, '', 'x', '<img src=x onerror=alert(1)>', [], [1, 2], {}, true,
    'pymxPYMxexplorerxPYMxheightxPYMx99999', 'article-explorer:height', { type: 'SKIP_WAITING' }, 'x'.repeat(70000)];
  const bad = [
    () => ({ type: 'article-explorer:height', height: pick(['500', -5, 1e9, NaN, Infinity, null, [600], { h: 1 }]) }),
    () => ({ type: 'article-explorer:state', query: pick([42, null, ['party=iran'], { q: 1 }, 'a'.repeat(5000)]), host: true }),
    () => ({ type: 'article-explorer:host', page: pick(['javascript:alert(1)', 'data:text/html,x', 'https://x.org/"><b>', 12, null]), key: 'explorer-1', query: 'q=x' }),
    () => ({ type: 'article-explorer:host', page: 'https://evil.example/', key: pick(['', 'a b', 'k=v', 'x'.repeat(100), 7]), query: 'contested=1' }),
    () => ({ type: 'article-explorer:host', page: 'https://evil.example/', key: 'explorer-1', query: pick([7, ['q'], { a: 1 }, 'q='.padEnd(9000, 'z')]) }),
    () => ({ type: pick(['article-explorer:HEIGHT', 'article-explorer:restore', ' article-explorer:state', 1, null]), height: 400, query: 'q=x' }),
    () => ({ ['__proto__']: { type: 'article-explorer:height' }, constructor: { prototype: { polluted: 1 } } }),
    () => new Date(0),
    () => new Map([['type', 'article-explorer:height']]),
    () => new Uint8Array([1, 2, 3]),
  ];
  const out = [];
  for (let i = 0; i < 90; i++) out.push(i % 3 === 0 ? pick(junk) : pick(bad)());
  for (let i = 0; i < 10; i++) out.push(FORGED[i % FORGED.length]);
  return out;
}

/** What a hostile message could change: the frame's height, state and
 *  notices, and the host page's URL. */
async function snapshot(page, iframe, frame, sized = true) {
  return {
    height: sized
      ? (await settledHeight(page, iframe, frame)).outer
      : await iframe.evaluate((f) => f.getBoundingClientRect().height),
    hostUrl: page.url(),
    frameUrl: frame.url(),
    count: await frame.locator('.result-count').textContent(),
    search: await frame.locator('#search-input').inputValue(),
    notices: await frame.locator('.notice').count(),
  };
}

test('100 hostile messages from wrong and right windows change nothing and log no error', async (t) => {
  const sites = await startSites(t);
  const evil = await sites.writeHost('evil.html', '<p>An advert.</p>');
  const url = await sites.writeHost('hostile.html',
    `${snippet(sites.explorer, 'embed=1&contested=1')}<iframe id="ad" src="${evil}" title="Advert"></iframe>`);
  const { page, problems } = await hostPage(browser, t, sites.origins);
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const ad = page.frames().find((f) => f.url() === evil);
  const before = await snapshot(page, iframe, frame);
  const all = payloads();
  assert.equal(all.length, 100);
  // Wrong windows: the host page to itself (not an iframe), another iframe
  // to the host page and to the explorer.
  await page.evaluate((ps) => ps.forEach((p) => window.postMessage(p, '*')), all);
  await ad.evaluate((ps) => ps.forEach((p) => {
    parent.postMessage(p, '*');
    parent.frames[0].postMessage(p, '*');
  }), all);
  // Right windows: the host page to the explorer (its one host message is
  // spent), and the explorer's frame to the host script (junk only: a
  // well-formed message from the explorer is the explorer's to send).
  await page.evaluate((ps) => ps.forEach((p) => document.querySelector('iframe').contentWindow.postMessage(p, '*')), all);
  await frame.evaluate((ps) => ps.forEach((p) => parent.postMessage(p, '*')), all.slice(0, 90));
  await page.waitForTimeout(500);
  assert.deepEqual(await snapshot(page, iframe, frame), before);
  assert.equal(before.notices, 0);
  assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
  assert.deepEqual(problems, [], 'no error logged');
});

test('without a host script, a forged host message from another window is ignored', async (t) => {
  const sites = await startSites(t);
  const evil = await sites.writeHost('evil.html', '<p>An advert.</p>');
  const markup = snippet(sites.explorer, 'embed=1', { hostScript: false });
  const url = await sites.writeHost('plain.html', `${markup}<iframe id="ad" src="${evil}" title="Advert"></iframe>`);
  const { page, problems } = await hostPage(browser, t, sites.origins);
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const ad = page.frames().find((f) => f.url() === evil);
  // No host script: the frame keeps the snippet's height.
  await frame.locator('.result-count').waitFor();
  const before = await snapshot(page, iframe, frame, false);
  await ad.evaluate((ps) => ps.forEach((p) => parent.frames[0].postMessage(p, '*')), payloads());
  await page.waitForTimeout(500);
  assert.deepEqual(await snapshot(page, iframe, frame, false), before);
  assert.deepEqual(problems, []);
});
