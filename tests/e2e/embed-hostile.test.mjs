// Messages are untrusted input. 100 hostile postMessage payloads, sent from
// windows that are not the explorer's (the host page itself, another iframe)
// and from the right ones (the explorer's frame to the host script, the host
// page to the explorer), change nothing and log no error. Each batch is sent
// while its receiver would still act on a valid message, and is followed by
// one: that message's effect arriving is the proof the batch was read and
// rejected (a fixed wait would prove nothing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { startSites, snippet, hostPage, explorerFrame, settledHeight, recordCopies, copyTarget } from './embed-helpers.mjs';

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
 *  the explorer's (the host messages would be taken from the parent). */
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

/** What a hostile message could change: the frame's height, state, notices
 *  and Copy-link target, and the host page's URL. */
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
    copyLink: await copyTarget(frame),
  };
}

/** A valid host message, as a host script would send it. */
const probe = (page) => ({ type: 'article-explorer:host', page, key: 'probe', query: 'q=probe' });

test('without a host script, 100 hostile messages from the parent and from another frame are rejected, and a valid one after them is taken', async (t) => {
  const sites = await startSites(t);
  const evil = await sites.writeHost('evil.html', '<p>An advert.</p>');
  const markup = snippet(sites.explorer, 'embed=1&contested=1', { hostScript: false });
  const url = await sites.writeHost('plain.html', `${markup}<iframe id="ad" src="${evil}" title="Advert"></iframe>`);
  const { page, problems } = await hostPage(browser, t, sites.origins, { init: recordCopies });
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const ad = page.frames().find((f) => f.url() === evil);
  // No host script: the frame keeps the snippet's height, and no host
  // message has been taken, so the explorer would take the first valid one.
  await frame.locator('.result-count').waitFor();
  const before = await snapshot(page, iframe, frame, false);
  assert.equal(before.copyLink, `${sites.explorer}?contested=1`, 'the full explorer');
  const all = payloads();
  assert.equal(all.length, 100);
  // Another frame: junk and forged well-formed messages, to the explorer
  // and to the host page; the host page to itself.
  await ad.evaluate((ps) => ps.forEach((p) => {
    parent.frames[0].postMessage(p, '*');
    parent.postMessage(p, '*');
  }), all);
  await page.evaluate((ps) => ps.forEach((p) => window.postMessage(p, '*')), all);
  // The parent, the one window the explorer listens to: junk and invalid
  // host messages only (a valid one is the parent's to send).
  const invalid = all.slice(0, 90);
  // Also well-formed host messages that name a page of another site: a
  // framing page introduces only its own pages.
  const elsewhere = FORGED.filter((p) => p.type === 'article-explorer:host');
  await page.evaluate((ps) => ps.forEach((p) => document.querySelector('iframe').contentWindow.postMessage(p, '*')), [...invalid, ...elsewhere]);
  assert.deepEqual(await snapshot(page, iframe, frame, false), before);
  // Then a valid host message: its effect shows that none before it was
  // taken (the explorer takes one host message only).
  await page.evaluate((m) => document.querySelector('iframe').contentWindow.postMessage(m, '*'), probe(url));
  await frame.waitForFunction(() => document.querySelector('#search-input').value === 'probe');
  assert.equal(await copyTarget(frame), `${url}#probe=${encodeURIComponent('q=probe')}`);
  assert.equal(await frame.locator('.notice').count(), 0);
  assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
  assert.equal(await frame.evaluate(() => Object.prototype.polluted), undefined);
  assert.deepEqual(problems, [], 'no error logged');
});

/** Records, in the host page, every fragment the host script writes and
 *  every height it gives a frame (an init script: runs in every frame). */
function recordHostWrites() {
  if (window !== top) return;
  window.__fragments = [];
  window.__heights = [];
  const replace = history.replaceState.bind(history);
  history.replaceState = (state, title, url) => {
    window.__fragments.push(String(url).split('#')[1] ?? '');
    return replace(state, title, url);
  };
  addEventListener('DOMContentLoaded', () => {
    for (const frame of document.querySelectorAll('iframe')) {
      new MutationObserver(() => window.__heights.push(frame.style.height))
        .observe(frame, { attributes: true, attributeFilter: ['style'] });
    }
  });
}

test('with the host script, 100 hostile messages to the host page change nothing, and a valid one after them is taken', async (t) => {
  const sites = await startSites(t);
  const evil = await sites.writeHost('evil.html', '<p>An advert.</p>');
  const url = await sites.writeHost('hosted.html',
    `${snippet(sites.explorer, 'embed=1&contested=1')}<iframe id="ad" src="${evil}" title="Advert"></iframe>`);
  const { page, problems } = await hostPage(browser, t, sites.origins, {
    init: `(${recordCopies})(); (${recordHostWrites})();`,
  });
  await page.goto(url);
  const { iframe, frame } = await explorerFrame(page);
  const ad = page.frames().find((f) => f.url() === evil);
  // Introduced by the host script: Copy link points at the host page.
  const introduced = `${url}#explorer-1=${encodeURIComponent('contested=1')}`;
  let copied;
  for (let i = 0; i < 100 && copied !== introduced; i++) copied = await copyTarget(frame);
  assert.equal(copied, introduced);
  const before = await snapshot(page, iframe, frame);
  const heightsBefore = await page.evaluate(() => window.__heights.length);
  const all = payloads();
  // Wrong windows: another frame, and the host page itself.
  await ad.evaluate((ps) => ps.forEach((p) => parent.postMessage(p, '*')), all);
  await page.evaluate((ps) => ps.forEach((p) => window.postMessage(p, '*')), all);
  // The right window: junk only (a well-formed message is its own to send).
  await frame.evaluate((ps) => ps.forEach((p) => parent.postMessage(p, '*')), all.slice(0, 90));
  // Then a valid state message from the explorer's frame: once the host
  // script has written it, everything before it has been read.
  await frame.evaluate(() => parent.postMessage({ type: 'article-explorer:state', query: 'q=probe', host: true }, '*'));
  await page.waitForURL(`${url}#explorer-1=${encodeURIComponent('q=probe')}`);
  assert.deepEqual(await page.evaluate(() => window.__fragments), [`explorer-1=${encodeURIComponent('q=probe')}`],
    'the host script wrote the valid state and nothing else');
  const heights = await page.evaluate((n) => window.__heights.slice(n), heightsBefore);
  assert.ok(!heights.includes('333px'), `no forged height taken: ${heights}`);
  const after = await snapshot(page, iframe, frame);
  assert.deepEqual({ ...after, hostUrl: before.hostUrl }, before);
  assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
  assert.deepEqual(problems, [], 'no error logged');
});
