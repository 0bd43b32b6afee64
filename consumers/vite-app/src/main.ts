// The app: the functions the documentation leaves to the reader, then the documentation's example itself, as written
// in docs/getting-started.md (the test copies each TypeScript block of the docs into docs-examples/).
import './docs-functions';
import '../docs-examples/src/main';
