/**
 * What is wrong with the config being edited, from the same checks as the embed (its validation build, imported,
 * never copied) and the French typography `aquao-consent check` warns about, each tied to the key path of the field
 * it belongs to, with its message in French or English.
 */
import {
  checkEmbedConfig,
  describeProblem,
  embedConfigSchema,
  fixFrench,
  formatPath,
  textsOf,
  TYPOGRAPHY_MESSAGES,
  type ConfigProblem,
  type TypographyCode,
} from '@aquao/consent-embed/validate';
import type { Config, Path } from './config-edit.js';

export type UiLanguage = 'fr' | 'en';

export interface Finding {
  /** The key path as `aquao-consent check` prints it (`categories.analytics.services[0].id`); `''` for the root. */
  readonly key: string;
  readonly path: Path;
  /** The problem's code (`unknown`, `type`…, `typography`). */
  readonly code: string;
  /** Errors make the embed refuse the config; warnings are worth a look. */
  readonly warning: boolean;
  message(lang: UiLanguage): string;
  /** For a typography warning: the text mended. */
  readonly mended?: string;
}

const fromProblem = (problem: ConfigProblem): Finding => ({
  key: formatPath(problem.path),
  path: problem.path,
  code: problem.code,
  warning: !!problem.warning,
  message: (lang) => describeProblem(problem, lang),
});

const typography = (path: Path, codes: TypographyCode[], mended: string): Finding => ({
  key: formatPath(path),
  path,
  code: 'typography',
  warning: true,
  mended,
  message: (lang) => codes.map((code) => TYPOGRAPHY_MESSAGES[code][lang]).join(lang === 'fr' ? ' ; ' : '; '),
});

/** Every finding, errors first; typography only once the config is valid (as `aquao-consent check` does). */
export function findingsOf(config: Config): Finding[] {
  const problems = checkEmbedConfig(config).map(fromProblem);
  if (problems.some((p) => !p.warning)) return [...problems.filter((p) => !p.warning), ...problems.filter((p) => p.warning)];
  const language = String(config.language ?? 'fr').split('-')[0]!;
  for (const text of textsOf(config, embedConfigSchema, [], language)) {
    if (text.language !== 'fr') continue;
    const { codes, fixed } = fixFrench(text.value);
    if (codes.length) problems.push(typography(text.path, codes, fixed));
  }
  return problems;
}

/** The findings of one field (its key path), and of the keys inside it when `within`. */
export const findingsAt = (findings: readonly Finding[], key: string, within = false): Finding[] =>
  findings.filter((f) => f.key === key || (within && (f.key.startsWith(`${key}.`) || f.key.startsWith(`${key}[`))));
