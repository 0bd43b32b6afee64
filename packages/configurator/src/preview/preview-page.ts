/**
 * The preview page's script (preview.html): loads the real `aquao-consent.js` with the config the configurator
 * left in `sessionStorage`, on a page with the config's embeds, in the language and colour scheme asked for.
 * Loaded through its public path only, so however the embed is split into files, the preview follows.
 */
import { PREVIEW_COOKIE, PREVIEW_STORAGE_KEY, previewConfig, type PreviewPayload } from '../model/preview-config.js';
import { emulateColorScheme } from './color-scheme.js';

/** The page that stands in for a third-party embed once its placeholder's «Activer» is clicked. */
const STAND_IN = 'embed-stand-in.html';

function start(payload: PreviewPayload): void {
  const folder = location.pathname.replace(/[^/]*$/, '');
  document.documentElement.lang = payload.language;
  emulateColorScheme(payload.scheme);
  // Each load starts with no decision, so the banner shows (the preview's own cookie, never the site's).
  document.cookie = `${PREVIEW_COOKIE}=; Max-Age=0; Path=${folder}; SameSite=Lax`;

  const main = document.querySelector('main')!;
  for (const embed of payload.embeds) {
    const frame = document.createElement('iframe');
    Object.assign(frame, { title: embed.title, width: '560', height: '315' });
    frame.dataset.consent = embed.purpose;
    frame.dataset.service = embed.service;
    frame.dataset.src = STAND_IN;
    main.append(frame);
  }

  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = 'aquao-consent-config';
  element.textContent = JSON.stringify(previewConfig(payload.config, payload.language, folder));
  document.head.append(element);

  document.addEventListener(
    'aquao-consent-ready',
    async (event) => {
      if (payload.view !== 'preferences') return;
      const hadFocus = document.hasFocus();
      // `detail` is `window.aquaoConsent` (docs/api.md, events).
      await (event as CustomEvent<{ showPreferences(): Promise<void> }>).detail.showPreferences();
      // A modal dialog takes the focus, out of the configurator's field being typed in: give it back unless the
      // person was using the preview (WCAG 3.2.2: typing must not move the focus elsewhere).
      if (!hadFocus) window.frameElement?.dispatchEvent(new CustomEvent('aquao-preview-focus'));
    },
    { once: true },
  );
  const script = document.createElement('script');
  script.src = 'embed/aquao-consent.js';
  document.head.append(script);
}

const stored = sessionStorage.getItem(PREVIEW_STORAGE_KEY);
if (stored) start(JSON.parse(stored) as PreviewPayload);
else document.querySelector('main')?.setAttribute('data-empty', '');
