/** "$1,500,000,000" → "$1.5B"; small amounts written out. */
export function formatUsd(amount: number): string {
  if (amount >= 1e9) {
    return `$${trim(amount / 1e9)}B`;
  }
  if (amount >= 1e6) {
    return `$${trim(amount / 1e6)}M`;
  }
  return `$${WHOLE_NUMBER.format(amount)}`;
}

// Built once: each toLocaleString call with options builds a formatter anew,
// about a millisecond apiece, several times per card.
const WHOLE_NUMBER = new Intl.NumberFormat('en-US');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const trim = (value: number) => value.toFixed(value >= 100 ? 0 : 1).replace(/\.0$/, '');

/** ISO "2022-03-23" / "2022-03" / "2022" → "Mar 2022" style, for compact display. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) {
    return year ?? iso;
  }
  const name = MONTHS[Number(month) - 1];
  if (!name) {
    return iso;
  }
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
