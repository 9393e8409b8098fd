// A newsroom page that already runs pym.js (npm pym.js, the real library,
// served from node_modules) sizes the explorer with no script of ours: the
// explorer speaks pym's child height message when pym gives it a childId,
// and takes pym's added parameters without a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { startSites, hostPage, explorerFrame, settledHeight } from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

for (const width of [680, 375]) {
  test(`a pym.js host page sizes the explorer to its content at ${width} px`, async (t) => {
    const sites = await startSites(t);
    const url = await sites.writeHost('pym.html', `<div id="explorer"></div>
<script src="/vendor/pym/pym.v1.js"></script>
<script>window.pymParent = new pym.Parent('explorer', ${JSON.stringify(`${sites.explorer}?embed=1`)}, { title: 'Article explorer' });</script>`);
    const { page, problems } = await hostPage(browser, t, sites.origins, { viewport: { width, height: 900 } });
    await page.goto(url);
    assert.equal(await page.evaluate(() => typeof window.pym), 'object', 'pym.js runs on the host');
    const { iframe, frame } = await explorerFrame(page, '#explorer iframe');
    // pym added its parameters to the frame's address.
    const src = await iframe.getAttribute('src');
    for (const p of ['initialWidth=', 'childId=explorer', 'parentTitle=', 'parentUrl=']) assert.ok(src.includes(p), `${p} in ${src}`);
    const { outer, content } = await settledHeight(page, iframe, frame, 40);
    assert.ok(outer > 300, `sized past pym's default 150 px: ${outer}`);
    assert.ok(Math.abs(outer - content) <= 40, `iframe ${outer} px, content ${content} px`);
    assert.equal(await frame.locator('.notice').count(), 0, 'no notice about pym\'s parameters');
    // It follows the content as it changes.
    await frame.locator('.show-more').click();
    await page.waitForFunction((before) => document.querySelector('#explorer iframe').getBoundingClientRect().height > before + 100, outer);
    const grown = await settledHeight(page, iframe, frame, 40);
    console.log(`# pym.js at ${width} px: ${outer} px (content ${content}), ${grown.outer} px after "Show more"`);
    assert.deepEqual(problems, []);
  });
}
