// Issue 26, parts 2 and 8: the page says what happened in words the data
// holds. The one-line summary sits under the headline; each group of rival
// figures is headed by the question the data gives it, not by how its claims
// relate (those kinds live in the notes); in print the notes are expanded.
// Runs on the shipped and the fictional build (test.sh): every expected
// text is read from the dataset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, readDataset, startServer, SHOTS } from './browser.mjs';

let browser;
let server;
let d;
before(async () => {
  browser = await launch();
  server = await startServer();
  d = await readDataset();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const questions = () => d.relations.filter((r) => r.question).map((r) => r.question);

test('the summary sits under the headline, and each group is headed by its question', async (t) => {
  assert.ok(d.article.summary, 'the dataset has a summary');
  assert.ok(questions().length > 0, 'the dataset has questions');
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 390, height: 844 } });
  assert.equal((await page.locator('header.masthead h1 + p.summary').textContent()).trim(), d.article.summary);
  const headings = await page.locator('section.contested .contested-group > h3').allTextContents();
  assert.deepEqual(headings.map((h) => h.trim()).sort(), questions().sort(), 'one question per group, from the data');
  // The relation kinds are in the notes, not in the headlines.
  const kinds = await page.locator('section.contested .how-related .relation-kind').count();
  assert.ok(kinds > 0, 'the notes name how each pair relates');
  for (const h of headings) assert.doesNotMatch(h, /^Claims that /);
  // The Compare figures tab heads its groups the same way; its tables'
  // captions lead with the question.
  const figures = await openApp(t, browser, server.origin, '?view=figures', { viewport: { width: 390, height: 844 } });
  await figures.locator('.figures-view h3.group-title').first().waitFor();
  const titles = await figures.locator('.figures-view h3.group-title').allTextContents();
  assert.deepEqual(titles.map((h) => h.trim()).sort(), questions().sort());
  for (const caption of await figures.locator('.figures-view caption').allTextContents()) {
    assert.ok(questions().some((q) => caption.startsWith(q)), `caption "${caption}" leads with its question`);
  }
});

test('in print every relation note is expanded, once per group', async (t) => {
  const page = await openApp(t, browser, server.origin, '', { viewport: { width: 680, height: 900 } });
  const grouped = await page.locator('section.contested .contested-group').count();
  const notesIn = (scope) => page.locator(`section.contested ${scope} .relations li .note`).filter({ visible: true });
  assert.equal(await notesIn('.how-related').count(), 0, 'on screen the notes wait behind "How these claims relate"');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('section.contested .relations li .note').filter({ visible: true }).allTextContents();
  const inGroups = d.relations.filter((r) => {
    const f = (id) => d.figures.some((x) => x.id === id);
    return f(r.from) && f(r.to);
  });
  assert.equal(printed.length, inGroups.length, `every note between figures prints once (${grouped} groups)`);
  for (const r of inGroups) assert.ok(printed.some((p) => p.trim() === r.note), `"${r.note}" prints`);
  await page.pdf({ path: `${SHOTS}/print-680.pdf` });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await notesIn('.how-related-print').count(), 0, 'the print copy stays hidden on screen');
});
