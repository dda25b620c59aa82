import type { Painter } from './painter';
import { clientRectsOf } from '../text/range-geometry';

/**
 * Fallback for browsers without CSS.highlights: translucent boxes over each
 * mention's client rects, drawn in our own shadow host (never in the page's
 * DOM), redrawn on scroll and resize.
 */
export class OverlayPainter implements Painter {
  private readonly ranges = new Map<string, Set<AbstractRange>>();
  private readonly layer: HTMLDivElement;
  private pending = false;

  constructor(container: ShadowRoot, signal: AbortSignal) {
    this.layer = document.createElement('div');
    this.layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
    container.append(this.layer);
    const schedule = () => this.schedule();
    addEventListener('scroll', schedule, { passive: true, capture: true, signal });
    addEventListener('resize', schedule, { passive: true, signal });
  }

  add(key: string, range: AbstractRange): void {
    let set = this.ranges.get(key);
    if (!set) {
      set = new Set();
      this.ranges.set(key, set);
    }
    set.add(range);
    this.schedule();
  }

  remove(key: string, range: AbstractRange): void {
    this.ranges.get(key)?.delete(range);
    this.schedule();
  }

  isDrawing(key: string): boolean {
    return (this.ranges.get(key)?.size ?? 0) > 0;
  }

  setRules(): void {
    this.schedule();
  }

  expect(): void {}

  adoptRoot(): void {}

  clear(): void {
    this.ranges.clear();
    this.schedule();
  }

  private schedule(): void {
    if (!this.pending) {
      this.pending = true;
      requestAnimationFrame(() => this.draw());
    }
  }

  private draw(): void {
    this.pending = false;
    const boxes: HTMLDivElement[] = [];
    for (const [key, set] of this.ranges) {
      const colour = key === 'nktl-current' ? 'rgba(29,78,216,0.45)' : 'rgba(255,176,0,0.4)';
      for (const abstract of set) {
        for (const rect of clientRectsOf(abstract)) {
          if (rect.bottom < 0 || rect.top > innerHeight) {
            continue;
          }
          const box = document.createElement('div');
          box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;background:${colour};`;
          boxes.push(box);
        }
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}
