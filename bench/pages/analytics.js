// The one gated analytics script every library guards: records when it ran, and tells the benchmark (a binding, so
// nothing polls the page).
window.__analyticsRan = performance.now();
window.__benchAnalytics?.();
