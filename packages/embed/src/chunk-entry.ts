/**
 * How a chunk hands its entry function to the loader without a global: it leaves it on the `<script>` element that
 * loaded it, which the loader reads once the script has run (chunk-loader.ts).
 */
export const CHUNK_ENTRY = 'aquaoChunk';

/** Called by a chunk as it first runs (when `document.currentScript` is its element). */
export function handOver(entry: unknown): void {
  (document.currentScript as unknown as Record<string, unknown>)[CHUNK_ENTRY] = entry;
}
