/** One highlighted mention on a page, as the side panel and exports see it. */
export interface PageMention {
  /** Index in document order within its frame (stable until the page changes). */
  index: number;
  frameId: number;
  groupId: string | null;
  /** The group's name, or the custom term's label. */
  groupName: string;
  termId: string;
  /** The text as it appears on the page. */
  alias: string;
  /** Up to ~80 characters either side. */
  before: string;
  after: string;
}

export interface PageMentions {
  url: string;
  title: string;
  /** ISO time the list was taken. */
  takenAt: string;
  mentions: PageMention[];
}

/** What a frame reports after each scan, for the badge and live side panel. */
export interface FrameReport {
  url: string;
  count: number;
  countsByKey: Record<string, number>;
}
