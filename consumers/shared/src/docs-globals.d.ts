// The functions the docs' examples call and leave to the reader (defined in docs-functions.ts).
declare function startMyAnalytics(): void;
declare function stopMyAnalytics(): void;
