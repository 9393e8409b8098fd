// One engine's suite: a WebDriver session for the whole file, a fresh server
// (so a fresh origin) per test, and after each test the page's and the
// engine's recorded errors checked and the site forgotten.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from './driver.mjs';
import { forgetSite, openApp, pageProblems, startServer, STARTUP_ERROR } from './app.mjs';
import { JOURNEYS } from './journeys.mjs';
import { STYLE_CHECKS } from './styles.mjs';

export function engineSuite(engine) {
  describe(engine, () => {
    let session;
    before(async () => {
      session = await startSession(engine);
      console.log(`# ${engine}: ${session.version}`);
    });
    after(() => session?.close());

    for (const [name, run] of Object.entries({ ...JOURNEYS, ...STYLE_CHECKS })) {
      test(name, async (t) => {
        session.log.length = 0;
        let problems;
        try {
          await run(session, t);
        } finally {
          await session.driver.switchTo().defaultContent().catch(() => {});
          problems = [...await pageProblems(session.driver), ...session.log];
          await forgetSite(session.driver);
        }
        assert.deepEqual(problems, [], 'no JavaScript error, rejection or console error/warning');
      });
    }

    // The check above can fail for its reason: an error thrown while the
    // page starts, long before the app is ready, is recorded.
    test('the error probe records an error thrown as the page starts', async (t) => {
      const server = await startServer(t, undefined, { startupError: true });
      let problems;
      try {
        await openApp(session, server);
        problems = await pageProblems(session.driver);
      } finally {
        session.log.length = 0;
        await forgetSite(session.driver);
      }
      assert.ok(problems.some((p) => p.includes(STARTUP_ERROR)), `recorded: ${JSON.stringify(problems)}`);
    });
  });
}
