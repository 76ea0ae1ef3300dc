/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The MDX pipeline (mdx-bundler → esbuild, shiki) runs only on the server at build time.
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'shiki', '@shikijs/rehype'],
};

export default nextConfig;
