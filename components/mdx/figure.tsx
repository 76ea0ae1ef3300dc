/**
 * A diagram from public/diagrams, inlined at build time (lib/content/server/mdx/remark-figures.ts
 * puts the sanitised markup in `svg`, already labelled with role="img" and the alt text), so it
 * follows the theme's colours.
 */
export function Figure({ svg, caption, src }: { svg?: string; caption?: string; src: string; alt: string }) {
  if (!svg) throw new Error(`<Figure src="${src}"> was not inlined by the content compiler`);
  return (
    <figure className="figure">
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
