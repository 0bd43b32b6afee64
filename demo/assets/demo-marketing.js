// Demo stand-in for an advertising tag (Google Ads conversion linker): gated by data-consent="marketing".
(() => {
  document.cookie = `_gcl_au=1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}; Max-Age=${60 * 60 * 24 * 90}; Path=/; SameSite=Lax`;
  window.demoTrackers = { ...window.demoTrackers, marketing: (window.demoTrackers?.marketing ?? 0) + 1 };
  document.dispatchEvent(new CustomEvent('demo-tracker', { detail: 'marketing' }));
})();
