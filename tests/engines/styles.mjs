// Computed styles of the key visuals, so that a rule an engine drops (as
// WebKit dropped the `text-decoration` shorthand with a thickness) fails a
// test; and every declaration of main.css asked of the engine's CSS.supports.
import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { screenshot, until } from './driver.mjs';
import { narrowingPartyOption, openApp, startServer, tabUntil } from './app.mjs';

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

async function highlightUnderline(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const highlight = await driver.findElement(By.css('article a.hl:not(.hl-off):not(.selected)'));
  const style = await computed(driver, highlight,
    ['text-decoration-line', 'text-decoration-thickness', 'text-decoration-color', 'background-color']);
  assert.match(style['text-decoration-line'], /underline/);
  assert.equal(style['text-decoration-thickness'], '2px');
  assert.equal(style['text-decoration-color'], await resolvedColor(driver, '--hl-line'));
  assert.equal(style['background-color'], await resolvedColor(driver, '--hl'));
  assert.notEqual(style['background-color'], 'rgba(0, 0, 0, 0)');
}

async function pressedFilter(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  const option = await narrowingPartyOption(driver);
  await driver.findElement(By.css(`#facet-party button[data-option="${option}"]`)).click();
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
  await driver.executeScript(`document.getElementById('search-input').focus()`);
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
  const variables = Object.fromEntries([...rules[0][1].matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)]
    .map(([, name, value]) => [name, value.trim()]));
  const declarations = rules.flatMap(([, body]) => body.split(';'))
    .map((d) => d.match(/^\s*([\w-]+)\s*:\s*([\s\S]+?)\s*$/))
    .filter((m) => m && !m[1].startsWith('--'))
    .map(([, property, value]) => `${property}: ${value.replace(/\s*!important$/, '')
      .replace(/var\((--[\w-]+)\)/g, (_, name) => variables[name])}`);
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
  walk(document.querySelector('link[rel="stylesheet"]').sheet.cssRules);
  return kept;`);

async function everyRuleSupported(session, t) {
  const { driver } = session;
  await openApp(session, await startServer(t));
  // The stylesheet as shipped in dist/, built from styles/main.css.
  const css = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    fetch(document.querySelector('link[rel="stylesheet"]').href).then((r) => r.text()).then(done, (e) => done(String(e)));`);
  const { selectors, declarations } = rulesOf(css);
  const skipped = (item) => MAY_SKIP[item]?.includes(session.engine);
  const kept = new Set((await keptSelectors(driver)).flatMap(splitList));
  const unsupported = await driver.executeScript('return arguments[0].filter((d) => !CSS.supports(d))',
    declarations.filter((d) => !skipped(d)));
  const dropped = [...selectors.filter((s) => !kept.has(s) && !skipped(s)), ...unsupported];
  assert.deepEqual(dropped, [], `${session.engine} drops these selectors or declarations of styles/main.css`);
}

export const STYLE_CHECKS = {
  'a highlight is underlined 2px and has its background': highlightUnderline,
  'a pressed filter differs from an unpressed one': pressedFilter,
  'keyboard focus shows a 3px solid ring': focusRing,
  'the engine supports every selector and declaration of main.css': everyRuleSupported,
};
