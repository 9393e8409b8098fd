// Writes docs/studio-step-<n>-<width>.png: each step of making an explorer
// in the studio (docs/authoring.md), at 1440 and 390 px, from the built
// dist/ and the fictional article. `node scripts/studio-screenshots.mjs`
// after `bash scripts/build.sh`; the docs' link test holds the names.
import { readFile } from 'node:fs/promises';
import { launch, startServer, BASE } from '../tests/e2e/browser.mjs';

const FOLDER = 'data/fictional';
const article = await readFile(`${FOLDER}/article.txt`, 'utf8');
const dataset = await readFile(`${FOLDER}/dataset.json`, 'utf8');
const server = await startServer();
const browser = await launch();

async function shoot(page, n, width, locator) {
  await locator.first().scrollIntoViewIfNeeded();
  await locator.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/studio-step-${n}-${width}.png` });
}

try {
  for (const width of [1440, 390]) {
    const ctx = await browser.newContext({ viewport: { width, height: width > 800 ? 900 : 844 } });
    const page = await ctx.newPage();
    await page.goto(`${server.origin}${BASE}studio/#author`);
    await page.getByRole('heading', { name: 'Make an explorer' }).waitFor();
    // 1. Open: the pasted article, its candidates marked.
    await page.locator('#article-text').fill(article);
    await page.locator('#annotate-text mark.candidate').first().waitFor();
    await shoot(page, 1, width, page.locator('.annotate'));
    // 2. Draft: one candidate, to accept or dismiss.
    await page.locator('#annotate-text mark.candidate').first().click();
    await page.locator('.candidate-card').waitFor();
    await shoot(page, 2, width, page.locator(width > 800 ? '.annotate' : '.candidate-card'));
    // 3. Annotate: accepted, its form from the schema.
    await page.getByRole('button', { name: 'Accept and edit' }).click();
    await page.locator('form.item-form').waitFor();
    await shoot(page, 3, width, page.locator(width > 800 ? '.annotate' : 'form.item-form'));
    // 4. Check: what is left to do, each leading to its item.
    await page.locator('.finding').first().waitFor();
    await shoot(page, 4, width, page.locator('.findings'));
    // 5. Preview: a finished folder, the real reader on it.
    await page.locator('input[type=file]').setInputFiles([
      { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(article) },
      { name: 'dataset.json', mimeType: 'application/json', buffer: Buffer.from(dataset) },
    ]);
    await page.getByText('Check passed').waitFor();
    await page.locator('.reader-preview iframe').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    await shoot(page, 5, width, page.locator('.reader-preview'));
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
