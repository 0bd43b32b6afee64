// The server: renders the app to HTML in Node (`vite build --ssr`, then prerender.mjs), with the packages loaded as
// Node loads them (Lit's server build, our production build): what Next's server does with a client component.
import './docs-functions';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';

export const render = () =>
  renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
