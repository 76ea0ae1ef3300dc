/**
 * The thin xterm adapter (only reached through the lazily loaded xterm-screen): creates the xterm
 * Terminal, sizes it to its panel, follows the site theme, and wires it to a TerminalController
 * driving the given shell session.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { connectTerminal } from './bridge';
import { TerminalController } from './controller';
import type { TerminalSession } from './terminal-session';
import { terminalTheme } from './palette';
import { appendTranscript } from './transcript-log';

/** xterm is up with a prompt and takes keystrokes (held until the session is ready, then replayed). */
export const READY_MARK = 'dockerlings:terminal-ready';
/** The simulated host is attached: held input has run. */
export const SESSION_MARK = 'dockerlings:terminal-session';
/** What a fresh host's shell shows first (host-session.test.ts checks it against the real host). */
export const INITIAL_PROMPT = 'learner@dockerlings:~$ ';
const FONT = "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace";

export interface MountOptions {
  /** A visually hidden role="log" element that receives a plain-text transcript. */
  log: HTMLElement;
}

export interface MountedTerminal {
  /**
   * Connect the shell (a fresh simulated host); `connect` gets a way to print notes (exercise reset,
   * undo, restore). Input entered before this runs now, in order.
   */
  attach(session: TerminalSession, connect?: (terminal: { notice(text: string): void }) => void): void;
  dispose(): void;
}

/**
 * Keys the browser should handle instead of the shell: Esc then Tab leaves the terminal (Tab alone is
 * completion, so without this a keyboard user would be trapped), and Ctrl+C with a selection copies it.
 */
function keyboardEscapes(term: Terminal): (e: KeyboardEvent) => boolean {
  let escaped = false;
  return (e) => {
    if (e.type !== 'keydown' || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return true;
    if (e.key === 'Escape') {
      escaped = true;
      return true;
    }
    const leave = escaped && e.key === 'Tab';
    escaped = false;
    if (leave) return false;
    if (e.ctrlKey && !e.shiftKey && e.key === 'c' && term.hasSelection()) {
      void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
      term.clearSelection();
      return false;
    }
    return true;
  };
}

/** Mount the terminal into `host` at once, before its session exists (see MountedTerminal.attach). */
export function mountTerminal(host: HTMLElement, { log }: MountOptions): MountedTerminal {
  const root = document.documentElement;
  const term = new Terminal({
    fontFamily: FONT,
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    scrollback: 2000,
    theme: terminalTheme(root),
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  fit.fit();

  const controller = new TerminalController(term, null, { onTranscript: (e) => appendTranscript(log, e), initialPrompt: INITIAL_PROMPT });
  term.attachCustomKeyEventHandler(keyboardEscapes(term));
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

  const disconnect = connectTerminal((text) => controller.runText(text));
  performance.mark(READY_MARK);

  return {
    attach(session, connect) {
      controller.attach(session, () => connect?.({ notice: (text) => controller.notice(text) }));
      performance.mark(SESSION_MARK);
    },
    dispose() {
      disconnect();
      resize.disconnect();
      themeWatch.disconnect();
      term.dispose();
    },
  };
}
