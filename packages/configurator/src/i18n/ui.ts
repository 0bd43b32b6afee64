/**
 * The configurator's words in the chosen language: French first, English on request. French strings get French
 * typography on the way out (the `frenchSpaces` of the embed's messages), so `fr.ts` is written with plain spaces.
 */
import { frenchSpaces } from '@aquao/consent-embed/validate';
import type { UiLanguage } from '../model/findings.js';
import { fr, type Words } from './fr.js';
import { en } from './en.js';

type Value = string | ((...args: never[]) => string) | { [key: string]: Value };

const typeset = <T extends Value>(value: T): T =>
  (typeof value === 'string'
    ? frenchSpaces(value)
    : typeof value === 'function'
      ? (...args: never[]) => frenchSpaces(value(...args))
      : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeset(item)]))) as T;

const french = typeset(fr as unknown as Value) as unknown as Words;

/** The configurator's words in `language`. */
export const ui = (language: UiLanguage): Words => (language === 'fr' ? french : en);
