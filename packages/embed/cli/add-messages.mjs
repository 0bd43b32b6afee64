// What `aquao-consent add` says, in French (the default) and English. French prose keeps French typography: a
// no-break space before « : ; ! ? » and inside « ».
const NBSP = '\u00a0';
const q = (text) => `«${NBSP}${text}${NBSP}»`;

export const ADD_TEXT = {
  fr: {
    unknownId: (id) => `Aucun outil du catalogue n’a l’identifiant ${q(id)}.`,
    didYouMean: (ids) => `Vouliez-vous dire${NBSP}: ${ids.join(', ')}${NBSP}? La liste complète${NBSP}: npx aquao-consent services`,
    missing: (file) => `Le fichier ${file} n’existe pas.`,
    unreadable: (file, message) => `Impossible de lire ${file}${NBSP}: ${message}`,
    syntax: (file, { line, column, message }) =>
      `${file} n’est pas du JSON valide${line ? ` (ligne ${line}, colonne ${column})` : ''}${NBSP}: ${message}`,
    duplicateKey: (file, { line, column, key, first }) =>
      `${file}, ligne ${line}, colonne ${column}${NBSP}: ${key} est écrit deux fois (la première fois ligne ${first})${NBSP}; rien n’a été changé, car réécrire le fichier effacerait le premier. Gardez-en un, puis relancez.`,
    notObject: (file, key) => `Dans ${file}, ${key} doit être un objet ${q('{ … }')}.`,
    notArray: (file, key) => `Dans ${file}, ${key} doit être une liste ${q('[ … ]')}.`,
    badCategory: (id) => `--category ${q(id)}${NBSP}: un identifiant de finalité commence par une lettre, puis lettres, chiffres, ${q('-')} ou ${q('_')}.`,
    invalidBefore: (file, message) => `${file} est déjà invalide, rien n’a été changé. Corrigez d’abord${NBSP}: ${message}`,
    invalidAfter: (message) => `L’ajout rendrait la configuration invalide, rien n’a été changé${NBSP}: ${message}`,
    duplicate: (id, where) =>
      `${q(id)} est déjà dans ${where}${NBSP}: rien n’a été changé. Pour le ranger ailleurs, retirez-le d’abord de là.`,
    added: (name, where, file) => `${name} ajouté à ${where} (${file}).`,
    created: (key) => `La finalité ${key} n’existait pas${NBSP}: elle a été créée.`,
    needsTexts: (key) =>
      `${key} n’a pas de titre ni de description intégrés${NBSP}: ajoutez-lui ${q('title')} et ${q('description')} en français et en anglais, sinon le bandeau affiche son identifiant.`,
    required: (key) =>
      `Attention${NBSP}: ${key} est strictement nécessaire, l’outil y fonctionnera sans demander l’accord des visiteurs. Réservez-la à ce que la CNIL exempte de consentement.`,
    overlap: (names, where) =>
      `${where} déclare déjà ${names.join(', ')}${NBSP}: si ces cookies viennent de cet outil, retirez-les de là, ils sont maintenant déclarés par le service.`,
    provider: 'Fournisseur',
    cookies: 'Cookies',
    storage: 'Stockage',
    none: 'aucun',
    snippet: `À transmettre au développeur, à la place de la balise d’origine${NBSP}:`,
    placeholder: `Tant que le visiteur n’a pas accepté, un espace réservé avec ${q('Activer')} remplace le contenu.`,
    signals: `Signaux de consentement compris par l’outil${NBSP}:`,
    requirements: `À faire pour que ce soit exact et licite${NBSP}:`,
    reask: `Les visiteurs verront de nouveau le bandeau à leur prochaine visite${NBSP}: leur choix enregistré ne couvre pas ce nouveau service. Inutile de changer ${q('revision')}.`,
    noReask: `Cette finalité est strictement nécessaire${NBSP}: le service fonctionne sans demander, les visiteurs ne sont pas sollicités de nouveau. Il figure dans la politique de cookies.`,
  },
  en: {
    unknownId: (id) => `No catalogue tool has the id "${id}".`,
    didYouMean: (ids) => `Did you mean: ${ids.join(', ')}? The full list: npx aquao-consent services`,
    missing: (file) => `There is no file ${file}.`,
    unreadable: (file, message) => `Cannot read ${file}: ${message}`,
    syntax: (file, { line, column, message }) =>
      `${file} is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}: ${message}`,
    duplicateKey: (file, { line, column, key, first }) =>
      `${file}, line ${line}, column ${column}: ${key} is written twice (first on line ${first}); nothing was changed, because rewriting the file would delete the first one. Keep one, then run again.`,
    notObject: (file, key) => `In ${file}, ${key} must be an object "{ … }".`,
    notArray: (file, key) => `In ${file}, ${key} must be a list "[ … ]".`,
    badCategory: (id) => `--category "${id}": a purpose id starts with a letter, then letters, digits, "-" or "_".`,
    invalidBefore: (file, message) => `${file} is already invalid; nothing was changed. Fix this first: ${message}`,
    invalidAfter: (message) => `Adding it would make the config invalid; nothing was changed: ${message}`,
    duplicate: (id, where) => `"${id}" is already in ${where}; nothing was changed. To move it, remove it from there first.`,
    added: (name, where, file) => `${name} added to ${where} (${file}).`,
    created: (key) => `The purpose ${key} did not exist: it was created.`,
    needsTexts: (key) =>
      `${key} has no built-in title or description: give it a "title" and a "description" in French and English, or the banner shows its id.`,
    required: (key) =>
      `Careful: ${key} is strictly necessary, so the tool will run without asking visitors. Keep it for what the CNIL exempts from consent.`,
    overlap: (names, where) =>
      `${where} already declares ${names.join(', ')}: if those cookies come from this tool, remove them from there; the service now declares them.`,
    provider: 'Provider',
    cookies: 'Cookies',
    storage: 'Storage',
    none: 'none',
    snippet: 'Hand this to the developer, in place of the original tag:',
    placeholder: 'Until the visitor accepts, a placeholder with "Enable" («\u00a0Activer\u00a0» in French) stands in for the content.',
    signals: 'Consent signals the tool understands:',
    requirements: 'To do, for this to be true and lawful:',
    reask: 'Visitors will see the banner again on their next visit: their stored choice does not cover this new service. No need to change "revision".',
    noReask: 'This purpose is strictly necessary: the service runs without asking, and visitors are not asked again. The cookie policy lists it.',
  },
};
