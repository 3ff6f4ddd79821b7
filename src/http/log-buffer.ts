/**
 * JSON lines written a batch at a time: a busy server answering thousands of requests a
 * second made one write (a system call) per request line. Lines wait at most `maxDelayMs`
 * (or until `maxBytes` wait), and whatever waits is written when the process exits.
 */
export interface LinesBuffered {
  /** Queue one line (an object, written as JSON). */
  readonly line: (line: Record<string, unknown>) => void;
  /** Write what waits now. */
  readonly flush: () => void;
}

export function linesBuffered(
  write: (text: string) => void,
  maxDelayMs = 1_000,
  maxBytes = 64 * 1024,
): LinesBuffered {
  let waiting: string[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const text = waiting.join('');
    waiting = [];
    bytes = 0;
    write(text);
  };
  process.once('exit', flush);
  return {
    line(line) {
      const text = `${JSON.stringify(line)}\n`;
      waiting.push(text);
      bytes += text.length;
      if (bytes >= maxBytes) flush();
      else timer ??= setTimeout(flush, maxDelayMs).unref();
    },
    flush,
  };
}
