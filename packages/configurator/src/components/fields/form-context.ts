/** What every field needs from the panel that renders it. */
import { formatPath } from '@aquao/consent-embed/validate';
import type { Config, Path } from '../../model/config-edit.js';
import type { Finding, UiLanguage } from '../../model/findings.js';

export interface FormContext {
  readonly config: Config;
  readonly findings: readonly Finding[];
  readonly language: UiLanguage;
  /** Sets the value at `path`; `undefined` leaves the key out (see `setIn` for `pruneFrom`). */
  set(path: Path, value: unknown, pruneFrom?: number): void;
  /** The key path as the findings name it. */
  key(path: Path): string;
}

export const keyOf = (path: Path): string => formatPath(path);
