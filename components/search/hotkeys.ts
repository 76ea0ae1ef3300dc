/**
 * The search shortcuts: `/` when the learner is not typing somewhere, and Ctrl+K / ⌘K anywhere but the
 * terminal (where Ctrl+K is the shell's "kill to end of line", and `/` is part of paths).
 */
const inTerminal = (target: EventTarget | null) => target instanceof Element && target.closest('.xterm') !== null;

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || inTerminal(target)) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.altKey || inTerminal(e.target)) return false;
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !typingIn(e.target);
}
