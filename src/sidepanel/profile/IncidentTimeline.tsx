import { useMemo, useState } from 'preact/hooks';
import type { Incident } from '../../shared/dataset/types';
import { formatPartialDate, formatUsd } from '../../ui/format';
import { layoutTimeline } from './timeline-layout';

function describeIncident(incident: Incident): string {
  const loss = incident.lossUsd ? `loss ${formatUsd(incident.lossUsd)}` : 'no known monetary loss';
  return `${incident.name}, ${formatPartialDate(incident.date)}, ${loss}${incident.disputed ? ', attribution disputed' : ''}`;
}

/**
 * Incidents on a time axis; a stem's height is the loss on a log scale.
 * Each dot is focusable and, hovered or focused, shows its details below the
 * chart. The list under the chart carries the same facts for screen readers.
 */
export function IncidentTimeline({ incidents }: { incidents: Incident[] }) {
  const layout = useMemo(() => layoutTimeline(incidents), [incidents]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = incidents.find((incident) => incident.id === activeId) ?? null;

  return (
    <figure class="timeline">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label="Incident timeline: time left to right, stem height is the loss in US dollars on a log scale"
        class="timeline-svg"
      >
        {layout.lossTicks.map((tick) => (
          <g key={tick.label} class="timeline-grid">
            <line x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} />
            <text x={layout.plotLeft - 4} y={tick.y + 3} text-anchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        <line
          class="timeline-axis"
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.years.map((year) => (
          <g key={year.label} class="timeline-year">
            <line x1={year.x} x2={year.x} y1={layout.axisY} y2={layout.axisY + 4} />
            <text x={year.x} y={layout.axisY + 16} text-anchor="middle">
              {year.label}
            </text>
          </g>
        ))}
        {layout.points.map((point) => {
          const incident = point.incident as Incident;
          const known = incident.lossUsd !== null && incident.lossUsd > 0;
          const selected = incident.id === activeId;
          return (
            <g
              key={incident.id}
              class={`timeline-point${known ? '' : ' unknown-loss'}${incident.disputed ? ' disputed' : ''}${selected ? ' selected' : ''}`}
              tabIndex={0}
              role="img"
              aria-label={describeIncident(incident)}
              onMouseEnter={() => setActiveId(incident.id)}
              onFocus={() => setActiveId(incident.id)}
              onClick={() => setActiveId(incident.id)}
            >
              {known && (
                <line x1={point.x} x2={point.x} y1={layout.axisY} y2={point.y} class="timeline-stem" />
              )}
              <circle cx={point.x} cy={point.y} r={known ? 5 : 4} class="timeline-dot" />
              {/* A larger transparent target makes small dots easy to hover. */}
              <circle cx={point.x} cy={point.y} r={9} class="timeline-hit" />
              {point.label && (
                <text
                  x={point.x}
                  y={point.y - 8}
                  text-anchor={point.x > layout.plotRight - 20 ? 'end' : 'middle'}
                >
                  {point.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="timeline-details">
        {active ? (
          <>
            <strong>{active.name}</strong>
            <span class="muted"> · {formatPartialDate(active.date)}</span>
            <br />
            {active.lossUsd ? `Loss ${formatUsd(active.lossUsd)}` : 'No known monetary loss'} ·{' '}
            {active.victim}
            {active.disputed && <span class="badge warn">attribution disputed</span>}
          </>
        ) : (
          <span class="muted">
            Hover or focus a dot for details. Filled dots have a known loss (height, log scale); hollow dots
            on the axis have none.
          </span>
        )}
      </figcaption>
    </figure>
  );
}
