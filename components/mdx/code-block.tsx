import type { CSSProperties, ReactNode } from 'react';
import { CodeActions } from './code-actions';

interface PreProps {
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  'data-language'?: string;
  'data-copy'?: string;
  'data-run'?: string;
  /** "error": the block shows a command failing on purpose (```bash error). */
  'data-expect'?: string;
}

const LABELS: Record<string, string> = { console: 'terminal session', shellsession: 'terminal session', sh: 'bash', shell: 'bash' };

/**
 * A highlighted code block (shiki ran at build time, see lib/content/server/mdx/highlighter.ts) with
 * its language and the Copy/Run buttons. Blocks that did not go through shiki render as plain <pre>.
 */
export function CodeBlock({ className, style, children, ...data }: PreProps) {
  const lang = data['data-language'];
  const copy = data['data-copy'];
  if (lang === undefined || copy === undefined) {
    return <pre className={className} style={style}>{children}</pre>;
  }
  return (
    <div className="code-block not-prose">
      <div className="code-toolbar">
        <span className="code-lang">
          {LABELS[lang] ?? lang}
          {data['data-expect'] === 'error' && <span className="code-expect"> · expected error</span>}
        </span>
        <CodeActions copy={copy} run={data['data-run']} />
      </div>
      <pre className={className} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
