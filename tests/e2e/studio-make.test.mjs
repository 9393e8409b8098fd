// The studio makes an explorer by clicks and keys alone (issue 28's "Done
// when"): from pasting data/fictional/article.txt to a downloaded
// dataset.json that the CLI's `check` passes and whose items equal
// data/fictional/dataset.json, order aside. Every passage is selected by
// dragging the mouse over its words; every field is typed, clicked or
// chosen in its form. The clicks and keystrokes are counted and printed.
// Mid-way the page is reloaded, and nothing is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, watchedPage, BASE, SHOTS } from './browser.mjs';

const FOLDER = 'data/fictional';
// The order a person makes items in: what a field refers to first.
const ORDER = [
  ['sides', 'side'], ['parties', 'party'], ['people', 'person'], ['places', 'place'], ['times', 'time'],
  ['statements', 'statement'], ['figures', 'figure'], ['relations', 'relation'], ['non_claims', 'non-claim'],
  ['ordinary_capitals', 'ordinary capital'], ['scare_quotes', 'scare quote'], ['corrections', 'correction'],
];
const SPAN_FIELDS = new Set(['span', 'caveat']);
const SPANS_FIELDS = new Set(['spans', 'aliases', 'section_heads']);

let browser, server, article, wanted;
before(async () => {
  article = await readFile(`${FOLDER}/article.txt`, 'utf8');
  wanted = JSON.parse(await readFile(`${FOLDER}/dataset.json`, 'utf8'));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Where a span's words are in the article (UTF-16 offsets), as `check` resolves them. */
function located(span) {
  const { quote, prefix = '', suffix = '' } = span;
  const found = [];
  for (let i = article.indexOf(quote); i >= 0; i = article.indexOf(quote, i + 1)) {
    if (article.slice(0, i).endsWith(prefix) && article.slice(i + quote.length).startsWith(suffix)) found.push(i);
  }
  const word = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const whole = found.filter((i) => !(word(article[i - 1]) && word(quote[0])) && !(word(article[i + quote.length]) && word(quote.at(-1))));
  const chosen = whole.length ? whole : found;
  assert.equal(chosen.length, 1, `one passage for ${JSON.stringify(span)}`);
  return [chosen[0], chosen[0] + quote.length];
}

/** A person at the studio, with the count of what they did. */
function author(page) {
  const done = { clicks: 0, keys: 0, scrolls: 0 };
  const click = async (locator, options) => { await locator.click(options); done.clicks += 1; };
  const type = async (locator, text) => {
    await click(locator);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
    done.keys += 2 + [...text].length;
  };
  /** Drags the mouse over the words at [start, end) of the article's text. */
  const select = async ([start, end]) => {
    const box = page.locator('#annotate-text');
    const where = () => box.evaluate((el, [s, e]) => {
      const point = (at) => {
        let left = at;
        for (const child of el.childNodes) {
          const node = child.nodeType === Node.TEXT_NODE ? child : child.firstChild;
          const len = node.textContent.length;
          if (left < len) return [node, left];
          left -= len;
        }
        return null;
      };
      const rect = (at) => {
        const [node, off] = point(at);
        const r = document.createRange();
        r.setStart(node, off);
        r.setEnd(node, off + 1);
        return r.getClientRects()[0] ?? r.getBoundingClientRect();
      };
      const a = rect(s), b = rect(e - 1), frame = el.getBoundingClientRect();
      return { a: [a.left + 1, a.top + a.height / 2], b: [b.right - 1, b.top + b.height / 2], top: Math.max(frame.top, 0), bottom: Math.min(frame.bottom, innerHeight) };
    }, [start, end]);
    let at = await where();
    // Scroll the text (a wheel over it) until both ends are in view.
    // (A drag near the window's edge would scroll it: keep clear of it.)
    for (let tries = 0; (at.a[1] < at.top + 60 || at.b[1] > at.bottom - 60) && tries < 20; tries += 1) {
      await page.mouse.move((at.a[0] + at.b[0]) / 2, (at.top + at.bottom) / 2);
      const dy = at.a[1] < at.top + 60 ? at.a[1] - at.top - 120 : at.b[1] - at.bottom + 120;
      await page.mouse.wheel(0, dy);
      done.scrolls += 1;
      await page.waitForTimeout(50);
      at = await where();
    }
    await page.mouse.move(...at.a);
    await page.mouse.down();
    await page.mouse.move(...at.b, { steps: 4 });
    await page.mouse.up();
    done.clicks += 1;
    const words = article.slice(start, end).trim();
    try {
      await page.locator('.new-items .selected q').filter({ hasText: words.slice(0, 40) }).first().waitFor({ timeout: 5000 });
    } catch (e) {
      await page.screenshot({ path: `${SHOTS}/studio-make-failed-select.png` });
      const dom = await page.evaluate(() => String(getSelection()));
      throw new Error(`selecting ${JSON.stringify(words)} at ${JSON.stringify(at)} selected ${JSON.stringify(await page.locator('.new-items .selected').textContent())}; the page selects ${JSON.stringify(dom)}; now ${JSON.stringify(await where())}`);
    }
  };
  /** Clicks where no words are, which leaves nothing selected. */
  const deselect = async () => {
    await click(page.locator('#annotate-text'), { position: { x: 3, y: 3 } });
    await page.locator('.new-items .selected q').waitFor({ state: 'detached' });
  };
  return { done, click, type, select, deselect };
}

/** Fills in one object's form from the item it should become. */
async function fill(page, who, item, made) {
  const form = page.locator('form.item-form');
  for (const [field, value] of Object.entries(item)) {
    if (field === '$schema' || value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (JSON.stringify(made[field]) === JSON.stringify(value)) continue;
    if (SPAN_FIELDS.has(field) && made[field] && `${located(made[field])}` === `${located(value)}`) continue;
    const control = form.locator(`#f-${field}`);
    if (SPAN_FIELDS.has(field)) {
      await who.select(located(value));
      await who.click(control.getByRole('button', { name: 'Use the selected words' }));
    } else if (SPANS_FIELDS.has(field)) {
      const had = (made[field] ?? []).map((s) => JSON.stringify(located(s)));
      for (const span of value.filter((s) => !had.includes(JSON.stringify(located(s))))) {
        await who.select(located(span));
        await who.click(form.locator('.span-field').getByRole('button', { name: 'Add the selected words' }));
      }
    } else if (typeof value === 'boolean') {
      if ((await control.isChecked()) !== value) await who.click(control);
    } else if (await control.evaluate((el) => el.tagName) === 'FIELDSET') {
      for (const v of [value].flat()) {
        const radio = control.locator(`input[value="${v}"]`);
        const box = control.locator('label.choice').filter({ has: page.locator('.choice-value', { hasText: new RegExp(`^${v}$`) }) }).locator('input');
        await who.click((await radio.count()) ? radio : box);
      }
    } else if (await control.evaluate((el) => el.tagName) === 'SELECT') {
      await control.selectOption(value);
      who.done.clicks += 2; // open the list, choose
    } else {
      await who.type(control, Array.isArray(value) ? value.join('\n') : String(value));
    }
  }
}

/** The object the form shows now, as the file holds it. */
async function shown(page) {
  const dataset = JSON.parse(await page.locator('#dataset-json').inputValue() || '{}');
  return dataset;
}

/** A dataset's items for comparing, order aside: spans as their offsets, defaults dropped. */
function normal(dataset) {
  const norm = (v, key) => {
    if (Array.isArray(v)) return v.map((x) => norm(x, key));
    if (v && typeof v === 'object') {
      if (typeof v.quote === 'string') return located(v);
      const out = {};
      for (const k of Object.keys(v).sort()) {
        if (k === '$schema' || v[k] === null || (Array.isArray(v[k]) && v[k].length === 0)) continue;
        out[k] = norm(v[k], k);
      }
      return out;
    }
    return v;
  };
  const out = norm(dataset);
  for (const [key] of ORDER) {
    out[key] = (out[key] ?? []).map((x) => JSON.stringify(x)).sort();
  }
  return out;
}

test('the fictional explorer is made in the studio by clicks and keys, survives a reload, and passes the CLI check', async (t) => {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => ctx.close());
  let { page, problems } = await watchedPage(ctx, server.origin);
  await page.goto(`${server.origin}${BASE}studio/#author`);
  await page.getByRole('heading', { name: 'Make an explorer' }).waitFor();
  let who = author(page);
  // Paste the article, as copied from the newsroom's system.
  await page.evaluate((text) => navigator.clipboard.writeText(text), article);
  await who.click(page.locator('#article-text'));
  await page.keyboard.press('ControlOrMeta+V');
  who.done.keys += 1;
  await page.locator('#annotate-text').waitFor();
  await page.screenshot({ path: `${SHOTS}/studio-make-1-pasted.png` });

  await who.click(page.getByRole('button', { name: 'Version', exact: true }));
  await fill(page, who, { version: wanted.version }, {});
  await who.click(page.getByRole('button', { name: "The article's title and details" }));
  await fill(page, who, wanted.article, (await shown(page)).article ?? {});

  let reloaded = false;
  for (const [collection, label] of ORDER) {
    for (const item of wanted[collection] ?? []) {
      const first = item.span ?? item.spans?.[0] ?? item.aliases?.[0];
      if (first) await who.select(located(first));
      else await who.deselect();
      await who.click(page.getByRole('button', { name: `New ${label}`, exact: true }));
      const dataset = await shown(page);
      const made = dataset[collection].at(-1);
      await fill(page, who, item, made);
    }
    if (collection === 'statements' && !reloaded) {
      // Mid-way: a reload loses nothing.
      const before = await page.locator('#dataset-json').inputValue();
      await page.screenshot({ path: `${SHOTS}/studio-make-2-statements.png` });
      page.once('dialog', (d) => d.accept());
      await page.reload();
      await page.locator('#annotate-text').waitFor();
      assert.equal(await page.locator('#dataset-json').inputValue(), before, 'the reload kept the dataset');
      assert.equal(await page.locator('#article-text').inputValue(), article, 'and the article');
      who = Object.assign(author(page), { done: who.done });
      reloaded = true;
    }
  }
  await page.getByText('Check passed').waitFor();
  await page.screenshot({ path: `${SHOTS}/studio-make-3-passed.png`, fullPage: true });

  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await who.click(page.getByRole('button', { name: 'Download dataset.json and article.txt' }));
  await expectDownloads(downloads, 2);
  const dir = await mkdtemp(join(tmpdir(), 'studio-made-'));
  for (const d of downloads) await d.saveAs(join(dir, d.suggestedFilename()));
  const made = JSON.parse(await readFile(join(dir, 'dataset.json'), 'utf8'));
  assert.equal(await readFile(join(dir, 'article.txt'), 'utf8'), article);
  execFileSync('cargo', ['run', '-q', '-p', 'explorer-cli', '--', 'check', dir], { stdio: 'pipe' });
  assert.deepEqual(normal(made), normal(wanted));
  const { clicks, keys, scrolls } = who.done;
  console.log(`made ${FOLDER} in the studio with ${clicks} clicks, ${keys} keystrokes and ${scrolls} scrolls`);
  await writeFile(join(SHOTS, 'studio-make-count.json'), JSON.stringify({ clicks, keys, scrolls }));
  assert.deepEqual(problems, []);
});

async function expectDownloads(list, n) {
  for (let i = 0; i < 100 && list.length < n; i += 1) await new Promise((r) => setTimeout(r, 50));
  assert.equal(list.length, n, 'both files downloaded');
}
