// Types of french-typography.mjs, for the configurator (TypeScript) that imports it as
// `@aquao/consent-embed/french-typography`.
import type { SchemaNode } from '@aquao/consent-core/schema';

export type TypographyCode = 'nbsp' | 'apostrophe' | 'quotes';

/** The typography problems of a French text and the text mended. */
export function fixFrench(text: string): { codes: TypographyCode[]; fixed: string };

export const TYPOGRAPHY_MESSAGES: Readonly<Record<TypographyCode, { readonly en: string; readonly fr: string }>>;

/** The free texts of `value` (described by `node`), each with its path and its language (`language` by default). */
export function textsOf(
  value: unknown,
  node: SchemaNode,
  path: readonly (string | number)[],
  language: string,
): Generator<{ path: (string | number)[]; value: string; language: string }>;
