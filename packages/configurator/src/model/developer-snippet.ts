/**
 * What to hand to the developer: for each tool of the config, the gated tag (a catalogue tool's from the catalogue's
 * own `gatedSnippet`, the one `aquao-consent add` prints), what the site must do besides, and one text to copy.
 * The gating releases a `type="text/plain"` script or an iframe's `data-src` once its purpose (and service) is
 * granted; until then a placeholder with «Activer» stands in for the iframe (docs/integrations.md).
 */
import { findEntry, gatedSnippet, type CatalogueEntry } from '@aquao/consent-catalogue';
import { localize } from '@aquao/consent-banner/texts';
import { frenchSpaces } from '@aquao/consent-embed/validate';
import { isObject, servicesOf, type Config } from './config-edit.js';

type Lang = 'fr' | 'en';

export interface ToolSnippet {
  readonly purpose: string;
  /** The service id, or `undefined` for a purpose's own cookies (a tag gated by purpose only). */
  readonly service?: string;
  readonly name: string;
  /** The catalogue entry the service comes from (same id), if any. */
  readonly entry?: CatalogueEntry;
  /** The tags, one per line. */
  readonly html: string;
  /** What the developer does besides pasting the tags. */
  readonly setup?: string;
  /** What the site must do for the tool to be lawful (the CNIL-exempt Matomo's conditions…). */
  readonly requirements: readonly string[];
  /** It is an iframe: the visitor sees a placeholder until they accept. */
  readonly embed: boolean;
}

/** The address left for the developer to fill in, in capitals as the catalogue's placeholders (`VIDEO_ID`). */
const SCRIPT_URL = { fr: 'ADRESSE_DU_SCRIPT', en: 'SCRIPT_URL' } as const;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The tag of a tool the catalogue does not know: a script to gate, with the vendor's address to fill in. */
const genericTag = (lang: Lang, purpose: string, service?: string) =>
  `<script type="text/plain" data-consent="${escape(purpose)}"${service ? ` data-service="${escape(service)}"` : ''} src="${SCRIPT_URL[lang]}"></script>`;

/** One snippet per service, and one per purpose that declares cookies of its own (gated by the purpose alone). */
export function toolSnippets(config: Config, lang: Lang): ToolSnippet[] {
  const out: ToolSnippet[] = [];
  const categories = isObject(config.categories) ? config.categories : {};
  for (const [purpose, category] of Object.entries(categories)) {
    if (!isObject(category) || purpose === 'necessary') continue;
    const own = [...(Array.isArray(category.cookies) ? category.cookies : []), ...(Array.isArray(category.storage) ? category.storage : [])];
    if (own.length) out.push({ purpose, name: purpose, html: genericTag(lang, purpose), requirements: [], embed: false });
  }
  for (const { category: purpose, service } of servicesOf(config)) {
    const id = String(service.id);
    const entry = findEntry(id);
    const name = localize(service.name, lang) ?? id;
    if (!entry) {
      out.push({ purpose, service: id, name, html: genericTag(lang, purpose, id), requirements: [], embed: false });
      continue;
    }
    out.push({
      purpose,
      service: id,
      name,
      entry,
      html: gatedSnippet(entry, { category: purpose, id, lang }),
      setup: entry.setup?.[lang],
      requirements: entry.requirements.map((r) => r[lang]),
      embed: entry.embed !== null,
    });
  }
  return out;
}

const WORDS = {
  fr: {
    install: 'Installation, une fois, dans le <head> de chaque page : la configuration (le fichier JSON), puis le script. Copiez aquao-consent.js avec aquao-consent-ui.js et aquao-consent-log.js, qu’il charge depuis le même dossier (docs/getting-started.md).',
    purpose: (p: string) => `Balises de la finalité « ${p} » (cookies déclarés sans outil) : remplacez ADRESSE_DU_SCRIPT.`,
    custom: (n: string) => `${n} : outil hors catalogue, remplacez ADRESSE_DU_SCRIPT par l’adresse de son script (ou mettez data-consent et data-service sur son iframe, avec data-src au lieu de src).`,
    tool: (n: string) => `${n} : remplacez les valeurs en MAJUSCULES par les vôtres.`,
    embed: 'Tant que le visiteur n’a pas accepté, un message avec « Activer » s’affiche à la place.',
  },
  en: {
    install: 'Install once, in the <head> of every page: the config (the JSON file), then the script. Copy aquao-consent.js with aquao-consent-ui.js and aquao-consent-log.js, which it loads from the same folder (docs/getting-started.md).',
    purpose: (p: string) => `Tags of the "${p}" purpose (cookies declared without a tool): replace SCRIPT_URL.`,
    custom: (n: string) => `${n}: not in the catalogue; replace SCRIPT_URL with its script's address (or put data-consent and data-service on its iframe, with data-src instead of src).`,
    tool: (n: string) => `${n}: replace the values in CAPITALS with yours.`,
    embed: 'Until the visitor accepts, a message with "Activer" (Enable) stands in for it.',
  },
};

/** `--` cannot appear inside an HTML comment. */
const comment = (text: string) => `<!-- ${text.replace(/--/g, '—')} -->`;

/** Everything to hand over, as one text: the installation, then each tool's tags with what to do. */
export function handoffText(config: Config, lang: Lang): string {
  const words = WORDS[lang];
  const { $schema: _, ...element } = config;
  // `</script>` inside the JSON would end the element: JSON may write "<" as \u003c.
  const json = JSON.stringify(element, null, 2).replace(/</g, '\\u003c');
  const blocks = [
    [comment(lang === 'fr' ? frenchSpaces(words.install) : words.install), '<script type="application/json" id="aquao-consent-config">', json, '</script>', '<script src="/aquao-consent.js" defer></script>'].join('\n'),
  ];
  for (const tool of toolSnippets(config, lang)) {
    const notes = !tool.service ? [words.purpose(tool.purpose)] : tool.entry ? [words.tool(tool.name)] : [words.custom(tool.name)];
    if (tool.setup) notes.push(tool.setup);
    notes.push(...tool.requirements);
    if (tool.embed) notes.push(words.embed);
    blocks.push([...notes.map((note) => comment(lang === 'fr' ? frenchSpaces(note) : note)), tool.html].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
