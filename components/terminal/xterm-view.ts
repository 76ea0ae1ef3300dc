/**
 * The thin xterm adapter (only reached through the lazily loaded xterm-screen): creates the xterm
 * Terminal, sizes it to its panel, follows the site theme, and wires it to a TerminalController
 * driving the given shell session.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { ShellSession } from '@/lib/shell/types';
import { connectTerminal } from './bridge';
import { TerminalController, type TranscriptEntry } from './controller';
import { stripAnsi } from './output';
import { terminalTheme } from './palette';

export const READY_MARK = 'dockerlings:terminal-ready';
const LOG_LIMIT = 200;

export interface MountOptions {
  /** A visually hidden role="log" element that receives a plain-text transcript. */
  log: HTMLElement;
  /** The shell the terminal talks to (a fresh simulated host). */
  session: ShellSession;
}

function appendLog(log: HTMLElement, entry: TranscriptEntry): void {
  const line = document.createElement('div');
  line.textContent = stripAnsi(entry.text);
  log.append(line);
  while (log.childElementCount > LOG_LIMIT) log.firstElementChild?.remove();
}

/** Mount the terminal into `host`; returns a cleanup function. */
export function mountTerminal(host: HTMLElement, { log, session }: MountOptions): () => void {
  const root = document.documentElement;
  const term = new Terminal({
    fontFamily: getComputedStyle(root).getPropertyValue('--font-mono') || 'monospace',
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: true,
    scrollback: 2000,
    theme: terminalTheme(root),
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  fit.fit();

  const controller = new TerminalController(term, session, { onTranscript: (e) => appendLog(log, e) });
  term.write('\x1b[?2004h');
  term.onData((data) => controller.handleData(data));
  controller.start();

  const resize = new ResizeObserver(() => {
    const cols = term.cols;
    fit.fit();
    if (term.cols !== cols) controller.resized();
  });
  resize.observe(host);

  const retheme = () => {
    term.options.theme = terminalTheme(root);
  };
  const themeWatch = new MutationObserver(retheme);
  themeWatch.observe(root, { attributes: true, attributeFilter: ['data-theme'] });

  const disconnect = connectTerminal((text) => {
    controller.runText(text);
    term.focus();
  });
  performance.mark(READY_MARK);

  return () => {
    disconnect();
    resize.disconnect();
    themeWatch.disconnect();
    term.dispose();
  };
}
