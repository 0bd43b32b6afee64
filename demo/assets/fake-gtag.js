// Demo stand-in for gtag.js, gated by data-consent="analytics" (Consent Mode basic mode: no Google request at all
// before consent). It reads the consent state from the dataLayer, as the real one does.
window.fakeGtagLoaded = true;
document.dispatchEvent(new Event('fake-gtag'));
