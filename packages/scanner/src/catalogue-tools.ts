/**
 * The catalogue of common tools (`@aquao/consent-catalogue`) as the scanner's lookup: it names what the config does
 * not (Google Analytics, Hotjar, Meta Pixel…), gives each its usual category, and supplies the service that would
 * declare it.
 */
import { matchCookie, matchHost, matchStorage, toServiceConfig, type CatalogueEntry } from '@aquao/consent-catalogue';
import { CONSENT_TOOLS, combineKnownTools, type KnownTool, type KnownTools } from './known-tools.js';

const tools = new Map<string, KnownTool>();
/** One tool per entry, made once. */
function toTool(entry: CatalogueEntry): KnownTool {
  let tool = tools.get(entry.id);
  if (!tool) {
    tool = {
      id: entry.id,
      name: entry.name,
      category: entry.category,
      provider: entry.provider.name,
      names: [...entry.cookies.map((c) => c.name), ...entry.storage.map((s) => s.name)],
      service: toServiceConfig(entry),
    };
    tools.set(entry.id, tool);
  }
  return tool;
}
const unique = (matches: readonly { entry: CatalogueEntry }[]) => [...new Set(matches.map((m) => m.entry))].map(toTool);

export const CATALOGUE_TOOLS: KnownTools = {
  byCookie: (name) => unique(matchCookie(name)),
  byStorage: (name, type) => unique(matchStorage(name, type)),
  byHost: (host) => unique(matchHost(host)),
};

/** What a scan knows by default: the catalogue, then the consent tools. */
export const DEFAULT_KNOWN_TOOLS: KnownTools = combineKnownTools(CATALOGUE_TOOLS, CONSENT_TOOLS);
