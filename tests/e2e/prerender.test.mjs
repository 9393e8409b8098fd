// One source of markup: the masthead and article that index.html shows
// before the wasm starts (rendered natively by Yew's server renderer) must
// equal what the app renders, element for element, or the swap would shift
// the layout. Runs against the built dist/ under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, watchedPage, appReady, settled, BASE } from './browser.mjs';

let browser, server;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The markup under `selector`, attributes sorted (the server renderer and
 *  the DOM order them differently), with the text as it is. */
function normalised(page, selector) {
  return page.locator(selector).first().evaluate((root) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
    };
    return walk(root);
  });
}

test('the prerendered masthead and article equal the app’s first render', async (t) => {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const live = await browser.newContext();
  t.after(async () => {
    await still.close();
    await live.close();
  });
  const before = await still.newPage();
  await before.goto(`${server.origin}${BASE}`);
  const prerendered = {
    masthead: await normalised(before, '#prerender .masthead'),
    article: await normalised(before, '#prerender article.article'),
  };
  assert.ok(prerendered.article.includes('class="hl"'), 'the prerender carries the default highlights');

  const { page, problems } = await watchedPage(live, server.origin);
  await page.goto(`${server.origin}${BASE}`);
  await appReady(page);
  await settled(page);
  assert.equal(await page.locator('#prerender').count(), 0, 'the prerender is gone once the app runs');
  assert.equal(await normalised(page, '.masthead'), prerendered.masthead);
  assert.equal(await normalised(page, 'article.article'), prerendered.article);
  assert.deepEqual(problems, []);
});
