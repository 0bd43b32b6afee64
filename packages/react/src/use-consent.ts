/**
 * `useConsent(manager)`: the visitor's decision as React state, re-rendered on every change (a decision on this
 * page, a withdrawal, another tab). Built on `useSyncExternalStore` over the manager's `subscribe` and `getState`
 * (which returns the same object until something changes, as that hook requires).
 */
import { useSyncExternalStore } from 'react';
import type { ConsentManager, ConsentState } from '@aquao/consent-core';

type Source = Pick<ConsentManager, 'config' | 'getState' | 'subscribe'>;

const undecided = new WeakMap<Source, ConsentState>();

/**
 * What a server renders: it has no cookie, so no decision, only the required purposes granted. Hydration must start
 * from the same state (React renders the server's markup first), then moves to the visitor's stored one.
 */
function serverState(manager: Source): ConsentState {
  let state = undecided.get(manager);
  if (!state) {
    const { categories, revision } = manager.config;
    state = Object.freeze({
      hasDecision: false,
      categories: Object.fromEntries(categories.map((c) => [c.id, c.required])),
      services: Object.fromEntries(categories.map((c) => [c.id, Object.fromEntries(c.services.map((s) => [s.id, c.required]))])),
      revision,
    });
    undecided.set(manager, state);
  }
  return state;
}

/** The current `ConsentState` of `manager` (or of the embed's `window.aquaoConsent`). */
export function useConsent(manager: Source): ConsentState {
  return useSyncExternalStore(manager.subscribe, manager.getState, () => serverState(manager));
}
