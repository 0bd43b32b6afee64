// `aquao-consent help`: what the commands are and how to call them, in French or English.
import { langOf } from './options.mjs';

// For the dispatcher's unknown-command message, which loads only this command.
export { langOf };

const NBSP = '\u00a0';

const USAGE = {
  fr: `Utilisation${NBSP}: npx aquao-consent <commande> [options]

Commandes${NBSP}:
  services [recherche]                    liste les outils du catalogue, ou ceux que la recherche trouve
                                          («${NBSP}matomo${NBSP}», «${NBSP}vidéo${NBSP}», «${NBSP}pixel${NBSP}», «${NBSP}chat${NBSP}»…)
  add <id> [--category c] <config.json>   ajoute un outil du catalogue au fichier de configuration
  check [fichier] [--fix]                 vérifie un fichier de configuration ou l’élément de configuration d’une
                                          page HTML, comme l’embed (par défaut aquao-consent.config.json)
  cdn [--cdn jsdelivr|unpkg] [--dev]      les balises <script> qui chargent cette version depuis un CDN, avec leur
                                          empreinte d’intégrité (integrity)
  help                                    affiche cette aide

Options${NBSP}:
  --lang fr|en        langue des textes affichés (par défaut fr${NBSP}; check${NBSP}: celle du système)
  --category <id>     add${NBSP}: la finalité où ranger l’outil (par défaut celle du catalogue${NBSP};
                      créée si elle n’existe pas)
  --provider <nom>    add${NBSP}: qui exploite l’outil, si ce n’est pas le fournisseur du catalogue
                      (un Matomo hébergé chez vous${NBSP}: le nom de votre société)
  --json              services${NBSP}: la liste en JSON
  --fix               check${NBSP}: corrige la typographie française des textes du fichier
  --cdn <nom>         cdn${NBSP}: jsdelivr (par défaut) ou unpkg
  --dev               cdn${NBSP}: aquao-consent.dev.js, qui explique chaque erreur de configuration

Exemples${NBSP}:
  npx aquao-consent services vidéo
  npx aquao-consent add youtube aquao-consent.config.json
  npx aquao-consent add matomo --category analytics aquao-consent.config.json
  npx aquao-consent check aquao-consent.config.json
  npx aquao-consent cdn`,
  en: `Usage: npx aquao-consent <command> [options]

Commands:
  services [query]                        lists the catalogue's tools, or those the query finds
                                          ("matomo", "video", "pixel", "chat"…)
  add <id> [--category c] <config.json>   adds a catalogue tool to the config file
  check [file] [--fix]                    checks a config file, or the config element of an HTML page, as the
                                          embed does (default: aquao-consent.config.json)
  cdn [--cdn jsdelivr|unpkg] [--dev]      the <script> tags that load this version from a CDN, with their integrity
                                          hashes
  help                                    shows this help

Options:
  --lang fr|en        language of the texts shown (default fr; check: the system's)
  --category <id>     add: the purpose to put the tool under (default: the catalogue's;
                      created if missing)
  --provider <name>   add: who runs the tool, when not the catalogue's provider
                      (a self-hosted Matomo: your company's name)
  --json              services: the list as JSON
  --fix               check: mends the French typography of the file's texts
  --cdn <name>        cdn: jsdelivr (default) or unpkg
  --dev               cdn: aquao-consent.dev.js, which explains each config mistake

Examples:
  npx aquao-consent services video
  npx aquao-consent add youtube aquao-consent.config.json
  npx aquao-consent add matomo --category analytics aquao-consent.config.json
  npx aquao-consent check aquao-consent.config.json
  npx aquao-consent cdn`,
};

export const usage = (lang = 'fr') => USAGE[lang];

export async function run(args, io) {
  io.out(usage(langOf(args)));
  return 0;
}
