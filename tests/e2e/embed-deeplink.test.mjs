// Deep links through the host page: embed-host.js mirrors the reader's
// filters into the host page's URL fragment (replaceState, no new history
// entry), restores them on load, and "Copy link" in the frame copies the
// host page's link; an iframe can opt out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import {
  startSites, snippet, hostPage, explorerFrame, recordCopies, openPartyFacet, chooseFirstParty,
} from './embed-helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

test('a filter chosen in the frame is in the host URL, and reloading the host URL restores it', async (t) => {
  const sites = await startSites(t);
  const url = await sites.writeHost('story.html', snippet(sites.explorer, 'embed=1'));
  const { page, problems } = await hostPage(browser, t, sites.origins, { init: recordCopies });
  await page.goto(url);
  let { frame } = await explorerFrame(page);
  const entries = await page.evaluate(() => history.length);
  const { key, count } = await chooseFirstParty(frame);
  await page.waitForFunction((k) => location.hash.includes(`explorer-1=${encodeURIComponent(`party=${k}`)}`), key);
  assert.equal(await page.evaluate(() => history.length), entries, 'replaceState: no new history entry');
  const hostUrl = page.url();

  // "Copy link" in the frame copies the host page's link with the state.
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await frame.getByText('Link copied.').waitFor();
  assert.equal(await frame.evaluate(() => window.__copied), hostUrl);

  // The host URL, reloaded (as a reader who shares it would open it).
  await page.goto('about:blank');
  await page.goto(hostUrl);
  ({ frame } = await explorerFrame(page));
  await frame.locator('.result-count', { hasText: new RegExp(`^${count} result`) }).waitFor();
  await openPartyFacet(frame);
  assert.equal(await frame.locator(`#facet-party button[data-option="${key}"]`).getAttribute('aria-pressed'), 'true');
  assert.equal(await frame.locator('.notice').count(), 0);
  assert.equal(page.url(), hostUrl, 'the restored state is written back unchanged');
  assert.deepEqual(problems, []);
});

test('an iframe that opts out keeps the host URL as it is, and its "Copy link" copies the full explorer', async (t) => {
  const sites = await startSites(t);
  const markup = snippet(sites.explorer, 'embed=1', { attrs: 'data-explorer-deep-link="off"' });
  const url = await sites.writeHost('optout.html', markup);
  const { page, problems } = await hostPage(browser, t, sites.origins, { init: recordCopies });
  await page.goto(`${url}#explorer-1=${encodeURIComponent('contested=1')}`);
  const { frame } = await explorerFrame(page);
  const { key } = await chooseFirstParty(frame);
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await frame.getByText('Link copied.').waitFor();
  const copied = new URL(await frame.evaluate(() => window.__copied));
  assert.equal(copied.origin, sites.app.origin);
  assert.equal(copied.searchParams.get('party'), key);
  assert.equal(copied.searchParams.get('embed'), null, 'the full explorer, not the embed');
  assert.equal(copied.searchParams.get('contested'), null, 'nothing restored from the host');
  assert.equal(new URL(page.url()).hash, `#explorer-1=${encodeURIComponent('contested=1')}`, 'the host URL is untouched');
  assert.deepEqual(problems, []);
});

test('a host script that loads after the explorer started still restores and mirrors its state', async (t) => {
  const sites = await startSites(t);
  const iframeOnly = snippet(sites.explorer, 'embed=1', { hostScript: false });
  const url = await sites.writeHost('late.html', iframeOnly);
  const { page, problems } = await hostPage(browser, t, sites.origins);
  // The state of an earlier visit, in the host URL: the contested claims.
  await page.goto(`${url}#explorer-1=${encodeURIComponent('contested=1')}`);
  const { frame } = await explorerFrame(page);
  const contested = await frame.locator('.contested-toggle .count').textContent();
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, `${sites.explorer}embed-host.js`);
  await frame.locator('.result-count', { hasText: new RegExp(`^${contested} result`) }).waitFor();
  await frame.locator('.embed-filters > summary').click();
  await frame.getByRole('button', { name: /^Contested only/ }).click();
  await page.waitForFunction(() => location.hash === '#explorer-1=');
  assert.deepEqual(problems, []);
});
