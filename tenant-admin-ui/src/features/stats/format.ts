import type { Locale } from '@/lib/i18n/i18n';

/** Numbers, shares and durations in the reader's language; a missing value is a dash. */
export function statsFormat(locale: Locale) {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const seconds = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    count: (value: number | null | undefined) => (value == null ? '—' : count.format(value)),
    percent: (value: number | null | undefined) => (value == null ? '—' : percent.format(value)),
    /** Below a second in milliseconds, else in seconds: "420 ms", "1,3 s". */
    latency: (ms: number | null | undefined) =>
      ms == null ? '—' : ms < 1000 ? `${Math.round(ms)} ms` : `${seconds.format(ms / 1000)} s`,
    /** A period by its first day: "3. Nov." for days and weeks, "Nov. 2026" for months. */
    period: (start: string, granularity: string) =>
      (granularity === 'month' ? month : day).format(new Date(`${start}T00:00:00Z`)),
  };
}

/** Whether the range reaches today (Europe/Berlin): its last period is still filling up. */
export function reachesToday(to: string, now = new Date()): boolean {
  return to >= now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}
