import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/content/card/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 300 };

describe('placeCard', () => {
  it('goes below the mention when it fits', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, size, viewport)).toEqual({
      left: 100,
      top: 126,
      maxHeight: null,
    });
  });

  it('goes above when there is no room below', () => {
    const placed = placeCard({ left: 100, top: 700, bottom: 720 }, size, viewport);
    expect(placed).toEqual({ left: 100, top: 394, maxHeight: null });
  });

  it('shrinks on the roomier side rather than cover the mention', () => {
    const tall = { width: 380, height: 700 };
    const placed = placeCard({ left: 100, top: 250, bottom: 270 }, tall, viewport);
    expect(placed.top).toBe(276);
    expect(placed.maxHeight).toBe(800 - 8 - 276);
    const high = placeCard({ left: 100, top: 600, bottom: 620 }, tall, viewport);
    expect(high.top + (high.maxHeight ?? 0)).toBeLessThanOrEqual(600 - 6);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 10, bottom: 30 }, size, viewport).left).toBe(1000 - 8 - 380);
    expect(placeCard({ left: -50, top: 10, bottom: 30 }, size, viewport).left).toBe(8);
  });
});
