// The share card checked by real unfurlers (issue 30), for whichever build
// DIST_DIR and ARTICLE_DATA_DIR name: tests/e2e/share.test.mjs runs it on
// dist/, tests/e2e-fictional/share.test.mjs on the fictional build.
//
// The built dist/ has no site address (or another one), so the share step
// (scripts/share.mjs: `explorer share` and the tags in <head>) runs again
// on a copy of it with the test server's address: about a second, no wasm
// rebuilt. Then npm's unfurl.js (Open Graph, Twitter Cards, oEmbed
// discovery) and open-graph-scraper read the served page, as a chat app
// or a content system would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unfurl } from 'unfurl.js';
import ogs from 'open-graph-scraper';
import { serve } from '../../scripts/serve.mjs';
import { writeShare, SHARE_FILES } from '../../scripts/share.mjs';
import { BASE, DIST, DATA_DIR, launch, watchedPage, appReady, settled, datasetMeta, readDataset } from './browser.mjs';

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Registers the suite; returns what a caller may check further: the
 *  unfurlers' results and the served folder, once `before` has run. */
export function shareSuite() {
  const META = datasetMeta();
  const state = {};
  let dir, server, browser, dataset, site;
  before(async () => {
    dataset = await readDataset();
    dir = await mkdtemp(join(tmpdir(), 'explorer-share-'));
    await cp(DIST, dir, { recursive: true });
    server = await serve({ mounts: [{ base: BASE, dir }] });
    site = `${server.origin}${BASE}`;
    await writeShare(dir, { dataDir: DATA_DIR, siteUrl: site });
    browser = await launch();
    Object.assign(state, {
      dir,
      site,
      og: (await ogs({ url: site })).result,
      unfurled: await unfurl(site, { oembed: true, timeout: 10000 }),
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('open-graph-scraper reads the dataset\'s title, description, locale and an absolute image', () => {
    const { og } = state;
    assert.equal(og.success, true);
    assert.equal(og.ogTitle, dataset.article.title);
    assert.equal(og.ogDescription, META.description);
    assert.equal(og.ogType, 'website');
    assert.equal(og.ogLocale, META.language.replace('-', '_'), 'og:locale writes a region with an underscore');
    assert.equal(og.ogUrl, site);
    assert.equal(og.ogSiteName, dataset.article.short_name, 'the site name where the dataset gives one');
    assert.equal(og.ogImage.length, 1);
    assert.equal(og.ogImage[0].url, `${site}share.png`);
    assert.equal(String(og.ogImage[0].width), '1200');
    assert.equal(String(og.ogImage[0].height), '630');
    assert.equal(og.ogImage[0].type, 'image/png');
    assert.equal(og.twitterCard, 'summary_large_image');
    assert.ok(og.ogImage[0].alt.startsWith(`${dataset.article.title}.`), 'the image has alt text');
  });

  test('unfurl.js reads the same card and follows oEmbed discovery to an iframe of the explorer', async () => {
    const { unfurled } = state;
    assert.equal(unfurled.open_graph.title, dataset.article.title);
    assert.equal(unfurled.open_graph.description, META.description);
    assert.equal(unfurled.open_graph.images[0].url, `${site}share.png`);
    assert.equal(unfurled.twitter_card.card, 'summary_large_image');
    assert.equal(unfurled.canonical_url, site);
    const o = unfurled.oEmbed;
    assert.ok(o, 'the oEmbed link was discovered and fetched');
    assert.equal(o.type, 'rich');
    assert.equal(o.version, '1.0');
    assert.equal(o.title, dataset.article.title);
    assert.equal(o.provider_name, META.short_name);
    assert.equal(o.provider_url, site);
    assert.deepEqual([o.width, o.height], [680, 720]);
    assert.equal(o.thumbnails?.[0]?.url, `${site}share.png`);
    // The builder's defaults: the figures, light, titled from the data,
    // no mirroring into the host's address.
    const src = /^<iframe src="([^"]+)"/.exec(o.html)?.[1]?.replaceAll('&amp;', '&');
    assert.equal(src, `${site}?view=figures&embed=1&theme=light`, o.html);
    const title = `${META.short_name}: contested figures`.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    assert.ok(o.html.includes(` title="${title}" data-explorer-deep-link="off" `), o.html);
    assert.ok(o.html.includes(`<script src="${site}embed-host.js" async></script>`), o.html);
    // The frame is the explorer: its page is the built app's.
    const framed = await (await fetch(src)).text();
    assert.ok(framed.includes(`<title>${META.title.replaceAll('&', '&amp;')}</title>`), 'the app page');
  });

  test('the oEmbed html, pasted in a host page, shows the explorer in its frame', async (t) => {
    const hostDir = await mkdtemp(join(tmpdir(), 'explorer-share-host-'));
    await mkdir(join(hostDir, 'news'));
    await writeFile(join(hostDir, 'news', 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><main style="max-width:680px">${state.unfurled.oEmbed.html}</main></body></html>`);
    const host = await serve({ mounts: [{ base: '/news/', dir: join(hostDir, 'news') }] });
    const context = await browser.newContext({ viewport: { width: 680, height: 900 } });
    t.after(async () => {
      await context.close();
      await host.close();
      await rm(hostDir, { recursive: true, force: true });
    });
    const { page, problems } = await watchedPage(context, [host.origin, server.origin]);
    await page.goto(`${host.origin}/news/`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await frame.locator('h1').first().textContent(), dataset.article.title);
    assert.deepEqual(problems, []);
  });

  test('the image is served as a 1200 × 630 PNG', async () => {
    const res = await fetch(state.og.ogImage[0].url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.deepEqual(pngSize(Buffer.from(await res.arrayBuffer())), [1200, 630]);
  });

  test('the page never requests the share card, and the service worker does not precache it', async (t) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    t.after(() => context.close());
    const requested = [];
    context.on('request', (r) => requested.push(r.url()));
    const { page, problems } = await watchedPage(context, server.origin);
    await page.goto(site);
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await settled(page);
    const sw = await readFile(join(state.dir, 'sw.js'), 'utf8');
    for (const file of SHARE_FILES) {
      assert.ok(!requested.some((u) => u.endsWith(`/${file}`)), `${file} requested: ${requested.join('\n')}`);
      assert.ok(!sw.includes(`"${file}"`), `${file} in the precache list`);
    }
    assert.ok(requested.some((u) => u.endsWith('.wasm')), 'the watch saw the page\'s requests');
    assert.deepEqual(problems, []);
  });

  test('without a site address: only the tags valid without it, no oEmbed, and the step replaces its own tags', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'explorer-share-bare-'));
    try {
      await cp(state.dir, bare, { recursive: true });
      await writeShare(bare, { dataDir: DATA_DIR, siteUrl: undefined });
      await writeShare(bare, { dataDir: DATA_DIR, siteUrl: undefined });
      const html = await readFile(join(bare, 'index.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      assert.equal(head.split('property="og:title"').length, 2, 'one set of tags after two runs');
      for (const gone of ['og:image', 'og:url', 'rel="canonical"', 'json+oembed', 'summary_large_image']) {
        assert.ok(!head.includes(gone), `${gone} without a site address`);
      }
      assert.ok(head.includes('<meta name="twitter:card" content="summary" />'));
      await assert.rejects(readFile(join(bare, 'oembed.json')), { code: 'ENOENT' });
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  return state;
}
