/**
 * A backup's text read a bounded piece at a time, so a server reading a large one keeps
 * answering everyone else: JSON.parse of a 27 MB backup took over a second in one piece
 * (and the route parsed it three times), a freeze of the whole process. One scan, a
 * megabyte at a time, checks the nesting and finds each session of the top-level
 * "sessions" array; the rest of the file and then the sessions are parsed a page at a time,
 * with a turn of the event loop between pieces.
 */
import { setImmediate as turn } from 'node:timers/promises';

/** Deeper than any backup nests (a set's load is four levels down). */
export const MAX_DEPTH = 64;
/** Characters scanned, or parsed, between two turns of the event loop. */
const PIECE = 1 << 20;

export type Read =
  | { readonly kind: 'ok'; readonly rest: unknown; readonly sessions: unknown[] }
  | { readonly kind: 'syntax'; readonly message: string }
  | { readonly kind: 'too-deep' };

const [QUOTE, BACKSLASH, OPEN_A, OPEN_O, CLOSE_A, CLOSE_O, COMMA] = [
  '"',
  '\\',
  '[',
  '{',
  ']',
  '}',
  ',',
].map((ch) => ch.charCodeAt(0));
const SPACE = /\s/;

/** Where the top-level "sessions" array and each of its elements lie in the text. */
interface Spans {
  readonly array: [number, number] | null;
  readonly elements: [number, number][];
}

/** The spans; or 'too-deep'; or, for a separator out of place between sessions, what it is. */
async function scan(
  text: string,
  maxDepth: number,
): Promise<Spans | { readonly tooDeep: true } | { readonly syntax: string }> {
  let level = 0;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  let array: [number, number] | null = null;
  let inSessions = false;
  let elementStart = -1;
  let commaDue = false;
  const elements: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (i % PIECE === 0 && i > 0) await turn();
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) {
        inString = false;
        if (level === 1) lastKey = text.slice(stringStart, i + 1);
      }
      continue;
    }
    if (inSessions && level === 2) {
      // Between the sessions: whitespace, and one comma between two of them.
      if (ch === COMMA) {
        if (!commaDue) return { syntax: `unexpected "," at position ${i}` };
        commaDue = false;
        continue;
      }
      if (ch === OPEN_O || ch === OPEN_A || ch === QUOTE) {
        if (commaDue) return { syntax: `expected "," or "]" at position ${i}` };
        elementStart = i;
      } else if (ch === CLOSE_A) {
        if (!commaDue && elements.length > 0) return { syntax: `unexpected "]" at position ${i}` };
      } else if (!SPACE.test(text[i] ?? '')) {
        // A number, true, false or null: left to the schema, which wants an object.
        if (commaDue) return { syntax: `expected "," or "]" at position ${i}` };
        let j = i;
        while (j < text.length && !/[\s,\]]/.test(text[j] ?? '')) j++;
        elements.push([i, j]);
        commaDue = true;
        i = j - 1;
        continue;
      }
    }
    if (ch === QUOTE) {
      inString = true;
      stringStart = i;
      if (inSessions && level === 2) {
        // A string element: find its end here, then treat it as one element.
        let j = i + 1;
        for (; j < text.length; j++) {
          const c = text.charCodeAt(j);
          if (c === BACKSLASH) j++;
          else if (c === QUOTE) break;
        }
        elements.push([i, j + 1]);
        commaDue = true;
        inString = false;
        elementStart = -1;
        i = j;
      }
    } else if (ch === OPEN_A || ch === OPEN_O) {
      if (level === 1 && ch === OPEN_A && lastKey === '"sessions"' && array === null) {
        inSessions = true;
        array = [i, -1];
      }
      level++;
      if (level > maxDepth) return { tooDeep: true };
    } else if (ch === CLOSE_A || ch === CLOSE_O) {
      level--;
      if (inSessions && level === 2 && elementStart >= 0) {
        elements.push([elementStart, i + 1]);
        elementStart = -1;
        commaDue = true;
      } else if (inSessions && level === 1 && array) {
        array = [array[0], i + 1];
        inSessions = false;
      }
    }
  }
  return { array: array && array[1] > 0 ? array : null, elements };
}

/**
 * Read a backup's text: its nesting checked, its top-level fields and its sessions parsed,
 * a piece at a time. A text that is not JSON is 'syntax' (with JSON.parse's words).
 */
export async function readBackupText(text: string, maxDepth = MAX_DEPTH): Promise<Read> {
  const spans = await scan(text, maxDepth);
  if ('tooDeep' in spans) return { kind: 'too-deep' };
  if ('syntax' in spans) return { kind: 'syntax', message: spans.syntax };
  try {
    if (!spans.array) return { kind: 'ok', rest: JSON.parse(text), sessions: [] };
    const [from, to] = spans.array;
    const rest: unknown = JSON.parse(`${text.slice(0, from)}[]${text.slice(to)}`);
    // A second "sessions" key wins, as it would in JSON.parse.
    const later = (rest as { sessions?: unknown }).sessions;
    if (!Array.isArray(later) || later.length > 0) return { kind: 'ok', rest, sessions: [] };
    const sessions: unknown[] = [];
    let since = 0;
    for (const [a, b] of spans.elements) {
      sessions.push(JSON.parse(text.slice(a, b)));
      since += b - a;
      if (since > PIECE) {
        since = 0;
        await turn();
      }
    }
    return { kind: 'ok', rest, sessions };
  } catch (e) {
    return { kind: 'syntax', message: (e as Error).message };
  }
}
