// Shared set-up of the embed tests (tests/e2e/embed-*.test.mjs): the
// explorer served from one origin, host pages from another (as a newsroom's
// page embeds it), and the frame's height measured against its content.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/serve.mjs';
import { DIST, BASE, watchedPage } from './browser.mjs';

/** The explorer on one origin (under BASE) and host pages on another
 *  (under /news/, written by `writeHost`), the host with pym.js from npm. */
export async function startSites(t) {
  const pages = await mkdtemp(join(tmpdir(), 'explorer-hosts-'));
  await mkdir(join(pages, 'news'));
  const app = await serve({ mounts: [{ base: BASE, dir: DIST }] });
  const host = await serve({ mounts: [
    { base: '/news/', dir: join(pages, 'news') },
    { base: '/vendor/pym/', dir: 'node_modules/pym.js/dist' },
  ] });
  t.after(async () => {
    await app.close();
    await host.close();
    await rm(pages, { recursive: true, force: true });
  });
  const explorer = `${app.origin}${BASE}`;
  return {
    explorer,
    app,
    host,
    /** Both origins: what a host page with the explorer may request. */
    origins: [app.origin, host.origin],
    /** Writes /news/<name> on the host: an explainer's column around `body`. */
    async writeHost(name, body) {
      await writeFile(join(pages, 'news', name), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Explainer</title>
<link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.6 Georgia,serif}
main{max-width:680px;margin:0 auto} iframe{display:block}</style></head>
<body><main><h1>What each side claims</h1><p>The explainer's text.</p>${body}<p>The text goes on.</p></main></body></html>`);
      return `${host.origin}/news/${name}`;
    },
  };
}

/** The snippet's markup for an explorer state (as the builder writes it):
 *  `hostScript: false` leaves the host script out; `attrs` are added to the
 *  iframe. */
export function snippet(explorer, query, { hostScript = true, attrs = '' } = {}) {
  const src = `${explorer}?${query}`.replaceAll('&', '&amp;');
  const script = hostScript ? `\n<script src="${explorer}embed-host.js" async></script>` : '';
  return `<iframe ${attrs ? `${attrs} ` : ''}src="${src}" title="Article explorer" loading="lazy" allow="clipboard-write" height="720" style="width:100%;border:0"></iframe>${script}`;
}

/** A page (680 px wide unless `options` say otherwise) whose console
 *  problems and requests outside `origins` are recorded (`watchedPage`).
 *  `init` runs in every frame before its scripts. */
export async function hostPage(browser, t, origins, { init, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 680, height: 900 }, ...options });
  if (init) await context.addInitScript(init);
  t.after(() => context.close());
  const { page, problems } = await watchedPage(context, origins);
  return { page, context, problems };
}

/** Makes the explorer's "Copy" record what it copies in `window.__copied`
 *  (an init script: pass it as `init`). */
export function recordCopies() {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: (text) => { window.__copied = text; return Promise.resolve(); } },
  });
}

/** Where an embed's "Copy link" points (the one thing a host message
 *  changes): clicks it and waits for the copy (with `recordCopies`). */
export async function copyTarget(frame) {
  await frame.evaluate(() => { window.__copied = undefined; });
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await frame.waitForFunction(() => window.__copied !== undefined);
  return frame.evaluate(() => window.__copied);
}

/** Opens an embed's folded filter bar and its Party group. */
export async function openPartyFacet(frame) {
  await frame.locator('.embed-filters > summary').click();
  await frame.locator('#facet-party summary').click();
}

/** Chooses the first party an embed's filters offer; waits for its count
 *  of results and returns its key and count. */
export async function chooseFirstParty(frame) {
  await openPartyFacet(frame);
  const option = frame.locator('#facet-party button[data-option]').first();
  const key = await option.getAttribute('data-option');
  const count = await option.locator('.count').textContent();
  await option.click();
  await frame.locator('.result-count', { hasText: new RegExp(`^${count} result`) }).waitFor();
  return { key, count };
}

/** The explorer's frame in `page` once the app has rendered in it. */
export async function explorerFrame(page, selector = 'iframe') {
  const iframe = page.locator(selector).first();
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator('.app.embed').waitFor();
  return { iframe, frame };
}

/** Waits until the iframe's height equals its content's height (within
 *  `tolerance` px) and stays there; returns both. */
export async function settledHeight(page, iframe, frame, tolerance = 2) {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const outer = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height));
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    if (Math.abs(outer - content) <= tolerance && outer === last) return { outer, content };
    last = outer;
    // A poll: "settled" is a height that holds still, and nothing announces
    // the last resize.
    await page.waitForTimeout(100);
  }
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  assert.fail(`the iframe (${outer} px) did not settle on its content (${content} px)`);
}
