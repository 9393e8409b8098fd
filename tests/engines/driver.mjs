// Shared driver of the cross-engine tests: Firefox ESR through geckodriver and
// WebKitGTK's MiniBrowser through WebKitWebDriver, both driven over WebDriver
// by selenium-webdriver. Each test file starts its own driver process (and,
// for WebKit, its own Xvfb display) and stops them at the end, so nothing
// outlives the run. selenium-webdriver is only ever pointed at a running
// driver (`usingServer`), so its Selenium Manager never downloads anything.
import { Builder, Key } from 'selenium-webdriver';
import getLogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { Key };
export const BASE = '/some/path/explorer/';
export const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const LOGS = 'test-results/engines';
const WIDTH = 1400;
const HEIGHT = 900;

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** How to start each engine: its driver, its arguments, its capabilities. */
const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER ?? 'geckodriver',
    driverArgs: (port) => ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', '0'],
    driverVersion: true,
    needsDisplay: false,
    capabilities: (downloadDir) => ({
      browserName: 'firefox',
      // BiDi gives the engine's own log: errors from the first script on.
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: '/usr/lib/firefox-esr/firefox-esr',
        args: ['-headless'],
        prefs: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json',
        },
      },
    }),
  },
  webkit: {
    driver: '/usr/bin/WebKitWebDriver',
    // WebKitWebDriver has no --version; it comes with the engine's package.
    driverArgs: (port) => [`--host=127.0.0.1`, `--port=${port}`],
    needsDisplay: true,
    // MiniBrowser saves a download into the XDG download folder, which GLib
    // reads from $XDG_CONFIG_HOME/user-dirs.dirs.
    downloadEnv: async (scratch, downloadDir) => {
      await writeFile(join(scratch, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
      return { XDG_CONFIG_HOME: scratch };
    },
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

/** Starts the engine's driver (and a display if it needs one) and opens a
 *  WebDriver session. `close()` ends all of it and removes its files. */
export async function startSession(engine) {
  const spec = ENGINES[engine];
  const children = [];
  const scratch = await mkdtemp(join(tmpdir(), `engines-${engine}-`));
  // Each child leads its own process group, so stopping it also stops the
  // browser its driver started, even when the session could not quit it.
  const stopChildren = () => children.forEach((c) => {
    try { process.kill(-c.pid); } catch { /* already gone */ }
  });
  const cleanUp = () => {
    stopChildren();
    return rm(scratch, { recursive: true, force: true });
  };
  process.once('exit', stopChildren);
  const logPath = join(LOGS, `${engine}-driver.log`);
  try {
    const downloadDir = join(scratch, 'downloads');
    await mkdir(downloadDir);
    const env = { ...process.env, ...await spec.downloadEnv?.(scratch, downloadDir) };
    if (spec.needsDisplay) {
      const xvfb = await startXvfb();
      children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    // The driver's and the browser's own chatter goes to a log, read when a session fails.
    await mkdir(LOGS, { recursive: true });
    const log = await open(logPath, 'w');
    children.push(spawn(spec.driver, spec.driverArgs(port), { env, detached: true, stdio: ['ignore', log.fd, log.fd] }));
    await log.close();
    await driverListening(port, children.at(-1));
    const capabilities = spec.capabilities(downloadDir);
    const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    const session = { engine, driver, downloadDir, log: [], version: await versionOf(driver, spec) };
    session.close = async () => {
      await driver.quit().catch(() => {});
      await cleanUp();
    };
    await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
    if (capabilities.webSocketUrl) await followEngineLog(session);
    return session;
  } catch (error) {
    await cleanUp();
    error.message += ` (the driver's log: ${logPath})`;
    throw error;
  }
}

/** Xvfb on the first free display number (it picks one and tells us on fd 3). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${WIDTH}x${HEIGHT}x24`, '-nolisten', 'tcp'],
    { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function driverListening(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode})`);
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`${child.spawnfile} did not listen on ${port}`);
}

async function versionOf(driver, spec) {
  const caps = await driver.getCapabilities();
  const engine = `${caps.get('browserName')} ${caps.get('browserVersion')}`;
  if (!spec.driverVersion) return engine;
  const driverVersion = await new Promise((ok) => {
    const child = spawn(spec.driver, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.on('close', () => ok(out.split('\n')[0].trim()));
  });
  return `${engine}, ${driverVersion}`;
}

/** Records the engine's JavaScript exceptions and console errors/warnings. */
async function followEngineLog(session) {
  const inspector = await getLogInspector(session.driver);
  await inspector.onJavascriptException((e) => session.log.push(`exception: ${e.text}`));
  await inspector.onConsoleEntry((e) => {
    if (e.level === 'error' || e.level === 'warn') session.log.push(`console ${e.level}: ${e.text}`);
  });
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls a JavaScript expression in the page until it is truthy; returns it. */
export async function until(driver, expression, message, timeout = 15000) {
  let last;
  return driver.wait(async () => {
    try {
      last = await driver.executeScript(`return (${expression});`);
    } catch (error) {
      // A page that is navigating has no document to ask yet.
      last = `script failed: ${error.message}`;
      return false;
    }
    return last;
  }, timeout, `${message} (last: ${JSON.stringify(last)})`);
}

/** Waits for a file ending in `extension` in the session's download folder
 *  and returns its text. A download in progress has another name (Firefox's
 *  .part, WebKit's .download), so a file that ends so is complete. */
export async function downloaded(session, extension, timeout = 15000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const names = await readdir(session.downloadDir);
    const done = names.find((n) => n.endsWith(extension));
    if (done) {
      // WebKit names the file before it has written all of it: read it once
      // its size holds still.
      const file = join(session.downloadDir, done);
      const first = (await stat(file)).size;
      await sleep(150);
      if (first > 0 && (await stat(file)).size === first) return readFile(file, 'utf8');
      continue;
    }
    await sleep(100);
  }
  throw new Error(`no ${extension} file arrived in ${session.downloadDir}`);
}

export async function screenshot(session, name) {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(join(SHOTS, `${session.engine}-${name}.png`), await session.driver.takeScreenshot(), 'base64');
}
