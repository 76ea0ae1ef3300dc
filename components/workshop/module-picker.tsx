'use client';

import { useEffect, useRef } from 'react';
import type { ModuleChoice } from './lesson-index';

function ModuleBox({ module, selected, onToggle }: { module: ModuleChoice; selected: Set<string>; onToggle(keys: string[], on: boolean): void }) {
  const ref = useRef<HTMLInputElement>(null);
  const keys = module.lessons.map((l) => l.key);
  const count = keys.filter((k) => selected.has(k)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && count < keys.length;
  }, [count, keys.length]);
  return (
    <fieldset className="rounded-md border border-border p-3">
      <legend className="px-1">
        <label className="flex items-center gap-2 font-medium">
          <input ref={ref} type="checkbox" checked={count === keys.length} onChange={(e) => onToggle(keys, e.target.checked)} />
          Module {module.title} (whole module)
        </label>
      </legend>
      <ul className="ml-6 space-y-1">
        {module.lessons.map((l) => (
          <li key={l.key}>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={selected.has(l.key)} onChange={(e) => onToggle([l.key], e.target.checked)} />
              {l.title}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Choose whole modules or single lessons; the workshop keeps course order. */
export function ModulePicker({ modules, selected, onChange, error }: { modules: ModuleChoice[]; selected: Set<string>; onChange(next: Set<string>): void; error?: string }) {
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys) (on ? next.add(k) : next.delete(k));
    onChange(next);
  };
  return (
    <div className="mb-6" role="group" aria-labelledby="picker-title" aria-describedby={error ? 'picker-error' : undefined}>
      <p id="picker-title" className="mb-1 font-medium">
        Lessons and modules covered
      </p>
      {error && (
        <p id="picker-error" className="mb-2 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="grid max-h-[28rem] gap-3 overflow-y-auto pr-1 md:grid-cols-2">
        {modules.map((m) => (
          <ModuleBox key={m.slug} module={m} selected={selected} onToggle={toggle} />
        ))}
      </div>
    </div>
  );
}
