// Bad input, faults and accessibility: whatever the URL or the search box
// says, whatever goes wrong, the reader never sees a blank page or a broken
// state, and every view passes axe-core in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../../scripts/serve.mjs';
import { launch, startServer, watchedPage, appReady, settled, sideways, BASE, SHOTS } from './browser.mjs';

const DEBUG_DIST = process.env.DEBUG_DIST ?? 'target/dist-debug';
let browser, server;
before(async () => {
  server = await startServer([{ base: '/debug/explorer/', dir: DEBUG_DIST }]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t, path, options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  t.after(() => ctx.close());
  const watched = await watchedPage(ctx, server.origin);
  await watched.page.goto(`${server.origin}${path}`);
  return watched;
}

// A small seeded generator, so a failure can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Chooses the first party the (open) Party facet offers and returns its
 *  count: what choosing it shows, read from the app, not typed here. */
async function chooseFirstParty(page) {
  const option = page.locator('#facet-party button[data-option]').first();
  const count = await option.locator('.count').textContent();
  await option.click();
  return { count };
}

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Eevil\u202C', 'مرحبا بالعالم', 'שלום', '😀🇵🇰𝕏𐍈', '\u0000\u0001\u001F\u007F\u0085',
  'de\u2011escalation', '“open war”', 'Çağrı', '\uFEFF', ' ', '%', '%%', '%ZZ', '%E0%A4%A', '%C3%28', '%00',
];
const KEYS = ['party', 'person', 'kind', 'channel', 'unit', 'contested', 'q', 'sel', 'view', 'embed'];
const VALID = { party: ['iran', 'russia', 'pakistan'], kind: ['offer', 'claim'], unit: ['killed'], view: ['figures'], contested: ['1'] };

/** One query string with at least one part the app must ignore. */
function junkQuery(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const enc = (s) => (r() < 0.3 ? s : encodeURIComponent(s));
  const parts = [];
  const family = Math.floor(r() * 6);
  switch (family) {
    case 0: parts.push(`${pick(['zz', 'x', '__proto__', 'constructor', 'QQ', 'party[]', ''])}=${enc(pick(PAYLOADS))}`); break;
    case 1: parts.push(`${pick(['party', 'person', 'kind', 'channel', 'unit'])}=${enc(pick(PAYLOADS))}`); break;
    case 2: parts.push(`view=${enc(pick(PAYLOADS))}`, `view=${enc(pick(PAYLOADS))}`); break;
    case 3: parts.push(`contested=${enc(pick(PAYLOADS))}x`); break;
    case 4: parts.push(`sel=${enc(pick(PAYLOADS))}`); break;
    default: parts.push(`q=${'a'.repeat(100 * 1024)}`, `party=${'b'.repeat(100 * 1024)}`); break;
  }
  for (let n = Math.floor(r() * 4); n > 0; n--) {
    const key = pick(KEYS);
    parts.push(`${key}=${VALID[key] && r() < 0.5 ? pick(VALID[key]) : enc(pick(PAYLOADS))}`);
  }
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [parts[i], parts[j]] = [parts[j], parts[i]];
  }
  return parts.join(r() < 0.1 ? '&&' : '&');
}

const injected = () =>
  document.querySelectorAll('img, iframe, svg[onload], [onerror], [onload], script:not([src]):not([type="application/ld+json"]), a[href^="javascript:"]').length;

test('1,000 generated junk query strings: always renders, notices, runs nothing', async (t) => {
  const { page, problems } = await open(t, BASE);
  await appReady(page);
  const r = rng(20261128);
  const queries = Array.from({ length: 1000 }, () => junkQuery(r));
  // Most go through history (the app re-reads the URL on popstate) ...
  const failures = [];
  for (let i = 0; i < queries.length; i += 50) {
    const batch = queries.slice(i, i + 50);
    failures.push(...(await page.evaluate(async ({ batch, base, injectedSrc }) => {
      const injected = new Function(`return (${injectedSrc})()`);
      const bad = [];
      for (const q of batch) {
        history.replaceState(null, '', `${base}?${q}`);
        dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((ok) => setTimeout(ok, 0));
        const ok = document.querySelector('h1') && document.querySelector('.result-count')
          && document.querySelector('.notice') && !window.__pwned && injected() === 0;
        if (!ok) bad.push(q.slice(0, 200));
      }
      return bad;
    }, { batch, base: BASE, injectedSrc: injected.toString() })));
  }
  assert.deepEqual(failures, [], 'every junk query renders the app with a notice and nothing injected');
  // ... and some as full page loads, the 100 KB values among them.
  for (const q of queries.filter((_, i) => i % 40 === 0).concat(queries.filter((q) => q.length > 100000).slice(0, 3))) {
    await page.goto(`${server.origin}${BASE}?${q}`);
    await appReady(page);
    await page.locator('.notice').waitFor();
    assert.equal(await page.evaluate(injected), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }
  assert.deepEqual(problems, []);
  console.log(`# tried ${queries.length} junk query strings (${queries.filter((q) => q.length > 100000).length} with 100 KB values)`);
});

test('the same payloads typed into the search box are only text', async (t) => {
  const { page, problems } = await open(t, BASE);
  await appReady(page);
  const box = page.getByLabel('Search statements and figures');
  const r = rng(7);
  const inputs = [...PAYLOADS, ...Array.from({ length: 80 }, () => PAYLOADS[Math.floor(r() * PAYLOADS.length)] + ' ' + PAYLOADS[Math.floor(r() * PAYLOADS.length)]), 'x'.repeat(100 * 1024)];
  for (const text of inputs) {
    await box.fill(text);
    await page.locator('.result-count').waitFor();
    await settled(page);
    assert.equal(await page.evaluate(injected), 0, text);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }
  // The box's maxlength stops typing past the cap; the app caps in code too,
  // what a script sets (or a browser that ignores maxlength pastes).
  const max = Number(await box.getAttribute('maxlength'));
  assert.ok(max > 0, 'the box has a maxlength');
  // Cleared first, so the wait below sees this input's effect, not the
  // last payload's (100 KB of x, already capped in the URL).
  await box.fill('');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
  const long = 'y'.repeat(max * 3);
  await box.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, long);
  await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
  assert.equal(new URL(page.url()).searchParams.get('q'), long.slice(0, max), 'the search is capped at maxlength');
  for (const text of ['\u202Eevil', '😀𝕏', 'مرحبا', '<b>bold</b>']) {
    await box.fill('');
    await box.pressSequentially(text);
    await page.locator('.result-count').waitFor();
    await settled(page);
    assert.equal(await page.locator('mark b, .row b').count(), 0);
  }
  await box.fill('war');
  await page.locator('.result-count', { hasText: /^[1-9]\d* results?/ }).waitFor();
  assert.deepEqual(problems, []);
  console.log(`# typed ${inputs.length + 4} search inputs`);
});

test('a panic shows a readable error panel with a reload link (debug build only)', async (t) => {
  const { page, problems } = await open(t, '/debug/explorer/?fault=panic');
  const panel = page.getByRole('alert');
  await panel.waitFor();
  assert.match(await panel.textContent(), /Something went wrong/);
  const reload = panel.getByRole('link', { name: 'Reload' });
  assert.match(await reload.getAttribute('href'), /fault=panic/);
  await page.screenshot({ path: `${SHOTS}/error-panel.png` });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], `error panel, ${scheme}`);
  }
  // The panic is reported, and nothing else went wrong.
  const unexpected = problems.filter((p) => !/fault injected|unreachable|RuntimeError/.test(p));
  assert.deepEqual(unexpected, []);
  assert.ok(problems.some((p) => p.includes('fault injected')), 'the panic is logged');
});

test('the release build has no fault trigger', async (t) => {
  const { page, problems } = await open(t, `${BASE}?fault=panic`);
  await appReady(page);
  assert.match(await page.locator('.notice').textContent(), /fault/);
  assert.equal(await page.locator('#error-panel').count(), 0);
  assert.deepEqual(problems, []);
});

test('a service worker that fails to install leaves the online app working', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'explorer-badsw-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp('dist', dir, { recursive: true });
  await writeFile(join(dir, 'sw.js'), 'self.addEventListener("install", () => { throw new Error("broken"); }); this is not javascript(');
  const bad = await serve({ mounts: [{ base: BASE, dir }] });
  t.after(() => bad.close());
  const ctx = await browser.newContext();
  t.after(() => ctx.close());
  const { page, problems } = await watchedPage(ctx, bad.origin);
  await page.goto(`${bad.origin}${BASE}`);
  await appReady(page);
  const { count } = await chooseFirstParty(page);
  await page.locator('.result-count', { hasText: new RegExp(`^${count} results?`) }).waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.deepEqual(problems.filter((p) => !/sw\.js|ServiceWorker/i.test(p)), []);
});

const VIEWS = [
  ['main', `${BASE}`],
  ['figures comparison', `${BASE}?view=figures`],
  ['embed', `${BASE}?embed=1&contested=1`],
  ['empty state', `${BASE}?q=nothing-matches-this`],
  ['selection and notice', `${BASE}?sel=f-tarar-133-killed&junk=1`],
];

test('axe-core finds no violation on any view, light and dark', async (t) => {
  let audited = 0;
  for (const scheme of ['light', 'dark']) {
    for (const [name, path] of VIEWS) {
      const { page, problems } = await open(t, path, { colorScheme: scheme });
      // An embed folds its article (tests/e2e/embed-views.test.mjs).
      await (path.includes('embed=1') ? page.locator('.app.embed .result-count').waitFor() : appReady(page));
      const axe = await new AxeBuilder({ page }).analyze();
      const found = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(found, [], `${name}, ${scheme}`);
      assert.deepEqual(problems, []);
      if (scheme === 'dark' && name === 'main') await page.screenshot({ path: `${SHOTS}/dark.png` });
      audited++;
    }
  }
  console.log(`# axe-core audited ${audited} view/theme pairs (plus the error panel, light and dark)`);
});

test('at 200% zoom the app reflows without horizontal scroll and stays usable', async (t) => {
  // 200% zoom of a 1280 x 900 window: a 640 x 450 CSS-pixel viewport at 2x.
  const { page, problems } = await open(t, BASE, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  await appReady(page);
  const overflow = await sideways(page);
  assert.equal(overflow, 0);
  // At this width the filters are a sheet behind "Filters".
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.locator('#facet-party summary').click();
  const { count } = await chooseFirstParty(page);
  await page.getByRole('button', { name: new RegExp(`^Show ${count} results?$`) }).click();
  await page.locator('.result-count', { hasText: new RegExp(`^${count} results?`) }).waitFor();
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${SHOTS}/zoom-200.png` });
  assert.deepEqual(problems, []);
});

test('with reduced motion, "Show in article" puts the passage in view at once', async (t) => {
  const { page, problems } = await open(t, BASE, { reducedMotion: 'reduce' });
  await appReady(page);
  // Chosen in the page, then every frame sampled: where the article pane and
  // the window are scrolled, whether the passage has focus and is in view.
  const frames = await page.evaluate(() => new Promise((done) => {
    const row = [...document.querySelectorAll('li.row:not([hidden])')].find((r) => r.textContent.includes('We urge both sides'));
    const link = [...row.querySelectorAll('a')].find((a) => /Show in article/.test(a.textContent));
    const pane = document.querySelector('.article-pane');
    // Wholly in the visible part of the pane, and near its middle (the app
    // asks for block: center).
    const inView = (el) => {
      const r = el.getBoundingClientRect();
      const p = pane.getBoundingClientRect();
      const [top, bottom] = [Math.max(0, p.top), Math.min(innerHeight, p.bottom)];
      const middle = Math.abs((r.top + r.bottom) / 2 - (top + bottom) / 2) < (bottom - top) / 4;
      return r.top >= top && r.bottom <= bottom && middle;
    };
    const out = [{ before: true, pane: pane.scrollTop, window: scrollY }];
    const sample = () => {
      const focused = document.activeElement?.matches('article a.marker.selected') ?? false;
      out.push({ focused, pane: pane.scrollTop, window: scrollY, inView: focused && inView(document.activeElement) });
      if (out.length > 30) done(out);
      else requestAnimationFrame(sample);
    };
    link.click();
    sample();
  }));
  const at = frames.findIndex((f) => f.focused);
  assert.ok(at > 0 && at <= 3, `focus moves within a frame or two of the click (frame ${at})`);
  assert.ok(frames[at].pane !== frames[0].pane || frames[at].window !== frames[0].window, 'the click scrolled');
  // From the frame focus moves on, the passage is in view and nothing moves:
  // no smooth scroll is under way.
  for (const f of frames.slice(at)) {
    assert.deepEqual({ pane: f.pane, window: f.window, inView: f.inView }, { pane: frames[at].pane, window: frames[at].window, inView: true },
      `frames after the click: ${JSON.stringify(frames.slice(at, at + 6))}`);
  }
  assert.deepEqual(problems, []);
});
