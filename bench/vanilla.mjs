// The vanilla baseline of the interaction benchmark (docs/benchmark.md):
// the fastest page that does what the app does for the same filter click and
// keystroke. Nothing here mirrors the app's components: the page and its
// changes are recorded from the built app itself, in chromium, at bench time,
// so the baseline follows the UI as it changes.
//
// 1. record(): the app is loaded, the DOM it settles on is serialized (its
//    scripts left out), then every step of the benchmark's sequence (the
//    same clicks and keystrokes, in the same order) is done on the app while
//    a MutationObserver collects what changed. Each step's changes are split
//    where the benchmark stops its clock: phase 1 is what the app changed
//    before the paint of the event's frame (the results), phase 2 the rest
//    (the app's deferred views: facet counts, highlights). Changes are
//    reduced to their net effect, addressed by child-index paths in the DOM
//    as it was when the phase began: attributes set or removed, text data,
//    and each changed element's final list of children (kept nodes by their
//    old index, new nodes as markup). A hash of the settled <body> follows
//    each step.
// 2. writePage(): that DOM as a static page plus bench/vanilla-page.js, which
//    applies step i's phase 1 in the event's own handler (node references
//    and parsed markup prepared beforehand, as a hand-written page would
//    hold them) and phase 2 in the next frame, as the app does.
// 3. verify(): the page replays every step untimed and must reach the app's
//    hash after each one, so the baseline does exactly the app's DOM work.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Installed in the app page (through CDP, so the app's CSP does not apply). */
function installRecorder() {
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16);
  };
  const pathsOf = () => {
    const map = new Map();
    const walk = (node, path) => {
      map.set(node, path);
      let i = 0;
      for (let c = node.firstChild; c; c = c.nextSibling, i++) walk(c, `${path}${path ? '.' : ''}${i}`);
    };
    walk(document.body, '');
    return map;
  };
  const markupOf = (n) => {
    if (n.nodeType === 1) return { h: n.outerHTML };
    if (n.nodeType === 3) return { t: n.data };
    if (n.nodeType === 8) return { c: n.data };
    return { t: '' };
  };
  let before = null;
  // Records delivered to the callback (at each microtask checkpoint) are
  // gone from takeRecords(), so they are kept here.
  let delivered = [];
  const observer = new MutationObserver((rs) => { delivered.push(...rs); });
  const start = () => {
    delivered = [];
    before = pathsOf();
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  /** The net changes since start(), addressed by the paths at start(). */
  const take = () => {
    const records = [...delivered, ...observer.takeRecords()];
    delivered = [];
    observer.disconnect();
    const attrs = new Map();
    const texts = new Map();
    const parents = new Set();
    const live = (n) => before.has(n) && n.isConnected;
    for (const r of records) {
      if (!live(r.target)) continue;
      if (r.type === 'attributes') attrs.set(`${before.get(r.target)}\u0000${r.attributeName}`, [r.target, r.attributeName]);
      else if (r.type === 'characterData') texts.set(r.target, true);
      else parents.add(r.target);
    }
    const out = { attrs: [], texts: [], lists: [] };
    for (const [node, name] of attrs.values()) out.attrs.push([before.get(node), name, node.getAttribute(name)]);
    for (const node of texts.keys()) out.texts.push([before.get(node), node.data]);
    for (const parent of parents) {
      const path = before.get(parent);
      const children = [];
      for (let c = parent.firstChild; c; c = c.nextSibling) {
        const old = before.get(c);
        const oldParent = old === undefined ? null : old.slice(0, Math.max(0, old.lastIndexOf('.')));
        if (old !== undefined && oldParent === path) {
          children.push({ k: Number(old.slice(old.lastIndexOf('.') + 1)) });
        } else children.push(markupOf(c));
      }
      out.lists.push([path, children]);
    }
    return out;
  };
  window.__recorder = {
    start, take,
    bodyHash: () => hash(document.body.innerHTML),
    snapshot: () => {
      const root = document.documentElement.cloneNode(true);
      for (const s of root.querySelectorAll('script')) s.remove();
      return `<!DOCTYPE html>\n${root.outerHTML}`;
    },
  };
}

/** Waits until the app has settled: two frames and the tasks after them. */
const settle = (page) => page.evaluate(() => new Promise((ok) => {
  const frame = (f) => requestAnimationFrame(() => setTimeout(f, 0));
  frame(() => frame(() => setTimeout(ok, 30)));
}));

/** Does `step` on the page as the benchmark times it (dispatched at the start
 *  of a frame), with the recorder started before and taken when the
 *  benchmark's clock stops (phase 1), then after the app settles (phase 2). */
async function recordStep(page, step) {
  const p1 = await page.evaluate((s) => new Promise((resolve) => requestAnimationFrame(() => {
    window.__recorder.start();
    window.__benchDo(s);
    setTimeout(() => {
      const changes = window.__recorder.take();
      window.__recorder.start();
      resolve(changes);
    });
  })), step);
  await settle(page);
  await page.waitForTimeout(20);
  const p2 = await page.evaluate(() => window.__recorder.take());
  const hash = await page.evaluate(() => window.__recorder.bodyHash());
  return { p1, p2, hash };
}

/** The event of one step, the same for the app and the vanilla page: a
 *  click on a selector, or a keystroke into the search box (`ch` null
 *  clears it). */
export function installDo() {
  window.__benchDo = (s) => {
    if (s.click) {
      document.querySelector(s.click).click();
      return;
    }
    const input = document.querySelector(s.search);
    input.value = s.ch === null ? '' : input.value + s.ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: s.ch, inputType: s.ch === null ? 'deleteContentBackward' : 'insertText' }));
  };
}

/** Loads the app at `url` and records the settled page and every step. */
export async function record(browser, url, steps, { viewport, ready }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
  await settle(page);
  await page.evaluate(installRecorder);
  await page.evaluate(installDo);
  const html = await page.evaluate(() => window.__recorder.snapshot());
  const initialHash = await page.evaluate(() => window.__recorder.bodyHash());
  const recorded = [];
  for (const step of steps) recorded.push({ event: step, ...(await recordStep(page, step)) });
  await context.close();
  return { html, initialHash, steps: recorded };
}

/** Writes the vanilla page into `dir`: the recorded DOM, the app's
 *  stylesheet and icons (the page's relative URLs), the steps' changes and
 *  the replaying script. */
export async function writePage(dir, dist, recording) {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dist)) {
    if (/\.(css|svg|png|webmanifest)$/.test(f)) await copyFile(join(dist, f), join(dir, f));
  }
  await copyFile('bench/vanilla-page.js', join(dir, 'vanilla-page.js'));
  const steps = recording.steps.map(({ event, p1, p2 }) => ({ event, p1, p2 }));
  await writeFile(join(dir, 'steps.js'), `window.__steps = ${JSON.stringify(steps)};\n`);
  const scripts = '<script src="steps.js"></script><script src="vanilla-page.js"></script>';
  // The app's CSP would allow these files; a meta CSP adds nothing here.
  const html = recording.html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</head>', `${scripts}</head>`);
  await writeFile(join(dir, 'index.html'), html);
}

/** Replays every step on the vanilla page, untimed, and compares the body
 *  with the app's after each; returns the steps that differ. */
export async function verify(browser, url, recording, { viewport }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__vanilla?.ready);
  await page.evaluate(installRecorder);
  await page.evaluate(installDo);
  const bad = [];
  const initial = await page.evaluate(() => window.__recorder.bodyHash());
  if (initial !== recording.initialHash) bad.push('the page as loaded');
  for (let i = 0; i < recording.steps.length && bad.length < 5; i++) {
    await page.evaluate((i) => window.__vanilla.prepare(i), i);
    await page.evaluate((i) => new Promise((ok) => requestAnimationFrame(() => {
      window.__benchDo(window.__steps[i].event);
      ok();
    })), i);
    await settle(page);
    const h = await page.evaluate(() => window.__recorder.bodyHash());
    if (h !== recording.steps[i].hash) bad.push(`step ${i}`);
  }
  await context.close();
  return bad;
}
