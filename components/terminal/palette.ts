/**
 * Terminal colours for each site theme. The default foreground/background/cursor come from the page's
 * CSS variables; the ANSI palettes are chosen for AA contrast on those backgrounds (bold text uses the
 * bright variants).
 */
import type { ITheme } from '@xterm/xterm';

const LIGHT_ANSI: ITheme = {
  black: '#1f2328', red: '#cf222e', green: '#116329', yellow: '#7d4e00', blue: '#0550ae', magenta: '#8250df',
  cyan: '#1b7c83', white: '#57606a', brightBlack: '#57606a', brightRed: '#a40e26', brightGreen: '#1a7f37',
  brightYellow: '#633c01', brightBlue: '#0a5bc4', brightMagenta: '#6639ba', brightCyan: '#1b7c83', brightWhite: '#424a53',
};

const DARK_ANSI: ITheme = {
  black: '#6e7681', red: '#ff7b72', green: '#3fb950', yellow: '#d29922', blue: '#58a6ff', magenta: '#bc8cff',
  cyan: '#39c5cf', white: '#b1bac4', brightBlack: '#8b949e', brightRed: '#ffa198', brightGreen: '#56d364',
  brightYellow: '#e3b341', brightBlue: '#79c0ff', brightMagenta: '#d2a8ff', brightCyan: '#56d4dd', brightWhite: '#ffffff',
};

export function terminalTheme(root: HTMLElement): ITheme {
  const css = getComputedStyle(root);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const dark = root.getAttribute('data-theme') === 'dark';
  return {
    ...(dark ? DARK_ANSI : LIGHT_ANSI),
    background: v('--term-bg'),
    foreground: v('--term-fg'),
    cursor: v('--term-cursor'),
    cursorAccent: v('--term-bg'),
    selectionBackground: v('--term-selection'),
  };
}
