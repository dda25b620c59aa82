import { describe, expect, it } from 'vitest';
import { formatDate, formatUsd } from '../../../src/content/card/format';

describe('card formats', () => {
  it('writes ISO dates of day, month or year precision compactly', () => {
    expect(formatDate('2022-03-23')).toBe('23 Mar 2022');
    expect(formatDate('2025-02')).toBe('Feb 2025');
    expect(formatDate('2014-12-01')).toBe('1 Dec 2014');
    expect(formatDate('2019')).toBe('2019');
  });

  it('leaves a date with an impossible month as it came', () => {
    expect(formatDate('2022-13-01')).toBe('2022-13-01');
    expect(formatDate('2022-00')).toBe('2022-00');
  });

  it('shortens millions and billions and writes small amounts out', () => {
    expect(formatUsd(1_500_000_000)).toBe('$1.5B');
    expect(formatUsd(625_000_000)).toBe('$625M');
    expect(formatUsd(5_000_000)).toBe('$5M');
    expect(formatUsd(250_000)).toBe('$250,000');
  });
});
