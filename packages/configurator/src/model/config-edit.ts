/**
 * Edits of a config as plain data: each returns a new config and never changes the one it is given, so the app can
 * keep what was opened beside what is edited (the diff, the revision advice) and re-render on identity.
 */
import { toServiceConfig, type CatalogueEntry } from '@aquao/consent-catalogue';
import { isObject } from '@aquao/consent-core/schema';

/** A config as JSON holds it: objects, lists and values, any key (keys added later are kept as they are). */
export type Config = Record<string, any>;
export type Path = readonly (string | number)[];

export { isObject };

/** The value at `path`, or `undefined`. */
export const getIn = (value: unknown, path: Path): any =>
  path.reduce<unknown>((v, key) => (isObject(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[key] : undefined), value);

const isEmpty = (value: unknown) => (Array.isArray(value) ? !value.length : isObject(value) && !Object.keys(value).length);

/**
 * A copy of `root` with `value` at `path`, objects created on the way. `undefined` removes the key; then the
 * objects and lists it leaves empty are removed too, up to depth `pruneFrom` (a left-out text, not an empty
 * `"texts": { "fr": {} }`); shallower ones stay (`"necessary": {}` is meaningful).
 */
export function setIn<T>(root: T, path: Path, value: unknown, pruneFrom = path.length): T {
  if (!path.length) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = root;
  const copy = (Array.isArray(container) ? [...container] : isObject(container) ? { ...container } : {}) as Record<string | number, unknown>;
  const next = setIn(copy[key], rest, value, pruneFrom - 1);
  if (next === undefined || (rest.length && pruneFrom <= 1 && isEmpty(next))) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(key), 1);
    else delete copy[key];
  } else copy[key] = next;
  return copy as T;
}

/** Where a service is: its purpose, its index there, and the service. */
export interface ServicePlace {
  readonly category: string;
  readonly index: number;
  readonly service: Config;
}

/** Every service of the config, purpose by purpose, in order. */
export function servicesOf(config: Config): ServicePlace[] {
  const categories = isObject(config.categories) ? config.categories : {};
  return Object.entries(categories).flatMap(([category, c]) =>
    (isObject(c) && Array.isArray(c.services) ? c.services : []).map((service, index) => ({ category, index, service: service as Config })),
  );
}

/** The service with this id, wherever it is. */
export const findService = (config: Config, id: string): ServicePlace | undefined => servicesOf(config).find((s) => s.service.id === id);

/** Adds `service` at the end of purpose `category`'s services, creating the purpose (`{}`, built-in texts) if needed. */
export function addService(config: Config, category: string, service: Config): Config {
  const services = getIn(config, ['categories', category, 'services']);
  return setIn(config, ['categories', category, 'services'], [...(Array.isArray(services) ? services : []), service]);
}

/** Adds a catalogue tool under its usual purpose (or `category`), as `aquao-consent add` does. */
export const addCatalogueService = (config: Config, entry: CatalogueEntry, category: string = entry.category): Config =>
  addService(config, category, toServiceConfig(entry) as unknown as Config);

/** Removes a service; a purpose left with no service keeps its other keys (it is still asked for). */
export function removeService(config: Config, place: Pick<ServicePlace, 'category' | 'index'>): Config {
  const services: unknown[] = getIn(config, ['categories', place.category, 'services']) ?? [];
  const left = services.filter((_, i) => i !== place.index);
  return setIn(config, ['categories', place.category, 'services'], left.length ? left : undefined);
}

/** Moves a service to the end of another purpose's services. */
export function moveService(config: Config, place: ServicePlace, to: string): Config {
  if (to === place.category) return config;
  return addService(removeService(config, place), to, place.service);
}

/** Adds a purpose (last, before nothing: key order is the banner's order). */
export const addPurpose = (config: Config, id: string, purpose: Config = {}): Config => setIn(config, ['categories', id], purpose);

/** Removes a purpose and its services. `necessary` cannot be removed: the core always has it. */
export const removePurpose = (config: Config, id: string): Config => (id === 'necessary' ? config : setIn(config, ['categories', id], undefined));

/** The purposes' ids, in order. */
export const purposeIds = (config: Config): string[] => (isObject(config.categories) ? Object.keys(config.categories) : []);
