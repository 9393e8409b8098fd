// Screenshots of the voices overview (docs/voices.md) at 1440, 680 and 390
// px, light and dark: the overview itself, from the built dist/ (build it
// first: bash scripts/build.sh). node scripts/voices-screenshots.mjs [outdir]
import { mkdir } from 'node:fs/promises';
import { launch, startServer, appReady, BASE } from '../tests/e2e/browser.mjs';

const OUT = process.argv[2] ?? 'docs';
const WIDTHS = [[1440, 900], [680, 900], [390, 844]];

await mkdir(OUT, { recursive: true });
const server = await startServer();
const browser = await launch();
try {
  for (const [width, height] of WIDTHS) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.origin}${BASE}?view=voices`);
      await appReady(page);
      const view = page.locator('.voices-view');
      await view.locator('a[data-counts]').first().waitFor();
      await view.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      const file = `${OUT}/voices-${width}-${colorScheme}.png`;
      await view.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
