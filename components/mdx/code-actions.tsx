'use client';

import { useState } from 'react';
import { runInTerminal } from '../terminal/bridge';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy and Run for a code block. Run types the block's commands into the lesson's terminal. */
export function CodeActions({ copy, run }: { copy: string; run?: string }) {
  const [status, setStatus] = useState('');

  const onCopy = async () => {
    setStatus((await writeClipboard(copy)) ? 'Copied' : 'Copy failed');
    window.setTimeout(() => setStatus(''), 2000);
  };

  return (
    <>
      <span role="status" className="min-w-[4.5rem] text-right">
        {status}
      </span>
      <button type="button" className="code-button" onClick={onCopy}>
        Copy
      </button>
      {run !== undefined && (
        <button type="button" className="code-button" data-variant="run" aria-label="Run in terminal" onClick={() => runInTerminal(run)}>
          <span aria-hidden="true">▶</span> Run
        </button>
      )}
    </>
  );
}
