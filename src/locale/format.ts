// Dates, numbers, percentages and plurals in the active language, all through
// Intl; nothing else in the app formats a date or a number for people.
// Calendar dates are ISO strings (YYYY-MM-DD) of the user's local day.

import { localeInfo } from './locales';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The formatters of one locale, made once per locale and reused. */
export interface Formatter {
  /** 21.11.2026 (de), an ISO date's local day; an unparsable value as it is. */
  date(isoDate: string): string;
  /** 21.11. (de): a short label, e.g. on a chart's axis. */
  dayMonth(isoDate: string): string;
  /** 21.11.26 (de): a short label with a two-digit year, for axes that span years. */
  dayMonthYear(isoDate: string): string;
  /** 14.03.2026, 10:00 (de): an instant in local time. */
  dateTime(iso: string): string;
  /** 10:00 (de): the time of day of an instant, in local time. */
  time(iso: string): string;
  /** 1.234,5 (de), at most `digits` fraction digits. */
  number(value: number, digits?: number): string;
  /** 42,5 % (de), from a share between 0 and 1. */
  percent(share: number, digits?: number): string;
  /** The plural category of a count (one, other, …) for a catalog to choose its words. */
  plural(count: number): Intl.LDMLPluralRule;
}

function fromIso(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Makes the formatters of a locale. */
export function makeFormatter(localeId: string): Formatter {
  const tag = localeInfo(localeId).intl;
  const date = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const dayMonth = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit' });
  const dayMonthYear = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    year: '2-digit',
  });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  const plural = new Intl.PluralRules(tag);
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const cached = (
    map: Map<number, Intl.NumberFormat>,
    digits: number,
    style: 'decimal' | 'percent',
  ) => {
    let f = map.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, { style, maximumFractionDigits: digits });
      map.set(digits, f);
    }
    return f;
  };
  return {
    date: (iso) => {
      const d = fromIso(iso);
      return d ? date.format(d) : iso;
    },
    dayMonth: (iso) => {
      const d = fromIso(iso);
      return d ? dayMonth.format(d) : iso;
    },
    dayMonthYear: (iso) => {
      const d = fromIso(iso);
      return d ? dayMonthYear.format(d) : iso;
    },
    dateTime: (iso) => dateTime.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
    number: (value, digits = 1) => cached(numbers, digits, 'decimal').format(value),
    percent: (share, digits = 1) => cached(percents, digits, 'percent').format(share),
    plural: (count) => plural.select(count),
  };
}
