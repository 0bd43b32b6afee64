/**
 * The draft: the edit in progress, kept in this browser (`localStorage`) at each change, so a closed tab or a
 * reload loses nothing. Only on the person's own device; offered, never opened without asking.
 */
import type { Config } from './config-edit.js';

export const DRAFT_KEY = 'aquao-configurator-draft';

export interface Draft {
  readonly config: Config;
  readonly opened: Config;
  /** What was opened, in words. */
  readonly source: string;
}

export function readDraft(storage: Storage = localStorage): Draft | undefined {
  try {
    const draft = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null');
    return draft && typeof draft.config === 'object' && typeof draft.opened === 'object' ? (draft as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft, storage: Storage = localStorage): void {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private browsing): the edit goes on, without a draft.
  }
}
