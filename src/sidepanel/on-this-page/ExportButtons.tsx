import { mentionsToCsv, mentionsToJson } from '../../shared/mentions-export';
import type { PageMentions } from '../../shared/views/page-views';
import { downloadText, fileStamp } from '../../ui/download';

/** Downloads this page's mentions as CSV or JSON, built here from the list on screen. */
export function ExportButtons({ page }: { page: PageMentions }) {
  const stamp = fileStamp(new Date(page.takenAt));
  return (
    <div class="button-row" role="group" aria-label="Export mentions">
      <button
        type="button"
        onClick={() => downloadText(`nk-threat-lens-mentions-${stamp}.csv`, mentionsToCsv(page), 'text/csv')}
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(`nk-threat-lens-mentions-${stamp}.json`, mentionsToJson(page), 'application/json')
        }
      >
        Export JSON
      </button>
    </div>
  );
}
