/**
 * Reading a config from what a person has: a JSON file or pasted text (with the embed's own parser: line and column
 * of a JSON mistake, duplicate keys), or a page of the site, whose config element holds it.
 */
import { describeProblem, parseJsonSource } from '@aquao/consent-embed/validate';
import { isObject, type Config } from './config-edit.js';
import type { UiLanguage } from './findings.js';
import { ui } from '../i18n/ui.js';

export type Opened = { readonly config: Config } | { readonly error: string };

/**
 * The config in a JSON text, or why it cannot be read. Duplicate keys are reported too: JSON keeps the last one
 * silently, and the person would edit a config that is not the one they see.
 */
export function readConfigText(text: string, lang: UiLanguage): Opened {
  const json = text.replace(/^\ufeff/, '');
  const source = parseJsonSource(json);
  const [problem] = source.problems.filter((p) => !p.warning);
  if (problem) {
    const { line, column } = source.position(problem.offset);
    return { error: ui(lang).notJson(line, column, describeProblem(problem, lang)) };
  }
  if (!isObject(source.value)) return { error: ui(lang).notObject };
  return { config: source.value };
}

export const CONFIG_ELEMENT_SELECTOR = 'script#aquao-consent-config';

/** The config element's text in an HTML page, or `undefined` (a parsed document never runs its scripts). */
export function configTextOfPage(html: string): string | undefined {
  const page = new DOMParser().parseFromString(html, 'text/html');
  return page.querySelector(CONFIG_ELEMENT_SELECTOR)?.textContent ?? undefined;
}
