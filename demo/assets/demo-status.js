// Shows, on the demo pages, what has run and which cookies exist, so a visitor can see consent at work.
(() => {
  const render = () => {
    const status = document.getElementById('demo-status');
    if (!status) return;
    for (const name of ['analytics', 'marketing']) {
      const runs = window.demoTrackers?.[name] ?? 0;
      const dd = status.querySelector(`[data-status="${name}"]`);
      dd.textContent = runs ? `chargée (${runs} fois)` : 'non chargée';
      dd.dataset.loaded = String(runs > 0);
    }
    const names = document.cookie.split(';').map((c) => c.split('=')[0].trim()).filter(Boolean);
    status.querySelector('[data-status="cookies"]').textContent = names.length ? names.join(', ') : 'aucun';
  };
  document.addEventListener('demo-tracker', render);
  document.addEventListener('aquao-consent-change', render);
  document.addEventListener('DOMContentLoaded', render);
  render();
})();
