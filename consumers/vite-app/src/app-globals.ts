// What apps declare for themselves, which our types must not fight: gtag users type `window.dataLayer` as they
// like (`any[]` here), while the app also imports our Google Consent Mode entry.
import type {} from '@aquao/consent-core/gcm';

declare global {
  interface Window {
    dataLayer: any[];
  }
}
