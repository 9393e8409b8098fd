// The voices overview and the Mentions filter on the fictional build: the
// same checks as tests/e2e/voices.test.mjs, which take everything from the
// dataset the build was made from (here the fictional one's never-heard
// names stand for the shipped article's four silent people).
//   DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional node --test tests/e2e-fictional/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_DIR } from '../e2e/browser.mjs';
import '../e2e/voices.test.mjs';

test('these checks run on the fictional dataset', () => {
  assert.notEqual(DATA_DIR, 'data', 'run with ARTICLE_DATA_DIR=data/fictional and DIST_DIR=target/dist-fictional');
});
