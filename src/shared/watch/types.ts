import type { AmbiguityClass } from '../dataset/types';
import type { PhraseNames } from '../matcher/entries';

/**
 * One term the content script looks for. Compiled by the background from the
 * dataset's aliases (minus those the user switched off) and the user's custom
 * terms, and cached by the content script so pages never wait on a sleeping
 * service worker.
 */
export interface WatchTerm {
  /** Alias id for dataset terms, "custom:<uuid>" for custom terms. */
  id: string;
  text: string;
  /**
   * The group the highlight belongs to (first = primary). Empty for custom
   * terms, which highlight under their own key.
   */
  groupIds: string[];
  caseSensitive: boolean;
  /** Custom terms may opt out of whole-word matching; dataset aliases are always whole-word. */
  wholeWord: boolean;
  ambiguity: AmbiguityClass | null;
  /** Custom terms only: user label and CSS colour. */
  label?: string;
  color?: string;
}

export interface WatchList {
  /** Changes whenever the compiled list changes, so caches can be checked cheaply. */
  revision: string;
  terms: WatchTerm[];
  /**
   * The matcher's pattern sources for exactly these terms (precompilePatterns),
   * built once by the background so no page pays for building them.
   */
  patterns?: string[];
  /** The terms' names tokenized (precompileNames), for the same reason. */
  names?: (string | null)[];
  /** The word tries' start finder sources (precompileStartFinders), for the same reason. */
  startFinders?: (string | null)[];
  /** The matcher's fixed phrases (context cues, other meanings) tokenized (precompilePhraseNames), for the same reason. */
  phraseNames?: PhraseNames;
  /** The first term of each distinct highlight source (keyRepresentatives), for the same reason. */
  keyTerms?: number[];
  /** The extension version that built `patterns`, `names`, `startFinders`, `phraseNames` and `keyTerms`: a cache left by an older version must not be replayed. */
  patternsBuiltBy?: string;
}
