import type { Metadata } from 'next';
import { TerminalPanel } from '@/components/terminal/terminal-panel';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'A full-page simulated Docker terminal: try docker, compose and kubectl commands freely, no lesson attached.',
};

export default function PlaygroundPage() {
  return (
    <main id="main" className="flex h-[calc(100dvh-3.5rem)] flex-col p-2 sm:p-4">
      <h1 className="visually-hidden">Playground</h1>
      <div className="min-h-0 flex-1">
        <TerminalPanel label="Playground terminal" />
      </div>
    </main>
  );
}
