/** A rule shared by the keys that name categories (Consent Mode's mapping, GPC's list): each must be declared. */
import type { Rule } from './config-schema.js';

/** The category ids a config declares, `necessary` included. */
export const categoryIds = (root: { categories?: object }): string[] => ['necessary', ...Object.keys(root.categories ?? {})].filter((id, i, all) => all.indexOf(id) === i);

/** Each of `ids` (the keys of an object, or the items of a list) must be a category of the config: a typo would match nothing. */
export const declaredCategories =
  (keys: boolean): Rule =>
  (value, path, root, report) => {
    const known = categoryIds(root);
    (keys ? Object.keys(value) : (value as string[])).forEach((id, i) => {
      if (!known.includes(id)) report('reference', { value: id, known }, [...path, keys ? id : i]);
    });
  };
