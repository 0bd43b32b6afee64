// Opening: a JSON text with the embed's own parser (the line and column of a mistake, a duplicate key), or the
// config element of a page, read without running it.
import { expect } from '@open-wc/testing';
import { configTextOfPage, readConfigText } from '../src/model/open-config.js';

describe('opening a config', () => {
  it('reads JSON, with a byte-order mark too', () => {
    expect(readConfigText('\ufeff{ "categories": { "analytics": {} } }', 'fr')).to.deep.equal({ config: { categories: { analytics: {} } } });
  });

  it('says where a JSON mistake is, in the person’s language', () => {
    expect(readConfigText('{\n  "categories": { "analytics": {} },\n}', 'fr')).to.deep.equal({ error: 'ligne 3, colonne 1\u00a0: JSON invalide\u00a0: une clé entre guillemets droits est attendue (une virgule en trop\u202f?)' });
    expect((readConfigText('{ "a": 1, "a": 2 }', 'en') as { error: string }).error).to.match(/^line 1, column 11: duplicate key/);
    expect(readConfigText('[1]', 'en')).to.deep.equal({ error: 'the text must be a JSON object { … }' });
  });

  it('finds the config element of a page, never running the page', () => {
    const page = '<!doctype html><script>window.ran = true</script><script type="application/json" id="aquao-consent-config">{"categories":{}}</script>';
    expect(configTextOfPage(page)).to.equal('{"categories":{}}');
    expect((window as { ran?: boolean }).ran).to.equal(undefined);
    expect(configTextOfPage('<p>no config</p>')).to.equal(undefined);
  });
});
