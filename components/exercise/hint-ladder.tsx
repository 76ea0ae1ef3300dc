'use client';

import { useState } from 'react';
import { runInTerminal } from '../terminal/bridge';
import { InlineCode } from './inline-code';

interface Props {
  hints: readonly string[];
  shown: number;
  solution: string;
  solutionShown: boolean;
  onHint: (rung: number) => void;
  onSolution: () => void;
}

/** Hint 1, 2, … then the solution, after the learner confirms they want it. */
export function HintLadder({ hints, shown, solution, solutionShown, onHint, onSolution }: Props) {
  const [confirming, setConfirming] = useState(false);
  const more = shown < hints.length;
  return (
    <div className="exercise-help">
      {shown > 0 && (
        <ol className="exercise-hints" aria-label="Hints">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>
              <InlineCode text={hint} />
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" className="exercise-button" onClick={() => onHint(shown + 1)}>
          {shown === 0 ? 'Hint' : 'Next hint'} ({shown + 1} of {hints.length})
        </button>
      )}
      {!more && !solutionShown && !confirming && (
        <button type="button" className="exercise-button" onClick={() => setConfirming(true)}>
          Show the solution
        </button>
      )}
      {confirming && !solutionShown && (
        <div role="group" aria-label="Show the solution?" className="exercise-confirm">
          <p>Seeing the answer ends the puzzle. Show the solution?</p>
          <button type="button" className="exercise-button" onClick={onSolution}>
            Yes, show it
          </button>
          <button type="button" className="exercise-button" onClick={() => setConfirming(false)}>
            Not yet
          </button>
        </div>
      )}
      {solutionShown && (
        <div className="exercise-solution">
          <p>A solution:</p>
          <pre>
            <code>{solution}</code>
          </pre>
          <button type="button" className="exercise-button" onClick={() => runInTerminal(solution)}>
            Run it in the terminal
          </button>
        </div>
      )}
    </div>
  );
}
