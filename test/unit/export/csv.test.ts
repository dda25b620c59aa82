import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/shared/csv';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks and doubles inner quotes', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('neutralises fields a spreadsheet would run as a formula', () => {
    expect(toCsv([['=1+1', '+A1', '-2', '@SUM(A1)', '\tx', "'quoted"]])).toBe(
      "'=1+1,'+A1,'-2,'@SUM(A1),'\tx,''quoted\r\n",
    );
  });

  it('keeps a lone empty field as a row', () => {
    expect(parseCsv(toCsv([[''], ['a']]))).toEqual([[''], ['a']]);
  });
});

describe('parseCsv', () => {
  it('reads CRLF, LF and CR line ends, a byte order mark and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('skips empty lines and keeps empty fields', () => {
    expect(parseCsv('a,,b\n\n,\n')).toEqual([
      ['a', '', 'b'],
      ['', ''],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', 'd']]);
  });

  it('leaves a single quote that does not escape anything', () => {
    expect(parseCsv("'abc,it's")).toEqual([["'abc", "it's"]]);
  });

  it('round-trips awkward fields', () => {
    const rows = [
      ['=HYPERLINK("http://x","y")', '+1', '-', '@', "'", "''=", '\r\nstart', 'end\r'],
      ['라자루스 그룹', '"', '""', ',', ' spaced ', '', 'tab\tinside', '\t'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
