import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseImportFile } from '../../../src/shared/import';
import { corpusDir, IMPORTED_AT, readFixture } from './fixtures';

interface CorpusEntry {
  file: string;
  expectedCode: string;
  note: string;
}

const corpus = JSON.parse(readFixture('corpus.json').text) as CorpusEntry[];
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function expectError(result: ReturnType<typeof parseImportFile>, code: string): string {
  expect(result.ok, 'expected an error').toBe(false);
  if (result.ok) {
    return '';
  }
  expect(result.error.code).toBe(code);
  expect(result.error.message.trim().length).toBeGreaterThan(10);
  return result.error.message;
}

describe('hostile and broken import corpus', () => {
  it('has at least 22 files, every one listed in the manifest', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(22);
    const onDisk = readdirSync(corpusDir).filter((f) => f.endsWith('.json') && f !== 'corpus.json');
    expect(onDisk.sort()).toEqual(corpus.map((c) => c.file).sort());
  });

  it.each(corpus)('$file -> $expectedCode ($note)', ({ file, expectedCode }) => {
    const { text, byteLength } = readFixture(file);
    expectError(parseImportFile(file, text, byteLength, IMPORTED_AT), expectedCode);
  });

  it('leaves Object.prototype untouched after the whole corpus', () => {
    for (const { file } of corpus) {
      const { text, byteLength } = readFixture(file);
      parseImportFile(file, text, byteLength, IMPORTED_AT);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
  });
});

describe('generated hostile inputs', () => {
  it('refuses a claimed 100 MB file by its size alone, before reading the text', () => {
    const message = expectError(parseImportFile('huge.json', '{}', 100e6, IMPORTED_AT), 'import-too-large');
    expect(message).toBe('The file is 100.0 MB; the limit is 20 MB.');
  });

  it('refuses a real 25 MB text even when the caller understates its size', () => {
    const text = `{"values": ["${'x'.repeat(25_000_000)}"]}`;
    const started = performance.now();
    expectError(parseImportFile('big.json', text, 10, IMPORTED_AT), 'import-too-large');
    // Refused by length, so no parse happened: far quicker than parsing 25 MB.
    expect(performance.now() - started).toBeLessThan(50);
    expect(MAX_IMPORT_BYTES).toBe(20_000_000);
  });

  it('refuses 1,000,000 nested arrays without overflowing the stack', () => {
    const text = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const message = expectError(parseImportFile('deep.json', text, text.length, IMPORTED_AT), 'too-deep');
    expect(message).toMatch(/^Nesting deeper than 64 levels at \$\[0\]\[0\]/);
  });

  it('names the path where nesting got too deep, ignoring brackets inside strings', () => {
    const text = `{"a": {"b ]}": "[[[{{{", "c": ${'['.repeat(70)}${']'.repeat(70)}}}}`;
    const message = expectError(parseImportFile('deep.json', text, text.length, IMPORTED_AT), 'too-deep');
    expect(message).toContain('$.a.c[0][0]');
  });

  it('refuses a 1,000,000-character name', () => {
    const text = JSON.stringify({
      type: 'threat-actor',
      uuid: '7cdff317-a673-4474-84ec-4f1754947823',
      values: [{ value: 'L'.repeat(1_000_000) }],
    });
    const message = expectError(
      parseImportFile('long.json', text, text.length, IMPORTED_AT),
      'string-too-long',
    );
    expect(message).toContain('$.values[0].value');
    expect(message).toContain('1,000,000');
  });

  it('refuses more than 50,000 entries', () => {
    const values = Array.from({ length: 50_001 }, (_, i) => ({ value: `G${i}` }));
    const text = JSON.stringify({ type: 'threat-actor', values });
    expectError(parseImportFile('many.json', text, text.length, IMPORTED_AT), 'too-many-entries');
  });

  it('reports the path and both types for a wrong type', () => {
    const { text, byteLength } = readFixture('misp-synonyms-not-strings.json');
    const message = expectError(parseImportFile('f.json', text, byteLength, IMPORTED_AT), 'wrong-type');
    expect(message).toBe('At $.values[0].meta.synonyms[2]: expected a string, found a number.');
  });

  it('explains a markup name and an unsupported spec version in plain words', () => {
    const markup = readFixture('stix-script-tag-name.json');
    expect(
      expectError(parseImportFile('f.json', markup.text, markup.byteLength, IMPORTED_AT), 'markup-in-name'),
    ).toBe('Name at $.objects[0].name contains markup (<script>); names must be plain text.');
    const old = readFixture('stix-spec-version-1.2.json');
    expect(
      expectError(
        parseImportFile('f.json', old.text, old.byteLength, IMPORTED_AT),
        'unsupported-spec-version',
      ),
    ).toBe('STIX spec_version 1.2 is not supported.');
  });
});
