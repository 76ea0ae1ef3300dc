/**
 * printf-style formatting for awk (printf, sprintf, OFMT/CONVFMT): %d %i %o %x %X %u %c %s %e %f %g %%.
 */
type Val = string | number;

const SPEC = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]+))?([diouxXcseEfgG%])/g;

export function awkSprintf(fmt: string, args: Val[], num: (v: Val) => number, str: (v: Val) => string): string {
  let i = 0;
  const next = (): Val => (i < args.length ? (args[i++] as Val) : '');
  return fmt.replace(SPEC, (_all, flags: string, w?: string, p?: string, conv?: string) => {
    if (conv === '%') return '%';
    const width = w === '*' ? num(next()) : w ? Number(w) : 0;
    const prec = p === '*' ? num(next()) : p !== undefined ? Number(p) : undefined;
    const v = next();
    let body: string;
    switch (conv) {
      case 'd':
      case 'i':
      case 'u': {
        const n = Math.trunc(num(v));
        body = Math.abs(n).toString();
        if (prec !== undefined) body = body.padStart(prec, '0');
        body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
        break;
      }
      case 'o':
      case 'x':
      case 'X':
        body = Math.trunc(num(v)).toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') body = body.toUpperCase();
        break;
      case 'c':
        body = typeof v === 'number' ? String.fromCodePoint(v) : v.slice(0, 1);
        break;
      case 's':
        body = str(v);
        if (prec !== undefined) body = body.slice(0, prec);
        break;
      default:
        body = floatText(num(v), conv as string, prec ?? 6, flags);
    }
    if (body.length >= width) return body;
    if (flags.includes('-')) return body.padEnd(width);
    if (flags.includes('0') && conv !== 's' && conv !== 'c') {
      const sign = /^[-+ ]/.test(body) ? (body[0] as string) : '';
      return sign + body.slice(sign.length).padStart(width - sign.length, '0');
    }
    return body.padStart(width);
  });
}

function floatText(n: number, conv: string, prec: number, flags: string): string {
  let s: string;
  if (conv === 'e' || conv === 'E') s = n.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2');
  else if (conv === 'g' || conv === 'G') {
    const p = prec === 0 ? 1 : prec;
    const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
    s = exp < -4 || exp >= p ? n.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2') : n.toFixed(Math.max(0, p - 1 - exp));
    if (!flags.includes('#') && s.includes('.')) s = s.replace(/\.?0+(e|$)/, '$1');
  } else s = n.toFixed(prec);
  if (conv === 'E' || conv === 'G') s = s.toUpperCase();
  return n >= 0 && flags.includes('+') ? '+' + s : s;
}
