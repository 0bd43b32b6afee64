// The preview shows the page as a light- or dark-system visitor sees it: the colour-scheme rules of the document's
// stylesheets and of the components' shadow roots (constructable stylesheets, added later too) are switched.
import { expect, nextFrame } from '@open-wc/testing';
import { emulateColorScheme } from '../src/preview/color-scheme.js';

const css = '.probe { color: rgb(1, 1, 1); } @media (prefers-color-scheme: dark) { .probe { color: rgb(2, 2, 2); } } @media (prefers-color-scheme: light) { .probe { background: rgb(3, 3, 3); } }';

/** A component-like element of `page`: a shadow root with a constructable stylesheet (of that page's realm). */
function shadowProbe(page: Document): HTMLElement {
  const host = page.createElement('div');
  const sheet = new (page.defaultView as typeof window).CSSStyleSheet();
  sheet.replaceSync(css);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = '<p class="probe">x</p>';
  return host;
}

describe('colour scheme emulation', () => {
  it('dark: the dark rules apply and the light ones do not, in shadow roots added later too', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow!;
    const page = frame.contentDocument!;
    page.head.innerHTML = `<style>${css}</style>`;
    page.body.innerHTML = '<p class="probe">x</p>';
    emulateColorScheme('dark', page);
    expect(win.getComputedStyle(page.querySelector('.probe')!).color).to.equal('rgb(2, 2, 2)');
    expect(win.getComputedStyle(page.querySelector('.probe')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const host = shadowProbe(page);
    page.body.append(host);
    await nextFrame();
    const inner = host.shadowRoot!.querySelector('.probe')!;
    expect(win.getComputedStyle(inner).color).to.equal('rgb(2, 2, 2)');
    frame.remove();
  });

  it('light: the dark rules never apply, whatever the system says', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const page = frame.contentDocument!;
    page.head.innerHTML = `<style>${css}</style>`;
    page.body.innerHTML = '<p class="probe">x</p>';
    emulateColorScheme('light', page);
    const style = frame.contentWindow!.getComputedStyle(page.querySelector('.probe')!);
    expect([style.color, style.backgroundColor]).to.deep.equal(['rgb(1, 1, 1)', 'rgb(3, 3, 3)']);
    frame.remove();
  });
});
