/**
 * Dataset dates are partial ISO dates: YYYY, YYYY-MM or YYYY-MM-DD, and must
 * name a real calendar date (no 2024-13-01, no 2023-02-29).
 */
const PARTIAL_ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialIsoDate(value: string): boolean {
  const match = PARTIAL_ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) {
    return true;
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return false;
  }
  if (dayText === undefined) {
    return true;
  }
  const day = Number(dayText);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
