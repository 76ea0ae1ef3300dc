/**
 * docker/cli's opts.ConvertKVStringsToMap: `k=v` → k: v, a bare `k` → k: '' (labels, driver and
 * log options of every verb). A later repeat of a key wins.
 */
export function kvToMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) out[v] = '';
    else out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}
