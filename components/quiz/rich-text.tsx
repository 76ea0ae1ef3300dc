import { Fragment } from 'react';
import { parseBlocks, parseInline, type Inline } from '@/lib/quiz/rich-text';

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => (part.kind === 'code' ? <code key={i}>{part.text}</code> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}

/** Inline quiz text: plain text with `code` spans. */
export function InlineText({ text }: { text: string }) {
  return <Inlines parts={parseInline(text)} />;
}

/** Block quiz text (prompts, explanations): paragraphs and fenced code blocks. */
export function RichText({ text, className, id }: { text: string; className?: string; id?: string }) {
  return (
    <div className={className} id={id}>
      {parseBlocks(text).map((block, i) =>
        block.kind === 'code' ? (
          <pre key={i} className="quiz-code">
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={i}>
            <Inlines parts={block.inlines} />
          </p>
        ),
      )}
    </div>
  );
}
