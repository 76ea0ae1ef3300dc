/**
 * gzip as the simulator stores it: file contents are strings, so a compressed stream is a marker
 * line followed by the original text (sizes are not simulated). `gzip`/`gunzip`, `tar -z`,
 * `docker load` and the build context's ADD recognise it by its magic, as the real tools do.
 */
export const GZIP_MAGIC = 'DOCKERLINGS-GZIP/1\n';

export function isGzip(text: string): boolean {
  return text.startsWith(GZIP_MAGIC);
}

export function gzipText(text: string): string {
  return GZIP_MAGIC + text;
}

/** The original text, or null when `text` is not in gzip format. */
export function gunzipText(text: string): string | null {
  return isGzip(text) ? text.slice(GZIP_MAGIC.length) : null;
}

/** The text with every gzip layer removed (readers that auto-detect compression). */
export function maybeGunzip(text: string): string {
  let t = text;
  while (isGzip(t)) t = t.slice(GZIP_MAGIC.length);
  return t;
}
