import { expect } from '@open-wc/testing';
import { readEmbedConfig, DEFAULT_CONFIG } from '../src/embed-config.js';

/** The config element's JSON as a page would write it; returns the error message, or the config. */
function read(json: string): string | ReturnType<typeof readEmbedConfig> {
  const doc = document.implementation.createHTMLDocument('page');
  const element = doc.createElement('script');
  element.type = 'application/json';
  element.id = 'aquao-consent-config';
  element.textContent = json;
  doc.head.append(element);
  try {
    return readEmbedConfig(doc);
  } catch (error) {
    return (error as Error).message;
  }
}

/** Warnings printed while reading `json`. */
function warningsOf(json: string): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    read(json);
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const base = { categories: { analytics: {}, marketing: { services: [{ id: 'video' }] } } };
const config = (extra: object) => JSON.stringify({ ...base, ...extra });

describe('the embed config (development messages)', () => {
  it('uses aquao.fr defaults without an element', () => {
    expect(readEmbedConfig(document.implementation.createHTMLDocument('empty'))).to.equal(DEFAULT_CONFIG);
  });

  const cases: Array<[string, string, string]> = [
    ['invalid JSON', '{ "categories": { } ', 'aquao-consent: config: not valid JSON: '],
    ['a misspelt key', config({ categorie: {} }), 'aquao-consent: config.categorie: unknown key; did you mean "categories"?'],
    ['a javascript: link', config({ cookiePolicyUrl: 'javascript:alert(1)' }), 'aquao-consent: config.cookiePolicyUrl: must be an http(s) or relative link'],
    ['a link with a space', config({ privacyPolicyUrl: '/politique de confidentialité' }), 'aquao-consent: config.privacyPolicyUrl: must be an http(s) or relative link'],
    ['an unknown Google consent type', config({ googleConsentMode: { mapping: { analytics: ['analytics'] } } }), 'aquao-consent: config.googleConsentMode.mapping.analytics[0]: must be "ad_storage", '],
    ['a Consent Mode mapping for an undeclared category', config({ googleConsentMode: { mapping: { analitycs: ['analytics_storage'] } } }), 'aquao-consent: config.googleConsentMode.mapping.analitycs: "analitycs" is not a category of this config; did you mean "analytics"?'],
    ['gpc as a string', config({ gpc: 'marketing' }), 'aquao-consent: config.gpc: must be false, or an object { … }, not "marketing"'],
    ['gpc naming an undeclared category', config({ gpc: { categories: ['marketting'] } }), 'aquao-consent: config.gpc.categories[0]: "marketting" is not a category of this config; did you mean "marketing"?'],
    ['a numeric placeholder text', config({ placeholderText: 3 }), 'aquao-consent: config.placeholderText: must be a text, or an object { … }, not 3'],
    ['logUrl asking for the full URL', config({ logUrl: 'full' }), 'aquao-consent: config.logUrl: must be "origin" or "path", not "full"'],
    ['floatingButton as a string', config({ floatingButton: 'yes' }), 'aquao-consent: config.floatingButton: must be true or false, or an object { … }, not "yes"'],
    ['a numeric language', config({ language: 5 }), 'aquao-consent: config.language: must be a text, not 5'],
    ['a language with no texts', config({ language: 'de' }), 'aquao-consent: config.language: "de" has no texts: use "fr" or "en", or add texts.de'],
    ['a null banner title', config({ texts: { fr: { title: null } } }), 'aquao-consent: config.texts.fr.title: must be a text, not null'],
    ['a misspelt text name', config({ texts: { fr: { tilte: 'Cookies' } } }), 'aquao-consent: config.texts.fr.tilte: unknown key; did you mean "title"?'],
    ['a misspelt cookie table text', config({ texts: { en: { cookieTable: { withdrawal: '…' } } } }), 'aquao-consent: config.texts.en.cookieTable.withdrawal: unknown key; did you mean "withdraw"?'],
    ['texts for a bad language code', config({ texts: { French: { title: 'Cookies' } } }), 'aquao-consent: config.texts.French: "French" is not a language code'],
    ['no categories at all', '{}', 'aquao-consent: config.categories: is missing, and required'],
    ['only necessary cookies', JSON.stringify({ categories: { necessary: {} } }), 'aquao-consent: config.categories: declares no purpose to ask consent for'],
    ['a nested unknown key', JSON.stringify({ categories: { analytics: { services: [{ id: 'matomo', cookie: ['_pk_*'] }] } } }), 'aquao-consent: config.categories.analytics.services[0].cookie: unknown key; did you mean "cookies"?'],
    ['a duplicated key', '{ "categories": { "analytics": { "cookies": ["_ga"] }, "analytics": {} } }', 'aquao-consent: config.categories.analytics: duplicate key: the one on line 1 is ignored, this one replaces it; keep one'],
  ];
  for (const [what, json, message] of cases) {
    it(`names the key and the fix for ${what}`, () => {
      const result = read(json);
      expect(result).to.be.a('string');
      expect((result as string).startsWith(message), result as string).to.equal(true);
    });
  }

  it('accepts every documented key, and $schema', () => {
    const result = read(
      JSON.stringify({
        $schema: './node_modules/@aquao/consent-embed/aquao-consent.schema.json',
        categories: { analytics: {}, marketing: {} },
        revision: 2,
        maxAgeDays: 182,
        cookie: { name: 'consent', domain: 'aquao.fr', path: '/', sameSite: 'Strict' },
        privacyPolicyUrl: '/p',
        cookiePolicyUrl: 'https://example.com/c',
        language: 'de',
        floatingButton: { position: 'right' },
        googleConsentMode: { mapping: { analytics: ['analytics_storage'] }, waitForUpdate: 300 },
        gpc: { categories: ['marketing'] },
        logEndpoint: '/consent-log',
        logUrl: 'path',
        placeholderText: { fr: '{service} attend votre accord ({purpose}).', en: '{service} needs your consent ({purpose}).' },
        texts: { fr: { title: 'Cookies ?' }, de: { title: 'Cookies', cookieTable: { name: 'Cookie' }, categories: { analytics: { title: 'Statistik' } } } },
      }),
    );
    expect(result).to.be.an('object');
    expect((result as { language: string }).language).to.equal('de');
  });

  it('warns, with a stable code, about the texts a third language leaves in English', () => {
    const warnings = warningsOf(config({ language: 'de', texts: { de: { title: 'Ihre Cookie-Auswahl' } } }));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^aquao-consent \[missing-texts\]: config\.texts\.de: 48 texts missing, shown in English: bannerLabel, description, consequence, /);
    expect(warnings[0]).to.contain('cookieTable.withdraw');
  });

  it('warns about a text that lacks its placeholder, or has one it does not fill', () => {
    const warnings = warningsOf(config({ texts: { fr: { description: 'Nous utilisons des cookies.' }, en: { placeholder: '{servce} is waiting ({purpose}).' } } }));
    expect(warnings).to.deep.equal([
      'aquao-consent [placeholder]: config.texts.fr.description: lacks {controller}; it takes {controller} {purposes} {consequence}',
      'aquao-consent [placeholder]: config.texts.en.placeholder: has {servce}, which this text does not fill in; it takes {service} {purpose}',
    ]);
  });
});
