/**
 * `aquao-consent-log.js`, the proof-log chunk: the loader fetches it only where there is a record to send, that is
 * when a decision is made on the page (with the UI, which asks for it at once, or through the API) or when earlier
 * pages left records unsent. It sends every grant, refusal and withdrawal to `logEndpoint`
 * (`connectProofLog`, docs/proof-of-consent.md).
 */
import type { ConsentChange, ConsentState } from '@aquao/consent-core';
import type { GpcAwareManager } from '@aquao/consent-core/gpc';
import { connectProofLog, type ProofLogOptions } from '@aquao/consent-core/proof';
import { handOver } from './chunk-entry.js';

/** A change the loader heard before this chunk was there: the new state, the change, and the state before it. */
export type Missed = readonly [ConsentState, ConsentChange, ConsentState];

export interface LogContext extends ProofLogOptions {
  readonly manager: GpcAwareManager;
  /** Changes made before this chunk arrived, in order; logged first. */
  readonly missed: readonly Missed[];
}

function start({ manager, missed, ...options }: LogContext): void {
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

handOver(start);
