// The tags the CLI hands to developers work with the real gating, in Chromium: every entry's snippet stays inert
// until its service is granted, and granting one service releases that service's tags only.
import { expect, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentConfig, type ConsentManager } from '@aquao/consent-core';
import { startGating } from '@aquao/consent-core/gate';
import { entries, gatedSnippet, toServiceConfig, type CatalogueEntry } from '@aquao/consent-catalogue';

/** Vendor URLs and site files are swapped for empty local documents: no request leaves the page. */
const local = (html: string, id: string) =>
  html
    .replace(/ data-src="[^"]+"/g, ` data-src="about:blank#${id}"`)
    .replace(/ src="[^"]+"/g, ` src="data:text/javascript,${encodeURIComponent(`// ${id}`)}"`);

/** The snippet parsed by the browser's HTML parser, as a page author's markup would be. */
function place(entry: CatalogueEntry, container: HTMLElement): void {
  const template = document.createElement('template');
  template.innerHTML = local(gatedSnippet(entry), entry.id);
  container.append(document.importNode(template.content, true));
}

const config = (): ConsentConfig => {
  const categories: Record<string, { services: ReturnType<typeof toServiceConfig>[] }> = {};
  for (const entry of entries) (categories[entry.category] ??= { services: [] }).services.push(toServiceConfig(entry));
  return { categories, cookie: { name: 'catalogue_test' } };
};

const tagsOf = (container: HTMLElement, id: string) => Array.from(container.querySelectorAll(`[data-service="${id}"]`));
/** Released: an iframe got its `src`, a script was re-created as a live one. */
const isReleased = (el: Element) => (el.localName === 'iframe' ? el.hasAttribute('src') : (el as HTMLScriptElement).type !== 'text/plain');

describe('catalogue snippets with the gating', () => {
  let container: HTMLElement;
  let manager: ConsentManager;
  let stop: () => void;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    for (const entry of entries) place(entry, container);
    manager = createConsentManager(config());
    stop = startGating(manager, { root: container });
  });
  afterEach(() => {
    stop();
    manager.destroy();
    container.remove();
    document.cookie = 'catalogue_test=; Max-Age=0; Path=/';
  });

  it('keeps every tag inert before a decision, except the exempt measurement filed under necessary', async () => {
    await waitUntil(() => tagsOf(container, 'matomo-exempt').every(isReleased), 'the necessary service runs at once');
    for (const entry of entries.filter((e) => e.category !== 'necessary')) {
      const tags = tagsOf(container, entry.id);
      expect(tags.length, entry.id).to.equal(entry.scripts.length + (entry.embed ? 1 : 0));
      expect(tags.some(isReleased), `${entry.id} released before consent`).to.equal(false);
    }
  });

  it('releases the granted service only: YouTube through its placeholder-style grant', async () => {
    manager.update({ embeds: { youtube: true } });
    await waitUntil(() => tagsOf(container, 'youtube').every(isReleased), 'the YouTube iframe loads');
    const iframe = tagsOf(container, 'youtube')[0] as HTMLIFrameElement;
    expect(iframe.getAttribute('src')).to.equal('about:blank#youtube');
    expect(iframe.title).to.equal('Vidéo YouTube');
    for (const other of ['youtube-nocookie', 'vimeo', 'google-ads', 'meta-pixel', 'google-analytics']) {
      expect(tagsOf(container, other).some(isReleased), `${other} stays gated`).to.equal(false);
    }
  });

  it('releases every script and embed once everything is accepted', async () => {
    manager.acceptAll();
    await waitUntil(
      () => entries.every((entry) => tagsOf(container, entry.id).every(isReleased)),
      'every tag released',
      { timeout: 8000 },
    );
    const plausible = tagsOf(container, 'plausible')[0] as HTMLScriptElement;
    expect(plausible.getAttribute('data-domain'), 'vendor attributes are kept').to.equal('VOTRE-SITE.fr');
  });
});
