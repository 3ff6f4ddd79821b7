/**
 * Whose clock says what "today" is: this device's time zone, or one the lifter chose in
 * Settings (kept on this device). Sent with every API request as `X-Thrust-Zone`, so a
 * server in another time zone plans and logs by the lifter's day.
 */
const KEY = 'thrust.zone';

/** The device's own time zone ("Europe/Berlin"). */
export const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone the lifter chose on this device, or null for the device's own. */
export function chosenZone(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function chooseZone(zone: string | null): void {
  if (zone === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, zone);
}

/** The zone in effect. */
export const lifterZone = (): string => chosenZone() ?? deviceZone();

/** Every zone this browser knows, for the Settings list (the device's first). */
export function zones(): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const device = deviceZone();
  return [device, ...known.filter((z) => z !== device)];
}
