// Share cards (issue 30) on the fictional build: the same unfurler checks
// (tests/e2e/share-suite.mjs), and no word of the shipped article in what
// they read.
//   DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional node --test tests/e2e-fictional/share.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shareSuite } from '../e2e/share-suite.mjs';
import { DATA_DIR } from '../e2e/browser.mjs';

const state = shareSuite();

test('no word of the shipped article is in the card\'s tags or oEmbed', async () => {
  assert.notEqual(DATA_DIR, 'data', 'run with ARTICLE_DATA_DIR=data/fictional and DIST_DIR=target/dist-fictional');
  const shipped = JSON.parse(await readFile('data/dataset.json', 'utf8'));
  const words = [shipped.article.title, ...shipped.sides.map((s) => s.name), ...shipped.people.map((p) => p.name)];
  const read = JSON.stringify([state.og, state.unfurled]) + await readFile(join(state.dir, 'oembed.json'), 'utf8');
  assert.ok(read.includes('share.png'), 'the unfurlers read the card');
  for (const word of words) assert.ok(!read.includes(word), `${word} in the fictional card`);
});
