import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './registry';

/** Renders compiled lesson MDX on the server; only the client bits inside (Copy/Run) ship JS. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents as never} />;
}
