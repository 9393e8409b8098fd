// The benchmark (README "Benchmark"; run through `bash scripts/bench.sh`,
// which builds what this reads). Serves dist/ (the app), target/bench-dist/
// (the app built on the synthetic 10,000-statement dataset) and a static page
// with the same article text from one server, measures them in Debian's
// chromium (playwright-core, the e2e tests' launch flags), prints a table,
// writes bench-results/results.md and results.json, and exits non-zero when
// a budget is missed.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_LOADS (startup
// loads per page and throttling, default 15), BENCH_REPS (interactions per
// kind, default 60), BENCH_SKIP_LIGHTHOUSE=1, BENCH_DIST, BENCH_SYNTH_DIST.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const DIST = process.env.BENCH_DIST ?? 'dist';
const SYNTH_DIST = process.env.BENCH_SYNTH_DIST ?? 'target/bench-dist';
const OUT = 'bench-results';
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const REPS = Number(process.env.BENCH_REPS ?? 60);
const MEMORY_INTERACTIONS = 1000;
// BENCH_ONLY=transfer,startup,interaction,memory,lighthouse runs a subset
// (budgets are then checked on what ran).
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const part = (name) => !ONLY || ONLY.has(name);
// Same flags as tests/e2e/browser.mjs, plus precise heap figures.
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const BUDGET = {
  gzipTotal: 200 * 1024,
  gzipAim: 150 * 1024,
  startupRatio: 1.5,
  articleMs: 16,
  scaleMs: 100,
  lighthouse: 95,
};

const log = (...a) => console.error('[bench]', ...a);
const median = (xs) => quantile(xs, 0.5);
const p95 = (xs) => quantile(xs, 0.95);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const kb = (b) => `${round(b / 1024, 1)} KB`;
const mb = (b) => `${round(b / 1024 / 1024, 2)} MiB`;

// ---------------------------------------------------------------- static page
/** The static comparison page: the article's text, as paragraphs, in an
 *  `article.article` styled by the app's own stylesheet. */
async function buildStaticPage(dir) {
  const template = await readFile('bench/static.html', 'utf8');
  const text = await readFile('data/article.txt', 'utf8');
  const dataset = JSON.parse(await readFile('data/dataset.json', 'utf8'));
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const heads = new Set(dataset.article.section_heads.map((h) => h.text));
  const blocks = text.split('\n\n').map((b) => b.trim()).filter(Boolean);
  const body = blocks.map((b) => (heads.has(b) ? `<h3>${esc(b)}</h3>` : `<p>${esc(b)}</p>`)).join('\n');
  const css = (await readdir(DIST)).find((f) => /^main-.*\.css$/.test(f));
  await mkdir(dir, { recursive: true });
  if (css) await copyFile(join(DIST, css), join(dir, 'main.css'));
  const html = template
    .replace('{{title}}', esc(dataset.article.title))
    .replace('{{article}}', body);
  await writeFile(join(dir, 'index.html'), html);
}

// ------------------------------------------------------------------- transfer
function sizeOf(body) {
  return {
    bytes: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every file the server sent on one fresh first load of the app (the page,
 *  its scripts, wasm, styles, icons, and what a service worker precaches). */
async function transfer(browser, origin, requested) {
  requested.clear();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/app/`);
  await page.locator('article.article p').first().waitFor();
  // Let a service worker install and precache.
  await page.waitForTimeout(3000);
  await context.close();
  const files = [...requested].filter((p) => p.startsWith('/app/')).map((p) => p.slice(5) || 'index.html');
  const rows = [];
  for (const file of [...new Set(files)].sort()) {
    const path = join(DIST, file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    rows.push({ file, ...sizeOf(await readFile(path)) });
  }
  const total = rows.reduce((t, r) => ({ file: 'total', bytes: t.bytes + r.bytes, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: 'total', bytes: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

// -------------------------------------------------------------------- startup
// Records when `article.article p` first exists and has been painted: the
// frame after it appears (rAF, then a task after that frame).
const PAINT_PROBE = () => {
  window.__bench = { painted: null, lcp: null };
  const check = () => {
    if (window.__bench.seen || !document.querySelector('article.article p')) return false;
    window.__bench.seen = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__bench.painted = performance.now(); }));
    return true;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__bench.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch { /* no LCP */ }
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
};

async function loadOnce(browser, url, throttle) {
  const context = await browser.newContext();
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => window.__bench?.painted, null, { timeout: 60000, polling: 50 });
  const painted = await handle.jsonValue();
  await context.close();
  return painted;
}

async function startup(browser, origin) {
  const out = {};
  for (const throttle of [1, 4]) {
    const app = [];
    const page = [];
    // Interleaved, so drift on a busy machine hits both alike.
    await loadOnce(browser, `${origin}/app/`, throttle); // warm-up (disk cache of the server)
    await loadOnce(browser, `${origin}/static/`, throttle);
    for (let i = 0; i < LOADS; i++) {
      app.push(await loadOnce(browser, `${origin}/app/`, throttle));
      page.push(await loadOnce(browser, `${origin}/static/`, throttle));
    }
    out[`${throttle}x`] = {
      app: round(median(app)), static: round(median(page)),
      ratio: round(median(app) / median(page), 2), loads: LOADS,
    };
    log(`startup ${throttle}x`, out[`${throttle}x`]);
  }
  return out;
}

// ---------------------------------------------------------------- interaction
/** Click or keystroke dispatched in the page at the start of a frame (in a
 *  requestAnimationFrame callback: Chromium aligns input with frames), timed
 *  from just before the event to the task after that frame's paint (a
 *  setTimeout queued in the callback runs once style, layout and paint of
 *  the frame are done). So the figure is the app's work plus the browser's
 *  rendering of the new results, without the wait for the next vsync. The
 *  result count is checked to have changed in that same frame. */
async function timeClick(page, selector) {
  return page.evaluate((sel) => new Promise((resolve) => requestAnimationFrame(() => {
    const button = document.querySelector(sel);
    const before = document.querySelector('.result-count')?.textContent;
    const pressed = button.getAttribute('aria-pressed');
    const t0 = performance.now();
    button.click();
    setTimeout(() => resolve({
      ms: performance.now() - t0,
      changed: document.querySelector('.result-count')?.textContent !== before
        || document.querySelector(sel)?.getAttribute('aria-pressed') !== pressed,
    }));
  })), selector);
}

async function timeKey(page, ch) {
  return page.evaluate((c) => new Promise((resolve) => requestAnimationFrame(() => {
    const input = document.querySelector('#search-input');
    const before = document.querySelector('.result-count')?.textContent;
    const t0 = performance.now();
    input.value = c === null ? '' : input.value + c;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: c === null ? 'deleteContentBackward' : 'insertText' }));
    setTimeout(() => resolve({
      ms: performance.now() - t0,
      changed: document.querySelector('.result-count')?.textContent !== before,
    }));
  })), ch);
}

async function optionSelectors(page, facets) {
  return page.evaluate((fs) => fs.flatMap((f) => [...document.querySelectorAll(`#facet-${f} button[data-option]`)]
    .slice(0, 6).map((b) => `#facet-${f} button[data-option="${b.dataset.option}"]`)), facets);
}

async function interactions(browser, url, words) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('article.article p').first().waitFor();
  await page.waitForTimeout(300);
  const selectors = await optionSelectors(page, ['party', 'kind', 'channel']);
  const filter = [];
  const stale = [];
  for (let i = 0; filter.length < REPS; i++) {
    const sel = selectors[Math.floor(i / 2) % selectors.length];
    // On then off: each click changes the results.
    const r = await timeClick(page, sel);
    if (!r.changed) stale.push(`click ${sel}`);
    filter.push(r.ms);
    await page.waitForTimeout(20);
  }
  const keys = [];
  for (let i = 0; keys.length < REPS; i++) {
    const word = words[i % words.length];
    for (const ch of word) {
      if (keys.length >= REPS) break;
      const r = await timeKey(page, ch);
      keys.push(r.ms);
      await page.waitForTimeout(20);
    }
    await timeKey(page, null); // clear, untimed
  }
  const counts = await page.locator('.result-count').textContent();
  await context.close();
  return {
    filter: { median: round(median(filter)), p95: round(p95(filter)), n: filter.length },
    keystroke: { median: round(median(keys)), p95: round(p95(keys)), n: keys.length },
    samples: { filter: filter.map((x) => round(x)), keystroke: keys.map((x) => round(x)) },
    lastCount: counts,
    // Clicks whose results were not on screen in the frame measured.
    stale: stale.length,
  };
}

// --------------------------------------------------------------------- memory
async function memory(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(PAINT_PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.locator('article.article p').first().waitFor();
  await page.waitForTimeout(500);
  const read = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null);
    return { jsHeap: usedSize, wasm };
  };
  const atLoad = await read();
  const selectors = await optionSelectors(page, ['party', 'kind', 'channel', 'person']);
  const word = 'ceasefire';
  await page.evaluate(async ({ selectors, word, n }) => {
    const input = document.querySelector('#search-input');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) {
        document.querySelector(selectors[(i / 2) % selectors.length]).click();
      } else {
        const k = ((i - 1) / 2) % (word.length + 1);
        input.value = k === word.length ? '' : word.slice(0, k + 1);
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
      await frame();
    }
  }, { selectors, word, n: MEMORY_INTERACTIONS });
  // Back to the start state (the selected options off, the search empty).
  await page.waitForTimeout(300);
  const after = await read();
  await context.close();
  return { atLoad, after, interactions: MEMORY_INTERACTIONS };
}

// ----------------------------------------------------------------- lighthouse
async function lighthouse(url) {
  const bin = 'node_modules/.bin/lighthouse';
  const outPath = join(OUT, 'lighthouse.json');
  const args = [url, '--output=json', `--output-path=${outPath}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${FLAGS.join(' ')}`];
  const code = await new Promise((ok) => {
    const p = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: CHROME } });
    p.on('exit', ok);
  });
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  const report = JSON.parse(await readFile(outPath, 'utf8'));
  const scores = {};
  const failing = [];
  for (const [id, cat] of Object.entries(report.categories)) {
    scores[id] = Math.round(cat.score * 100);
    for (const ref of cat.auditRefs) {
      const a = report.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push(`${id}: ${a.id} (${a.score}) ${a.title}`);
    }
  }
  const metrics = {};
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    metrics[id] = report.audits[id]?.displayValue;
  }
  return { scores, failing, metrics };
}

// ---------------------------------------------------------------- criterion
async function criterion() {
  const root = 'target/criterion/query';
  const out = [];
  for (const name of await readdir(root).catch(() => [])) {
    for (const n of await readdir(join(root, name)).catch(() => [])) {
      const file = join(root, name, n, 'new', 'estimates.json');
      const est = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
      if (est) out.push({ bench: name, statements: Number(n), median_ms: est.median.point_estimate / 1e6 });
    }
  }
  out.sort((a, b) => a.statements - b.statements || a.bench.localeCompare(b.bench));
  return out;
}

// --------------------------------------------------------------------- report
function markdown(r) {
  const L = [];
  const ok = (b) => (b ? 'ok' : '**MISSED**');
  L.push('# Benchmark results', '', `${r.date}, ${r.chromium}, ${r.cpus} CPUs`, '');
  if (r.transfer) L.push('## Transfer (files served on first load of dist/)', '', '| file | bytes | gzip | brotli |', '|---|--:|--:|--:|');
  for (const f of r.transfer ? [...r.transfer.rows, r.transfer.total] : []) L.push(`| ${f.file} | ${f.bytes} | ${f.gzip} | ${f.brotli} |`);
  L.push('');
  if (r.startup) {
    L.push('## Startup (ms from navigation to the article text painted; median)', '',
      '| CPU | app | static page | ratio |', '|---|--:|--:|--:|');
    for (const [k, v] of Object.entries(r.startup)) L.push(`| ${k} | ${v.app} | ${v.static} | ${v.ratio} |`);
    L.push('', `${r.startup['1x'].loads} loads of each page per CPU setting, interleaved.`, '');
  }
  L.push('## Interaction (ms from event to the next paint)', '',
    '| dataset | action | median | p95 | n |', '|---|---|--:|--:|--:|');
  for (const [name, v] of Object.entries(r.interaction)) {
    L.push(`| ${name} | filter click | ${v.filter.median} | ${v.filter.p95} | ${v.filter.n} |`);
    L.push(`| ${name} | search keystroke | ${v.keystroke.median} | ${v.keystroke.p95} | ${v.keystroke.n} |`);
  }
  L.push('');
  L.push('## Native query engine (criterion, median ms)', '', '| bench | statements | median ms |', '|---|--:|--:|');
  for (const c of r.criterion) L.push(`| ${c.bench} | ${c.statements} | ${round(c.median_ms, 3)} |`);
  L.push('');
  const m = r.memory;
  if (m) {
    L.push('## Memory (article app, after GC)', '', '| | after load | after 1,000 interactions |', '|---|--:|--:|',
      `| JS heap | ${mb(m.atLoad.jsHeap)} | ${mb(m.after.jsHeap)} |`,
      `| wasm memory | ${mb(m.atLoad.wasm)} | ${mb(m.after.wasm)} |`, '');
  }
  if (r.lighthouse) {
    L.push('## Lighthouse (mobile, simulated throttling)', '', '| category | score |', '|---|--:|');
    for (const [k, v] of Object.entries(r.lighthouse.scores)) L.push(`| ${k} | ${v} |`);
    L.push('', `Metrics: ${Object.entries(r.lighthouse.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (r.lighthouse.failing.length) L.push('', 'Audits below full score:', ...r.lighthouse.failing.map((f) => `- ${f}`));
    L.push('');
  }
  L.push('## Budgets', '', '| budget | limit | measured | |', '|---|---|---|---|');
  for (const b of r.budgets) L.push(`| ${b.name} | ${b.limit} | ${b.measured} | ${ok(b.ok)} |`);
  L.push('');
  return L.join('\n');
}

function budgets(r) {
  const out = [];
  const add = (name, limit, measured, ok) => out.push({ name, limit, measured, ok });
  if (r.transfer) add('gzip total, first load', `≤ ${kb(BUDGET.gzipTotal)} (aim ${kb(BUDGET.gzipAim)})`, kb(r.transfer.total.gzip), r.transfer.total.gzip <= BUDGET.gzipTotal);
  for (const [k, v] of Object.entries(r.startup ?? {})) add(`startup ratio, ${k} CPU`, `≤ ${BUDGET.startupRatio}`, String(v.ratio), v.ratio <= BUDGET.startupRatio);
  for (const [name, v] of Object.entries(r.interaction)) {
    const limit = name === 'article' ? BUDGET.articleMs : BUDGET.scaleMs;
    add(`${name}: filter to paint (p95)`, `≤ ${limit} ms`, `${v.filter.p95} ms`, v.filter.p95 <= limit);
    add(`${name}: keystroke to paint (p95)`, `≤ ${limit} ms`, `${v.keystroke.p95} ms`, v.keystroke.p95 <= limit);
  }
  const m = r.memory;
  const grew = (a, b) => b > a * 1.25 + 1024 * 1024;
  if (m) add('JS heap growth, 1,000 interactions', '≤ 25% + 1 MiB', `${mb(m.atLoad.jsHeap)} → ${mb(m.after.jsHeap)}`, !grew(m.atLoad.jsHeap, m.after.jsHeap));
  if (m) add('wasm memory growth, 1,000 interactions', '≤ 25% + 1 MiB', `${mb(m.atLoad.wasm)} → ${mb(m.after.wasm)}`, !grew(m.atLoad.wasm, m.after.wasm));
  if (r.lighthouse) {
    for (const [k, v] of Object.entries(r.lighthouse.scores)) add(`Lighthouse ${k}`, `≥ ${BUDGET.lighthouse}`, String(v), v >= BUDGET.lighthouse);
  }
  return out;
}

// ----------------------------------------------------------------------- main
async function main() {
  await mkdir(OUT, { recursive: true });
  const staticDir = join(OUT, 'static');
  await buildStaticPage(staticDir);
  const mounts = [{ base: '/app/', dir: DIST }, { base: '/static/', dir: staticDir }];
  const haveSynth = await stat(join(SYNTH_DIST, 'index.html')).then(() => true, () => false);
  if (haveSynth) mounts.push({ base: '/synth/', dir: SYNTH_DIST });
  const server = await serve({ mounts });
  const requested = new Set();
  server.server.prependListener('request', (req) => requested.add(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  const { origin } = server;
  const browser = await chromium.launch({ executablePath: CHROME, args: [...FLAGS, '--enable-precise-memory-info'] });
  const r = { date: new Date().toISOString(), chromium: browser.version(), cpus: (await import('node:os')).cpus().length };
  try {
    if (part('transfer')) {
      log('transfer');
      r.transfer = await transfer(browser, origin, requested);
    }
    if (part('startup')) {
      log('startup');
      r.startup = await startup(browser, origin);
    }
    r.interaction = {};
    if (part('interaction')) {
      log('interaction: article');
      r.interaction.article = await interactions(browser, `${origin}/app/`, ['border', 'open war', 'casualties', 'de-escalation']);
    }
    if (part('interaction') && haveSynth) {
      log('interaction: synthetic 10,000 statements');
      r.interaction['10,000 statements'] = await interactions(browser, `${origin}/synth/`, ['ceasefire', 'border talks', 'refugees']);
    } else if (!haveSynth) {
      log(`no ${SYNTH_DIST}/: scale figures skipped (scripts/bench.sh builds it)`);
    }
    if (part('memory')) {
      log('memory');
      r.memory = await memory(browser, `${origin}/app/`);
    }
  } finally {
    await browser.close();
  }
  if (part('lighthouse') && process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
    log('lighthouse');
    try {
      r.lighthouse = await lighthouse(`${origin}/app/`);
    } catch (e) {
      log(`lighthouse failed: ${e.message}`);
      r.lighthouse = { scores: { lighthouse: 0 }, failing: [String(e.message)], metrics: {} };
    }
  }
  await server.close();
  r.criterion = await criterion();
  r.budgets = budgets(r);
  const md = markdown(r);
  await writeFile(join(OUT, 'results.md'), md);
  await writeFile(join(OUT, 'results.json'), JSON.stringify(r, null, 2));
  console.log(md);
  const missed = r.budgets.filter((b) => !b.ok);
  if (missed.length) {
    console.error(`\n${missed.length} budget(s) missed: ${missed.map((b) => b.name).join('; ')}`);
    process.exit(1);
  }
  console.error('\nevery budget holds');
}

await main();
