const compactUsd = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const fullUsd = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** "$1.5B": for charts and tight spaces. */
export function formatUsdShort(amount: number): string {
  return compactUsd.format(amount);
}

/** "$1,500,000,000": where the exact figure matters. */
export function formatUsd(amount: number): string {
  return fullUsd.format(amount);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Dataset dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD": show only the precision they have. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !monthName) {
    return year ?? date;
  }
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An ISO timestamp as a short local date and time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}
