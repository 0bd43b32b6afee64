/**
 * Loads a chunk that sits beside the loader: its URL comes from the loader's own `src` (a CDN path or a sub-folder
 * works), it carries the page's nonce (CSP nonces, W3C CSP3 §6.7.3.1) and the integrity hash recorded at build time
 * (W3C Subresource Integrity: a chunk with other bytes is refused). A chunk is a classic script that hands its
 * entry function to the element that loaded it; no global is made.
 */
import { CHUNKS, type ChunkName } from './chunks.js';
import { CHUNK_ENTRY } from './chunk-entry.js';

/**
 * The loader's own `<script>` element, read now: `document.currentScript` is set only while the loader first runs
 * (it may start later, at DOMContentLoaded). A bundler or a module script has none: then the first script whose file
 * is ours.
 */
export const loader = (document.currentScript ?? document.querySelector('script[src*="aquao-consent"]')) as HTMLScriptElement | null;

const loading: Partial<Record<ChunkName, Promise<unknown>>> = {};
const failures: Partial<Record<ChunkName, number>> = {};
let policy: { createScriptURL(url: string): string } | undefined;

/**
 * Loads `name` once and resolves with its entry function; after a failure, the next call tries again.
 * @throws (rejects) when the chunk cannot be fetched, is refused (integrity, CSP) or hands nothing over.
 */
export function loadChunk<T>(name: ChunkName): Promise<T> {
  return (loading[name] ??= new Promise((resolve, reject) => {
    const { file, integrity } = CHUNKS[name];
    const url = new URL(file, loader?.src || location.href);
    // A retry needs a URL of its own: the document's memory cache (Blink's, at least) answers the same URL again with
    // the error response it already has, without asking the network.
    if (failures[name]) url.search = `retry=${failures[name]}`;
    const script = document.createElement('script');
    // The nonce attribute is hidden once parsed (HTML "nonce hiding"); the IDL property keeps it.
    script.nonce = loader?.nonce ?? '';
    script.integrity = integrity;
    // An integrity check needs a CORS response from another origin (a CDN): the browser refuses an opaque one.
    if (url.origin !== location.origin) script.crossOrigin = 'anonymous';
    script.onload = () => {
      const entry = (script as unknown as Record<string, unknown>)[CHUNK_ENTRY];
      entry ? resolve(entry) : script.onerror!('');
    };
    script.onerror = () => {
      // Forgotten, element and all, so that the next need fetches it again: a network that failed once (a phone
      // between two cells) may not fail twice, and «Gérer mes cookies» must not stay dead until a reload.
      delete loading[name];
      failures[name] = (failures[name] ?? 0) + 1;
      script.remove();
      reject(new Error(`aquao-consent: ${url.href} did not load (missing, blocked, or not this build's: integrity)`));
    };
    try {
      script.src = url.href;
    } catch {
      // Trusted Types enforced (require-trusted-types-for 'script'): a URL we built from our own src, through our
      // own policy, which the page allows by naming it (docs/integrations.md, "Content Security Policy").
      policy ??= (globalThis as any).trustedTypes.createPolicy('aquao-consent-loader', { createScriptURL: (u: string) => u });
      script.src = policy!.createScriptURL(url.href);
    }
    document.head.append(script);
  })) as Promise<T>;
}
