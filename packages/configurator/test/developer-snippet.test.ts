// What the developer gets: each catalogue tool's gated tags from the catalogue itself, under the purpose it is in
// now; a tool the catalogue does not know gets a generic gated tag; the text to copy installs the config too.
import { expect } from '@open-wc/testing';
import { findEntry, gatedSnippet } from '@aquao/consent-catalogue';
import { addCatalogueService, addService, moveService, servicesOf } from '../src/model/config-edit.js';
import { handoffText, toolSnippets } from '../src/model/developer-snippet.js';

const config = () => {
  let c = addCatalogueService({ categories: { necessary: {}, analytics: { cookies: ['_ga'] } } }, findEntry('matomo')!);
  c = addCatalogueService(c, findEntry('youtube')!);
  return addService(c, 'marketing', { id: 'mon-outil', name: 'Mon outil' });
};

describe('developer snippet', () => {
  it('gives each tool its gated tags, from the catalogue when it knows the tool', () => {
    const tools = toolSnippets(config(), 'fr');
    expect(tools.map((t) => t.service ?? `(${t.purpose})`)).to.deep.equal(['(analytics)', 'matomo', 'youtube', 'mon-outil']);
    expect(tools[1]!.html).to.equal(gatedSnippet(findEntry('matomo')!, { category: 'analytics', id: 'matomo', lang: 'fr' }));
    expect(tools[2]!.html).to.contain('<iframe data-consent="embeds" data-service="youtube" data-src="https://www.youtube.com/embed/VIDEO_ID"');
    expect(tools[2]!.embed).to.equal(true);
    expect(tools[3]!.html).to.equal('<script type="text/plain" data-consent="marketing" data-service="mon-outil" src="ADRESSE_DU_SCRIPT"></script>');
    expect(tools[0]!.html).to.equal('<script type="text/plain" data-consent="analytics" src="ADRESSE_DU_SCRIPT"></script>');
  });

  it('follows a tool moved to another purpose', () => {
    const moved = moveService(config(), servicesOf(config()).find((s) => s.service.id === 'matomo')!, 'marketing');
    expect(toolSnippets(moved, 'en').find((t) => t.service === 'matomo')!.html).to.contain('data-consent="marketing" data-service="matomo"');
  });

  it('hands over one text: the config element, the script, then each tool with what to do', () => {
    const text = handoffText({ $schema: 'x', ...config(), texts: { fr: { title: '</script>' } } }, 'fr');
    expect(text).to.match(/^<!-- Installation, une fois/);
    expect(text).to.contain('<script type="application/json" id="aquao-consent-config">\n{');
    expect(text).not.to.contain('"$schema"');
    // `</script>` inside the JSON would close the element early.
    expect(text).to.contain('\\u003c/script>');
    expect(text).to.contain('<script src="/aquao-consent.js" defer></script>');
    // The loader fetches its chunks from its own folder: a developer who copied it alone would get no banner.
    expect(text).to.match(/^<!-- Installation[^\n]*aquao-consent\.js avec aquao-consent-ui\.js et aquao-consent-log\.js[^\n]* -->$/m);
    expect(handoffText(config(), 'en')).to.match(/^<!-- Install[^\n]*aquao-consent\.js with aquao-consent-ui\.js and aquao-consent-log\.js[^\n]* -->$/m);
    expect(text).to.contain('/js/matomo-init.js');
    expect(text).to.contain('Activer');
  });
});
