// React decodes a server action's arguments recursively: an array nested a few thousand deep
// overflows the stack (a 500) before any of our code runs. This counts nesting without recursion,
// so the request can be refused first.

/**
 * The deepest nesting of arrays and objects in a JSON text, ignoring brackets inside strings.
 * Stops counting once `stopAt` is passed (the answer is then `stopAt + 1`).
 */
export function jsonNestingDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (char === 0x5d || char === 0x7d) depth = Math.max(0, depth - 1);
  }
  return deepest;
}
