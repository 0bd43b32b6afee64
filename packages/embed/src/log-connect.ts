/**
 * Connects the proof log to the page's manager (`connectProofLog`, docs/proof-of-consent.md), hearing first the
 * changes the loader kept while no log was there. Both chunks carry it: the log chunk, for a decision made through
 * the API or records earlier pages left unsent, and the UI chunk, so that a decision made in the banner is logged
 * by the code that is already there when the visitor clicks, even if the page closes at once.
 */
import type { ConsentChange, ConsentState } from '@aquao/consent-core';
import type { GpcAwareManager } from '@aquao/consent-core/gpc';
import { connectProofLog, type ProofLogOptions } from '@aquao/consent-core/proof';

/** A change the loader heard before the log was there: the new state, the change, and the state before it. */
export type Missed = readonly [ConsentState, ConsentChange, ConsentState];

export interface LogContext extends ProofLogOptions {
  readonly manager: GpcAwareManager;
  /** Changes made before the log was connected, in order; logged first. */
  readonly missed: readonly Missed[];
}

export function connectLog({ manager, missed, ...options }: LogContext): void {
  // The proof log reads the state once, then hears every change: it hears the missed ones first, from the state
  // before them, as if it had been there.
  connectProofLog(
    {
      config: manager.config,
      getState: () => missed[0]?.[2] ?? manager.getState(),
      subscribe: (listener) => {
        for (const [state, change] of missed) listener(state, change);
        return manager.subscribe(listener);
      },
    },
    options,
  );
}
