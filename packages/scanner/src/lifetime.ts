/**
 * Cookie lifetimes: how long a cookie will live, whether it outlives 13 months (the CNIL's cap for exempt audience
 * measurement, lignes directrices 2020-091 art. 5, and its recommended cap for any tracker), and the words for it.
 */
const DAY_MS = 86_400_000;

/** Days from `now` to `expires` (seconds since the epoch), or `null` for a session cookie. */
export const lifetimeDays = (expires: number, now: number): number | null =>
  expires < 0 ? null : Math.max(0, (expires * 1000 - now) / DAY_MS);

/** Whether a cookie expiring at `expires` outlives 13 calendar months from `now` (one day of slack for clocks). */
export function outlives13Months(expires: number, now: number): boolean {
  if (expires < 0) return false;
  const cap = new Date(now);
  cap.setMonth(cap.getMonth() + 13);
  return expires * 1000 > cap.getTime() + DAY_MS;
}

/** Whether the consent cookie outlives the choice it holds: the core writes it for `maxAgeDays` + 1 day. */
export const outlivesChoice = (expires: number, now: number, maxAgeDays: number): boolean =>
  expires >= 0 && expires * 1000 > now + (maxAgeDays + 2) * DAY_MS;

/** «13 mois» / "13 months", the way a cookie policy states a lifetime; «13,1 mois» when it is not a whole number. */
export function describeLifetime(days: number | null): { fr: string; en: string } {
  if (days === null) return { fr: 'session', en: 'session' };
  const say = (n: number, fr: string, en: string) => ({
    fr: `${n.toLocaleString('fr-FR')} ${fr}${n >= 2 && !fr.endsWith('s') ? 's' : ''}`,
    en: `${n.toLocaleString('en-GB')} ${en}${n === 1 ? '' : 's'}`,
  });
  if (days < 1) return say(Math.max(1, Math.round(days * 24)), 'heure', 'hour');
  if (days < 60) return say(Math.round(days), 'jour', 'day');
  const months = days / 30.44;
  return say(Math.abs(months - Math.round(months)) < 0.1 ? Math.round(months) : Math.round(months * 10) / 10, 'mois', 'month');
}
