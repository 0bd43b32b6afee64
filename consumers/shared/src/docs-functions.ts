// What the docs' examples call and leave to the reader (`startMyAnalytics()`…): here they leave a mark on the page
// for the test. Their types are declared in docs-globals.d.ts, for the examples that use them as globals.
const mark = (name: string) => () => {
  document.documentElement.dataset[name] = 'true';
};
Object.assign(globalThis, { startMyAnalytics: mark('analyticsStarted'), stopMyAnalytics: mark('analyticsStopped') });
