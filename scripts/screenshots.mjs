// Screenshots of the explorer for docs/: at 1440, 680 and 390 px, light and
// dark, from the built dist/ under a sub-path (build it first:
// bash scripts/build.sh). By hand: node scripts/screenshots.mjs [outdir]
import { mkdir } from 'node:fs/promises';
import { launch, startServer, appReady, BASE } from '../tests/e2e/browser.mjs';

const OUT = process.argv[2] ?? 'docs';
const WIDTHS = [[1440, 900], [680, 900], [390, 844]];
const SCHEMES = ['light', 'dark'];

export async function screenshots(out = OUT, views = [['explorer', '']]) {
  await mkdir(out, { recursive: true });
  const server = await startServer();
  const browser = await launch();
  const written = [];
  try {
    for (const [width, height] of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers: 'block' });
        const page = await context.newPage();
        for (const [name, query] of views) {
          await page.goto(`${server.origin}${BASE}${query ? `?${query}` : ''}`);
          await appReady(page);
          await page.waitForTimeout(300);
          const file = `${out}/${name}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file });
          written.push(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await screenshots()).join('\n'));
}
