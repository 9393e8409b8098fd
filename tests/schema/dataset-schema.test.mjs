// The JSON Schema of dataset.json (schema/dataset.schema.json, generated
// from the core's model types) read by a real validator, npm's ajv: both
// shipped datasets pass, each naming the schema with "$schema", and a
// misspelt field or enum value fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const SCHEMA_PATH = 'schema/dataset.schema.json';
const DATASETS = ['data/dataset.json', 'data/fictional/dataset.json'];

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // schemars marks unsigned integers with the format "uint64".
  ajv.addFormat('uint64', {
    type: 'number',
    validate: (n) => Number.isInteger(n) && n >= 0,
  });
  return ajv.compile(read(SCHEMA_PATH));
}

const errorsOf = (validate, data) => (validate(data) ? [] : validate.errors);

test('both shipped datasets name the schema and match it', () => {
  const validate = validator();
  for (const path of DATASETS) {
    const data = read(path);
    assert.equal(
      resolve(dirname(path), data.$schema),
      resolve(SCHEMA_PATH),
      `${path} names the schema by a path relative to itself`,
    );
    assert.deepEqual(errorsOf(validate, data), [], path);
  }
});

test('a misspelt field is rejected, by name and place', () => {
  const validate = validator();
  const data = read(DATASETS[0]);
  const figure = data.figures.findIndex((f) => 'subjects' in f);
  assert.ok(figure >= 0, 'a figure with subjects');
  const { subjects, ...rest } = data.figures[figure];
  data.figures[figure] = { ...rest, subject: subjects };
  const errors = errorsOf(validate, data);
  assert.ok(
    errors.some(
      (e) =>
        e.keyword === 'additionalProperties' &&
        e.params.additionalProperty === 'subject' &&
        e.instancePath === `/figures/${figure}`,
    ),
    JSON.stringify(errors, null, 1),
  );
});

test('a misspelt enum value and a misspelt quote key are rejected', () => {
  const validate = validator();
  const data = read(DATASETS[1]);
  data.parties[0].kind = 'sate';
  const errors = errorsOf(validate, data);
  assert.ok(
    errors.some((e) => e.instancePath === '/parties/0/kind'),
    JSON.stringify(errors, null, 1),
  );
  const quoted = read(DATASETS[1]);
  const span = quoted.statements[0].span;
  assert.ok('quote' in span, 'the fictional dataset writes spans as quotes');
  quoted.statements[0].span = { ...span, prefx: 'x' };
  assert.equal(validate(quoted), false, 'an unknown key in a quote');
});
