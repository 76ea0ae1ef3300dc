import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/components';

const LABEL: Record<CalloutType, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', correction: 'Correction' };

/**
 * A highlighted aside. `correction` marks where the course notes were dated or wrong: the text says
 * what changed and why.
 */
export function Callout({ type, title, children }: { type: CalloutType; title?: string; children?: ReactNode }) {
  return (
    <div role="note" className="callout" data-type={type}>
      <p className="callout-title">
        {LABEL[type]}
        {title ? `: ${title}` : ''}
      </p>
      {children}
    </div>
  );
}
