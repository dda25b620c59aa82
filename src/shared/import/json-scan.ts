import { childPath, ROOT_PATH } from './path-errors';

/**
 * A linear, non-recursive scan of JSON text that finds the nesting depth before
 * JSON.parse runs. JSON.parse itself copes with deep input, but every later
 * recursive walk would not, and a file of a million "[" should be refused with a
 * message rather than a stack overflow. Strings (and escapes inside them) are
 * skipped so brackets inside text do not count.
 */

export interface DepthProblem {
  depth: number;
  /** Where the limit was crossed, e.g. "$.a.b[0]…" (keys as written, shortened). */
  path: string;
}

interface Frame {
  isObject: boolean;
  /** The last key seen in an object frame. */
  key: string;
  /** The current element index in an array frame. */
  index: number;
  expectingKey: boolean;
}

const PATH_SEGMENTS_SHOWN = 12;

export function findExcessiveNesting(text: string, maxDepth: number): DepthProblem | null {
  const stack: Frame[] = [];
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) {
        i++;
      } else if (c === 0x22 /* " */) {
        inString = false;
        const top = stack[stack.length - 1];
        if (top?.isObject && top.expectingKey) {
          top.key = text.slice(stringStart, i);
        }
      }
      continue;
    }
    switch (c) {
      case 0x22:
        inString = true;
        stringStart = i + 1;
        break;
      case 0x7b /* { */:
      case 0x5b /* [ */:
        stack.push({ isObject: c === 0x7b, key: '', index: 0, expectingKey: c === 0x7b });
        if (stack.length > maxDepth) {
          return { depth: stack.length, path: describeStack(stack) };
        }
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
        stack.pop();
        break;
      case 0x2c /* , */: {
        const top = stack[stack.length - 1];
        if (top) {
          top.index++;
          top.expectingKey = top.isObject;
        }
        break;
      }
      case 0x3a /* : */: {
        const top = stack[stack.length - 1];
        if (top) {
          top.expectingKey = false;
        }
        break;
      }
      default:
        break;
    }
  }
  return null;
}

function describeStack(stack: Frame[]): string {
  let path = ROOT_PATH;
  // The innermost frame has no member yet; the path names where it was opened.
  const frames = stack.slice(0, -1);
  for (const frame of frames.slice(0, PATH_SEGMENTS_SHOWN)) {
    path = childPath(path, frame.isObject ? frame.key : frame.index);
  }
  return frames.length > PATH_SEGMENTS_SHOWN ? `${path}…` : path;
}
