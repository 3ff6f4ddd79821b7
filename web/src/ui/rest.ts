/**
 * The rest between sets, kept outside any screen: it runs on across screens and reloads.
 * The end is a wall-clock time, kept with the page's reads (a logout forgets it).
 */
const KEY = 'thrust.read:rest';
const listeners = new Set<() => void>();

export interface Rest {
  /** When the rest ends, in ms since 1970. */
  readonly end: number;
  readonly seconds: number;
}

export function current(): Rest | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Rest | null;
  } catch {
    return null;
  }
}

function set(rest: Rest | null) {
  try {
    if (rest) localStorage.setItem(KEY, JSON.stringify(rest));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the rest lasts until a reload.
  }
  for (const l of listeners) l();
}

export const start = (seconds: number) => set({ end: Date.now() + seconds * 1000, seconds });
export const stop = () => set(null);

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
