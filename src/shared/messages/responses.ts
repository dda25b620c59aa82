import type { ImportPreview } from '../import';
import type { CustomTerm } from '../store/records';
import type { GroupProfile, SearchHit } from '../views/group-views';
import type { PageMentions } from '../views/page-views';
import type { BootstrapHead } from '../bootstrap-cache';
import type { AboutData, Overview } from '../views/state-views';
import type { BackgroundToContent } from './background-to-content';
import type { BackgroundToUi } from './background-to-ui';
import type { ContentRequest } from './content-to-background';
import type { UiRequest } from './ui-to-background';

/** The value each request answers with (wrapped in a Result). */
export interface ContentResponses {
  'content/bootstrap': BootstrapHead;
  'content/report': null;
  'content/unwatch-term': null;
  'content/disable-site': null;
  'content/open-side-panel': null;
}

export interface UiResponses {
  'ui/overview': Overview;
  'ui/group': GroupProfile;
  'ui/search': SearchHit[];
  'ui/set-switch': null;
  'ui/save-custom-term': CustomTerm;
  'ui/remove-custom-term': null;
  'ui/save-site-rule': null;
  'ui/remove-site-rule': null;
  'ui/set-site-enabled': null;
  'ui/set-setting': null;
  'ui/tab-mentions': PageMentions;
  'ui/reveal-mention': null;
  'ui/import-preview': { token: string; preview: ImportPreview };
  'ui/import-confirm': { importId: string };
  'ui/import-remove': null;
  'ui/watchlist-import': { added: number; updated: number };
  'ui/backup': { text: string; fileName: string };
  'ui/restore': null;
  'ui/about': AboutData;
  'ui/open-side-panel': null;
}

export interface BackgroundToContentResponses {
  'bg/state-changed': null;
  'bg/list-mentions': PageMentions;
  'bg/reveal-mention': boolean;
  'bg/command': null;
}

export interface BackgroundToUiResponses {
  'bg/mentions-changed': null;
  'bg/ui-state-changed': null;
  'bg/show-group': null;
}

// Compile-time checks that every request type has a response entry and no more.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const responseMapsAreComplete: [
  Exact<ContentRequest['type'], keyof ContentResponses>,
  Exact<UiRequest['type'], keyof UiResponses>,
  Exact<BackgroundToContent['type'], keyof BackgroundToContentResponses>,
  Exact<BackgroundToUi['type'], keyof BackgroundToUiResponses>,
] = [true, true, true, true];
