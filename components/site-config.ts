/** Site-wide facts used by metadata, the sitemap and robots.txt. */
export const SITE_NAME = 'Dockerlings';
export const SITE_DESCRIPTION =
  'Learn Docker in your browser: short lessons beside a simulated terminal where docker, compose and kubectl behave like the real thing.';
/** Public origin for absolute URLs (sitemap, canonical links). Set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
