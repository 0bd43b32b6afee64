// The app: the documentation's React components (docs/getting-started.md, copied into docs-examples/ by the test).
import { ConsentUi, Video } from '../docs-examples/app/consent-ui';

export function App() {
  return (
    <>
      <main>
        <h1>Application</h1>
        <Video src="/video.html" title="Vidéo de démonstration" />
      </main>
      <ConsentUi />
    </>
  );
}
