import type { Incident } from '../../shared/dataset/types';
import { formatUsdShort as shortUsd } from '../../ui/format';

export type TimelineIncident = Pick<Incident, 'id' | 'name' | 'date' | 'lossUsd' | 'disputed'>;

export interface TimelinePoint {
  incident: TimelineIncident;
  x: number;
  /** Top of the stem (the dot's centre); equals axisY for incidents with no known loss. */
  y: number;
  /** Short loss label for the largest losses ("$1.5B"), else null. */
  label: string | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  plotTop: number;
  years: { x: number; label: string }[];
  lossTicks: { y: number; label: string }[];
  points: TimelinePoint[];
}

const MARGIN = { left: 44, right: 14, top: 18, bottom: 26 };
/** Losses below this sit at the bottom of the scale: $100k. */
const MIN_LOSS_EXPONENT = 5;
const LABELLED_LARGEST = 3;

/** "2016" → the middle of 2016; "2016-02" → mid-February; "2016-02-05" → that day. */
export function fractionalYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) {
    return Number.NaN;
  }
  if (!month) {
    return year + 0.5;
  }
  return year + (month - 1 + (day ? (day - 0.5) / 31 : 0.5)) / 12;
}

function yearStep(span: number): number {
  return span <= 8 ? 1 : span <= 16 ? 2 : 5;
}

/**
 * Positions for the incident timeline: time runs left to right; a stem's
 * height is the loss on a log scale (so $1.5B and $500k are both visible),
 * and incidents with no known loss sit on the axis.
 */
export function layoutTimeline(
  incidents: readonly TimelineIncident[],
  width = 360,
  height = 170,
): TimelineLayout {
  const dated = incidents.filter((incident) => Number.isFinite(fractionalYear(incident.date)));
  const years = dated.map((incident) => fractionalYear(incident.date));
  const first = Math.floor(Math.min(...years, new Date().getFullYear()));
  const last = Math.max(first + 1, Math.floor(Math.max(...years, first)) + 1);
  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  const axisY = height - MARGIN.bottom;
  const plotTop = MARGIN.top;
  const xOf = (year: number) => plotLeft + ((year - first) / (last - first)) * (plotRight - plotLeft);

  const losses = dated.flatMap((incident) =>
    incident.lossUsd && incident.lossUsd > 0 ? [incident.lossUsd] : [],
  );
  const maxExponent = Math.max(MIN_LOSS_EXPONENT + 1, Math.ceil(Math.log10(Math.max(...losses, 1))));
  const yOf = (loss: number) => {
    const exponent = Math.max(MIN_LOSS_EXPONENT, Math.log10(loss));
    const share = (exponent - MIN_LOSS_EXPONENT) / (maxExponent - MIN_LOSS_EXPONENT);
    // Keep even the smallest known loss visibly above the axis.
    return axisY - 6 - share * (axisY - 6 - plotTop);
  };

  const step = yearStep(last - first);
  const yearTicks: TimelineLayout['years'] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    yearTicks.push({ x: xOf(year), label: String(year) });
  }
  const lossTicks: TimelineLayout['lossTicks'] = [];
  for (let exponent = MIN_LOSS_EXPONENT + 1; exponent <= maxExponent; exponent++) {
    lossTicks.push({ y: yOf(10 ** exponent), label: shortUsd(10 ** exponent) });
  }

  const largest = new Set(
    [...dated]
      .filter((incident) => incident.lossUsd)
      .sort((a, b) => (b.lossUsd ?? 0) - (a.lossUsd ?? 0))
      .slice(0, LABELLED_LARGEST)
      .map((incident) => incident.id),
  );
  const points = dated
    .map((incident) => ({
      incident,
      x: xOf(fractionalYear(incident.date)),
      y: incident.lossUsd && incident.lossUsd > 0 ? yOf(incident.lossUsd) : axisY,
      label: largest.has(incident.id) && incident.lossUsd ? shortUsd(incident.lossUsd) : null,
    }))
    .sort((a, b) => a.x - b.x);

  return { width, height, plotLeft, plotRight, axisY, plotTop, years: yearTicks, lossTicks, points };
}
