// Demo stand-in for Google Analytics (gtag.js): a local file, gated by data-consent="analytics". When it runs it
// sets the cookies the real one sets, so withdrawing consent can be seen clearing them.
(() => {
  const id = `GA1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}`;
  const maxAge = 60 * 60 * 24 * 395; // 13 months, the CNIL cap for audience cookies
  document.cookie = `_ga=${id}; Max-Age=${maxAge}; Path=/; SameSite=Lax`;
  document.cookie = `_ga_DEMO42=GS1.1.${Math.floor(Date.now() / 1000)}.1.0; Max-Age=${maxAge}; Path=/; SameSite=Lax`;
  window.demoTrackers = { ...window.demoTrackers, analytics: (window.demoTrackers?.analytics ?? 0) + 1 };
  document.dispatchEvent(new CustomEvent('demo-tracker', { detail: 'analytics' }));
})();
