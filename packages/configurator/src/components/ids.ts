/** Element ids of the fields, from their key paths: the findings' list links to them, labels and errors use them. */
import { formatPath } from '@aquao/consent-embed/validate';
import type { Path } from '../model/config-edit.js';

/** `categories.analytics.services[0].id` → `f-categories_analytics_services_0_id`. */
export const fieldId = (path: Path): string => `f-${formatPath(path).replace(/[^\w-]+/g, '_').replace(/_$/, '') || 'root'}`;

/**
 * The element of the field at `path` or, when that key has no field of its own (a whole list, a key the forms do
 * not show), of the nearest key around it that has one.
 */
export function fieldElement(path: Path, root: ParentNode = document): HTMLElement | undefined {
  for (let n = path.length; n >= 0; n--) {
    const element = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(path.slice(0, n)))}`);
    if (element) return element;
  }
  return undefined;
}

/** Opens the `<details>` around `element`, brings it into view and focuses it. */
export function reveal(element: HTMLElement): void {
  for (let at = element.parentElement; at; at = at.parentElement) if (at instanceof HTMLDetailsElement) at.open = true;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}
