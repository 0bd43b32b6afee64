// The browser: hydrates the server's markup, as Next does. React skips custom elements' properties while hydrating,
// which is what @aquao/consent-react must survive.
import './docs-functions';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App />
  </StrictMode>,
);
