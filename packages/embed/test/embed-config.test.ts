import { expect } from '@open-wc/testing';
import { readEmbedConfig, DEFAULT_CONFIG } from '@aquao/consent-embed';

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

describe('the embed config (development messages)', () => {
  it('uses aquao.fr defaults without an element', () => {
    expect(readEmbedConfig(document.implementation.createHTMLDocument('empty'))).to.equal(DEFAULT_CONFIG);
  });

  const cases: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{ "categories": { } ', /^aquao-consent: config\.\(root\) is not valid JSON in #aquao-consent-config: /],
    ['a misspelt key', '{ "categorie": {} }', /^aquao-consent: config\.categorie is not a known key \(known: categories, /],
    ['a javascript: link', '{ "cookiePolicyUrl": "javascript:alert(1)" }', /^aquao-consent: config\.cookiePolicyUrl must be an http\(s\) or relative URL/],
    ['an unknown Google consent type', '{ "googleConsentMode": { "mapping": { "analytics": ["analytics"] } } }', /^aquao-consent: config\.googleConsentMode\.mapping\.analytics must list Google consent types/],
    ['gpc as a string', '{ "gpc": "marketing" }', /^aquao-consent: config\.gpc must be false, or/],
    ['a numeric placeholder text', '{ "placeholderText": 3 }', /^aquao-consent: config\.placeholderText must be a string/],
    ['floatingButton as a string', '{ "floatingButton": "yes" }', /^aquao-consent: config\.floatingButton must be true or false/],
    ['logUrl asking for the full URL', '{ "logUrl": "full" }', /^aquao-consent: config\.logUrl must be "origin" \(the default\) or "path"/],
  ];
  for (const [what, json, message] of cases) {
    it(`names the key and the fix for ${what}`, () => {
      expect(read(json)).to.match(message);
    });
  }

  it('accepts every documented key', () => {
    const config = read(
      JSON.stringify({
        categories: { analytics: {} },
        revision: 2,
        maxAgeDays: 182,
        cookie: { name: 'consent' },
        privacyPolicyUrl: '/p',
        cookiePolicyUrl: 'https://example.com/c',
        language: 'en',
        floatingButton: false,
        googleConsentMode: { mapping: { analytics: ['analytics_storage'] } },
        gpc: { categories: ['marketing'] },
        logEndpoint: '/consent-log',
        logUrl: 'path',
        placeholderText: { fr: '…', en: '…' },
      }),
    );
    expect(config).to.be.an('object');
    expect((config as { language: string }).language).to.equal('en');
  });
});
