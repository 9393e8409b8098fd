// Computed styles of the key visuals, so that a rule an engine drops (as
// WebKit dropped the `text-decoration` shorthand with a thickness) fails a
// test; and every declaration of main.css asked of the engine's CSS.supports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { By } from 'selenium-webdriver';
import { screenshot, until } from './driver.mjs';
import { clickWhenStill, narrowingPartyOption, openApp, startServer, tabUntil } from './app.mjs';

/** The engine's computed value of a custom property used as a colour. */
const resolvedColor = (driver, variable) => driver.executeScript(`
  const probe = document.createElement('span');
  probe.style.color = 'var(${variable})';
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;`);

const computed = (driver, element, properties) => driver.executeScript(`
  const style = getComputedStyle(arguments[0]);
  return Object.fromEntries(arguments[1].map((p) => [p, style.getPropertyValue(p)]));`, element, properties);

async function selectedHighlight(session, t) {
  const { driver } = session;
  const server = await startServer(t);
  await openApp(session, server);
  // The first result's marker: its number is drawn by CSS, not in the text.
  const id = await driver.executeScript(`return document.querySelector('article a.marker').dataset.item`);
  await openApp(session, server, `?sel=${id}`);
  const marker = await driver.findElement(By.css(`article a.marker[data-item="${id}"]`));
  const drawn = await driver.executeScript(
    'return [getComputedStyle(arguments[0], "::before").content, arguments[0].dataset.n, arguments[0].textContent]', marker);
  // Firefox reports the declared attr() itself, the others its value.
  assert.ok([`"${drawn[1]}"`, 'attr(data-n)'].includes(drawn[0]), drawn[0]);
  assert.equal(drawn[2], '');
  // The selected passage: its background, and the accent's underline.
  const passage = await driver.findElement(By.css(`article .hl.selected[data-item="${id}"]`));
  const style = await computed(driver, passage, ['background-color', 'box-shadow']);
  assert.equal(style['background-color'], await resolvedColor(driver, '--hl-selected'));
  assert.match(style['box-shadow'], /2px/);
  // Another result's passage is plain: the highlight is sparse.
  const other = await driver.findElement(By.css('article .hl:not(.selected)'));
  assert.equal((await computed(driver, other, ['background-color']))['background-color'], 'rgba(0, 0, 0, 0)');
}

async function pressedFilter(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const option = await narrowingPartyOption(driver);
  await clickWhenStill(driver, driver.findElement(By.css(`#facet-party button[data-option="${option}"]`)));
  await until(driver, `document.querySelector('#facet-party [aria-pressed="true"]')`, 'the option is pressed');
  const properties = ['background-color', 'border-top-color', 'color'];
  const pressed = await computed(driver, await driver.findElement(By.css('#facet-party [aria-pressed="true"]')), properties);
  const unpressed = await computed(driver,
    await driver.findElement(By.css('#facet-party .facet-option[aria-pressed="false"]:not(.zero)')), properties);
  const accent = await resolvedColor(driver, '--accent');
  assert.deepEqual(pressed, {
    'background-color': accent, 'border-top-color': accent, color: await resolvedColor(driver, '--accent-fg'),
  });
  assert.notEqual(unpressed['background-color'], pressed['background-color']);
  assert.notEqual(unpressed['border-top-color'], pressed['border-top-color']);
  await screenshot(session, 'pressed');
}

async function focusRing(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  // From the filters' heading (focusable by script only) to the first option.
  await driver.executeScript(`document.getElementById('filters-heading').focus()`);
  await tabUntil(driver, `el.matches('button.facet-option')`, 'a facet option');
  const focused = await driver.switchTo().activeElement();
  assert.equal(await driver.executeScript('return arguments[0].matches(":focus-visible")', focused), true);
  const style = await computed(driver, focused, ['outline-style', 'outline-width', 'outline-color']);
  assert.deepEqual(style, {
    'outline-style': 'solid', 'outline-width': '3px', 'outline-color': await resolvedColor(driver, '--focus'),
  });
}

const splitList = (head) => head.split(/,(?![^(]*\))/).map((s) => s.replace(/\s+/g, ' ').trim());

/** The selectors and declarations of a stylesheet, each once, `var()`
 *  replaced by the light theme's values (CSS.supports accepts anything with
 *  a var() in it). */
export function rulesOf(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [...text.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map(([, head, body]) => [head.trim(), body]);
  // Every custom property, its first value (the light theme's), from any rule.
  const variables = {};
  for (const [, body] of rules) {
    for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) variables[name] ??= value.trim();
  }
  const resolve = (value) => {
    for (let i = 0; i < 5 && value.includes('var('); i++) {
      value = value.replace(/var\((--[\w-]+)(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_, name, fallback) => variables[name] ?? fallback ?? 'initial');
    }
    return value;
  };
  const declarations = rules.flatMap(([, body]) => body.split(';'))
    .map((d) => d.match(/^\s*([\w-]+)\s*:\s*([\s\S]+?)\s*$/))
    .filter((m) => m && !m[1].startsWith('--'))
    .map(([, property, value]) => `${property}: ${resolve(value.replace(/\s*!important$/, ''))}`);
  return { selectors: [...new Set(rules.flatMap(([head]) => splitList(head)))], declarations: [...new Set(declarations)] };
}

// What an engine may skip, with why: skipping it changes nothing there.
const MAY_SKIP = {
  // Only mobile browsers inflate text; desktop Firefox and WebKitGTK have no such setting.
  '-webkit-text-size-adjust: 100%': ['firefox', 'webkit'],
  // WebKit's own disclosure triangle; Firefox has ::marker, and the rule only spaces it.
  '.facet summary::-webkit-details-marker': ['firefox'],
};

/** The selectors the engine kept: a selector it does not know drops its
 *  whole rule from the CSSOM. (CSS.supports('selector()') is no help: WebKit
 *  answers false for its own -webkit- pseudo-elements, which it applies.) */
const keptSelectors = (driver) => driver.executeScript(`
  const kept = [];
  const walk = (rules) => [...rules].forEach((r) => { if (r.selectorText) kept.push(r.selectorText); if (r.cssRules) walk(r.cssRules); });
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) walk(link.sheet.cssRules);
  return kept;`);

async function everyRuleSupported(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  // The stylesheets the page is built from (index.html's Trunk links,
  // tokens first: their :root gives the variables), as written: dist/ has
  // them minified, and the engine's CSSOM writes a selector as styles/ does.
  const sources = [...readFileSync('index.html', 'utf8').matchAll(/<link data-trunk rel="css" href="([^"]+)"/g)].map((m) => m[1]);
  const linked = await driver.executeScript('return document.querySelectorAll(\'link[rel="stylesheet"]\').length');
  assert.equal(linked, sources.length, `the page links the stylesheets of index.html: ${sources}`);
  const { selectors, declarations: written } = rulesOf(sources.map((f) => readFileSync(f, 'utf8')).join('\n'));
  // The declarations as shipped too: the minifier may rewrite a value or
  // merge properties into a shorthand, which the engine must support.
  const shipped = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => fetch(l.href).then((r) => r.text())))
      .then((texts) => done(texts.join('\\n')), (e) => done(String(e)));`);
  const declarations = [...new Set([...written, ...rulesOf(shipped).declarations])];
  const skipped = (item) => MAY_SKIP[item]?.includes(session.engine);
  const kept = new Set((await keptSelectors(driver)).flatMap(splitList));
  const unsupported = await driver.executeScript('return arguments[0].filter((d) => !CSS.supports(d))',
    declarations.filter((d) => !skipped(d)));
  const dropped = [...selectors.filter((s) => !kept.has(s) && !skipped(s)), ...unsupported];
  assert.deepEqual(dropped, [], `${session.engine} drops these selectors or declarations of styles/`);
}

export const STYLE_CHECKS = {
  'the selected passage is marked, the markers drawn by CSS': selectedHighlight,
  'a pressed filter differs from an unpressed one': pressedFilter,
  'keyboard focus shows a 3px solid ring': focusRing,
  'the engine supports every selector and declaration of styles/': everyRuleSupported,
};
