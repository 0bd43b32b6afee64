// The one gated analytics script every library guards: records when it ran.
window.__analyticsRan = performance.now();
