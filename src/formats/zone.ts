/**
 * Local wall-clock time in a named time zone, both ways, with the platform's time zone data
 * (Intl): exports write times as the lifter's clock showed them, imports read them so.
 */

/** The machine's time zone ("Europe/Berlin"), the default for a lifter who set none. */
export function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const UTC = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at instant `ms`: "YYYY-MM-DD" and "HH:MM:SS". */
export function local(ms: number, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** Milliseconds `zone` is ahead of UTC at instant `ms` (e.g. +3,600,000 for CET). */
function offset(ms: number, zone: string): number {
  const { date, time } = local(ms, zone);
  return Date.parse(`${date}T${time}Z`) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant, as an ISO string, at which the clock in `zone` showed `date` `time`
 * ("HH:MM" or "HH:MM:SS"). A time skipped by a clock change reads as the instant an hour
 * on; a time shown twice as the first.
 */
export function toInstant(date: string, time: string, zone: string): string {
  const wall = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  // A clock with no offset and no changes (servers often run so) needs no working out.
  if (UTC.has(zone)) return new Date(wall).toISOString();
  const HALF_DAY = 12 * 3600 * 1000;
  // The offsets before and after any clock change near this time; each gives a candidate.
  const candidates = [wall - offset(wall - HALF_DAY, zone), wall - offset(wall + HALF_DAY, zone)];
  const shows = (ms: number) => Date.parse(`${Object.values(local(ms, zone)).join('T')}Z`) === wall;
  const valid = candidates.filter(shows).sort((a, b) => a - b);
  return new Date(valid[0] ?? (candidates[0] as number)).toISOString();
}

/** Whether `zone` names a time zone this platform knows ("Europe/Berlin", "UTC"). */
export function isZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}
