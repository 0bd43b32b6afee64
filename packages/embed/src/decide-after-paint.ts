/**
 * The manager the UI acts on: a click's decision waits until the next frame is painted, so the click's feedback (the
 * banner closing) is not held back by what a decision sets off (storing, clearing refused cookies, gating, Consent
 * Mode, the proof log): Interaction to Next Paint (Web Vitals, "Optimize long tasks": yield after the paint).
 *
 * It is never lost, nor reordered: it runs at once if the page is hidden or closed first (visibilitychange comes
 * before pagehide; capture runs before the proof log's pagehide listener, which then sends its record), and before
 * any other decision (the page's API calls `flush` first). Gated content waits for it like for any decision: the
 * decision is stored before its subscribers, the gating among them, hear of it.
 */
import type { ConsentManager } from '@aquao/consent-core';

/** The methods that store a decision. */
const DECISIONS = ['acceptAll', 'rejectAll', 'update', 'grant'] as const;

/**
 * @param answered called at once when a click answers the question (every decision but a placeholder's partial
 *   grant): the UI gives its visible feedback there, in the click's own frame (the banner closes), since a click
 *   that changes nothing on screen has its "next paint" only when the decision lands.
 */
export function decideAfterPaint<M extends ConsentManager>(manager: M, answered: () => void): { manager: M; flush: () => void } {
  let pending: (() => void) | undefined;
  const flush = () => {
    const decide = pending;
    pending = undefined;
    decide?.();
  };
  addEventListener('pagehide', flush, true);
  document.addEventListener('visibilitychange', flush, true);
  const deferred: Record<string, unknown> = { ...(manager as object) };
  for (const name of DECISIONS) {
    const decide = (manager as unknown as Record<string, unknown>)[name] as ((...args: unknown[]) => void) | undefined;
    if (!decide) continue;
    deferred[name] = (...args: unknown[]) => {
      flush();
      if (name !== 'grant') answered();
      pending = () => decide(...args);
      // A frame callback runs before that frame's paint; a task queued from it runs after.
      requestAnimationFrame(() => setTimeout(flush));
    };
  }
  return { manager: deferred as M, flush };
}
