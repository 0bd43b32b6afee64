import { expect, waitUntil } from '@open-wc/testing';
import { createConsentManager, type ConsentManager } from '@aquao/consent-core';
import { AquaoConsentBanner, ConsentElement } from '@aquao/consent-banner';
import { AquaoCookieTable } from '@aquao/consent-banner/cookie-table';
import { wipeCookies } from '../../core/test/helpers.js';

/** A fresh tag per test: warnings are issued once per message, and the message names the tag. */
let count = 0;
const defineFresh = (base: typeof ConsentElement) => {
  const tag = `test-consent-element-${++count}`;
  (class extends base {}).define(tag);
  return tag;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('ConsentElement', () => {
  let warnings: string[];
  let warn: typeof console.warn;
  let manager: ConsentManager;

  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    manager = createConsentManager({ categories: { analytics: {} } });
  });
  afterEach(() => {
    console.warn = warn;
    manager.destroy();
    delete (window as { aquaoConsent?: unknown }).aquaoConsent;
    document.body.querySelectorAll('[data-test]').forEach((e) => e.remove());
    wipeCookies();
  });

  const connect = (tag: string) => {
    const element = document.createElement(tag) as ConsentElement;
    element.dataset.test = '';
    document.body.append(element);
    return element;
  };

  it('defines a tag once: a second define of the same tag is left be, not thrown', () => {
    const tag = defineFresh(AquaoConsentBanner);
    const first = customElements.get(tag);
    expect(() => AquaoConsentBanner.define(tag)).to.not.throw();
    expect(customElements.get(tag)).to.equal(first);
  });

  it('warns once, with the code no-manager, when a component still has no manager after it connected', async () => {
    const tag = defineFresh(AquaoConsentBanner);
    connect(tag);
    connect(tag);
    await waitUntil(() => warnings.length > 0, 'a warning is due');
    await settle();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(new RegExp(`^aquao-consent \\[no-manager\\]: <${tag}> has no manager`));
  });

  it('does not warn about a manager set just after connecting, nor about a disconnected component', async () => {
    const now = connect(defineFresh(AquaoConsentBanner));
    now.manager = manager;
    const soon = connect(defineFresh(AquaoConsentBanner));
    await soon.updateComplete;
    soon.manager = manager;
    connect(defineFresh(AquaoConsentBanner)).remove();
    await settle();
    expect(warnings).to.deep.equal([]);
  });

  it('does not warn about a cookie table that takes the manager from aquao-consent-ready', async () => {
    const table = connect(defineFresh(AquaoCookieTable));
    await table.updateComplete;
    (window as { aquaoConsent?: unknown }).aquaoConsent = manager;
    document.dispatchEvent(new CustomEvent('aquao-consent-ready', { detail: manager as never }));
    await settle();
    expect(table.manager).to.equal(manager);
    expect(warnings).to.deep.equal([]);
  });
});
