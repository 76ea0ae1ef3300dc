/** Small building blocks shared by the workshop screens (buttons, fields, notices). */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

const base = 'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-60';

export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'danger' }) {
  const look =
    variant === 'primary'
      ? 'bg-accent text-accent-fg hover:opacity-90'
      : variant === 'danger'
        ? 'border border-red-700 text-red-700 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950'
        : 'border border-border bg-bg text-fg hover:bg-surface';
  return <button type="button" {...props} className={`${base} ${look} ${className}`} />;
}

export function Card({ title, children, id, className = '' }: { title: string; children: ReactNode; id?: string; className?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-border bg-bg p-4 sm:p-5 ${className}`}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const inputClass = 'w-full rounded-md border border-border bg-bg px-3 py-2 text-fg';

export function Field({ label, hint, error, children, id }: { label: string; hint?: string; error?: string; children: ReactNode; id: string }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

export function Alert({ children, tone = 'error' }: { children: ReactNode; tone?: 'error' | 'info' }) {
  const look = tone === 'error' ? 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-200' : 'border-accent text-fg';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`my-3 rounded-md border-l-4 bg-surface px-4 py-2 ${look}`}>
      {children}
    </div>
  );
}

export function CodeBadge({ code, large = false }: { code: string; large?: boolean }) {
  return <span className={`font-mono font-bold tracking-widest ${large ? 'text-4xl sm:text-5xl' : 'text-lg'}`}>{code}</span>;
}
