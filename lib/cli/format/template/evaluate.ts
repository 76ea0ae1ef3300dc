/**
 * Evaluating Go template expressions over JS data with Go's semantics: pipelines (the previous
 * result becomes the last argument), variables and their scopes, field chains and methods, function
 * calls with Go's argument type checks, and Go's error texts with location and context:
 * `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo …`.
 */
import { type ArgNode, argString, type CommandNode, type PipeNode } from './ast';
import { anyParams, isExported, locatedMessage, type Src } from './exec-support';
import { checkArgKind, KIND_NAMES, literalArg } from './arg-kinds';
import type { FuncMap, ParamKind, TemplateFunc } from './funcs';
import { type ParsedTemplate, TemplateError } from './parser';
import { goTypeOf, isGoMap, mapGet, NIL_PTR, NO_VALUE, structType, truth, TYPED_MAP } from './values';

export type MissingKey = 'default' | 'zero' | 'error';
const NO_FINAL = Symbol('missingVal');

/** A position in the template and what is there (for error messages). */
type Where = { pos: number; src: Src };

export class Evaluator {
  /** Where an error would point: set on every step, so kept as plain fields (no object per step). */
  private pos = -1;
  private srcIs: Src['is'] = 'text';
  private srcN: Src['n'] = '';
  protected vars: { name: string; value: unknown }[];
  private readonly root: unknown;

  constructor(
    protected readonly tmpl: ParsedTemplate,
    protected readonly funcs: FuncMap,
    protected readonly missingKey: MissingKey,
    private readonly execName: string,
    dot: unknown,
  ) {
    this.vars = [{ name: '$', value: dot }];
    this.root = dot;
  }

  protected at<S extends Src>(pos: number, is: S['is'], n: S['n']): void {
    this.pos = pos;
    this.srcIs = is;
    this.srcN = n;
  }

  private here(): Where {
    // `at` sets the kind and the node together, so they always form a Src.
    return { pos: this.pos, src: { is: this.srcIs, n: this.srcN } as Src };
  }

  errorf(message: string): never {
    if (this.pos < 0) throw new TemplateError(`template: ${this.tmpl.name}: ${message}`);
    const { pos, src } = this.here();
    throw new TemplateError(locatedMessage(this.tmpl, this.execName, pos, src, message));
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe.pos, 'arg', pipe);
    let value: unknown = NO_FINAL;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // Go digs into interface{} results: a nil from a map or slice becomes "no value".
      if (value === null || value === undefined) value = NO_VALUE;
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) {
        const v = this.lookupVar(d.name);
        if (!v) this.errorf(`undefined variable: ${d.name}`);
        v.value = value;
      } else this.vars.push({ name: d.name, value });
    }
    return value;
  }

  private notAFunction(args: readonly ArgNode[], final: unknown): void {
    if (args.length > 1 || final !== NO_FINAL) this.errorf(`can't give argument to non-function ${argString(args[0]!)}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        this.at(first.pos, 'arg', first);
        return this.evalFieldChain(dot, dot, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, { pos: cmd.pos, src: { is: 'cmd', n: cmd } }, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.at(first.pos, 'arg', first);
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return first.value;
      case 'string':
        return first.text;
    }
  }

  private evalChain(dot: unknown, chain: Extract<ArgNode, { kind: 'chain' }>, args: readonly ArgNode[], final: unknown): unknown {
    this.at(chain.pos, 'arg', chain);
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${argString(chain)}`);
    const receiver = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, receiver, chain.field, args, final);
  }

  private evalVariable(dot: unknown, v: Extract<ArgNode, { kind: 'variable' }>, args: readonly ArgNode[], final: unknown): unknown {
    this.at(v.pos, 'arg', v);
    const found = this.lookupVar(v.ident[0]!);
    if (!found) this.errorf(`undefined variable: ${v.ident[0]}`);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return found.value;
    }
    return this.evalFieldChain(dot, found.value, v.ident.slice(1), args, final);
  }

  /** The innermost variable called `name`. */
  private lookupVar(name: string): { name: string; value: unknown } | undefined {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i];
    return undefined;
  }

  private evalFieldChain(dot: unknown, receiver: unknown, ident: readonly string[], args: readonly ArgNode[], final: unknown): unknown {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i]!, [], NO_FINAL, receiver);
    return this.evalField(dot, ident[ident.length - 1]!, args, final, receiver);
  }

  private evalField(dot: unknown, name: string, args: readonly ArgNode[], final: unknown, receiver: unknown): unknown {
    if (receiver === NO_VALUE) {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`);
      return NO_VALUE;
    }
    if (receiver === null || receiver === undefined || receiver === NIL_PTR) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== NO_FINAL;
    if (typeof receiver === 'object' && !Array.isArray(receiver)) {
      const prop = (receiver as Record<string, unknown>)[name];
      // Methods: functions on objects; on Map subclasses only Go-style exported names (`Label`).
      if (typeof prop === 'function' && (!(receiver instanceof Map) || isExported(name))) {
        if (prop.length === 0 && !hasArgs) return this.callMethod(prop as () => unknown, receiver, name);
        const method: TemplateFunc = { params: anyParams(prop.length), fn: (...a) => (prop as (...x: unknown[]) => unknown).apply(receiver, a) };
        return this.evalCall(dot, method, name, args.slice(1), final, this.here());
      }
      if (isGoMap(receiver)) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        const v = mapGet(receiver, name);
        if (v !== NO_VALUE) return v;
        if (this.missingKey === 'error' && !(TYPED_MAP in receiver)) this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
        return this.missingKey === 'zero' ? null : NO_VALUE;
      }
      if (structType(receiver) !== undefined && name in receiver) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return prop ?? NIL_PTR;
      }
    }
    // Values taken out of maps and slices have Go's static type interface {}.
    const typed = structType(receiver) !== undefined || receiver === this.root;
    return this.errorf(`can't evaluate field ${name} in type ${typed ? goTypeOf(receiver) : 'interface {}'}`);
  }

  /** A method without arguments (a formatter context's field): what evalCall does, minus the checks. */
  private callMethod(method: () => unknown, receiver: unknown, name: string): unknown {
    try {
      return method.call(receiver);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** `cmd` is where `error calling …` points: the whole command, or the identifier used as an argument. */
  private evalFunction(dot: unknown, node: Extract<ArgNode, { kind: 'identifier' }>, cmd: Where, args: readonly ArgNode[], final: unknown): unknown {
    this.at(node.pos, 'text', node.name);
    const fn = this.funcs[node.name];
    if (!fn) this.errorf(`${JSON.stringify(node.name)} is not a defined function`);
    return this.evalCall(dot, fn, node.name, args.slice(1), final, cmd);
  }

  private evalCall(dot: unknown, fn: TemplateFunc, name: string, args: readonly ArgNode[], final: unknown, where?: Where): unknown {
    const numIn = args.length + (final !== NO_FINAL ? 1 : 0);
    const fixed = fn.params.length;
    if (fn.variadic) {
      if (numIn < fixed) this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${args.length}`);
    } else if (numIn !== fixed) this.errorf(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    const kindAt = (i: number): ParamKind => (i < fixed ? fn.params[i]! : fn.variadic!);
    if (fn.variadic && (name === 'and' || name === 'or') && fn === this.funcs[name]) {
      let v: unknown = NO_VALUE;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (truth(v) === (name === 'or')) return v;
      }
      return final !== NO_FINAL ? final : v;
    }
    const argv = args.map((a, i) => this.evalArg(dot, kindAt(i), a));
    if (final !== NO_FINAL) argv.push(this.validate(final, kindAt(args.length)));
    try {
      return fn.fn(...argv);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      if (where) this.at(where.pos, where.src.is, where.src.n);
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private validate(v: unknown, kind: ParamKind): unknown {
    const checked = checkArgKind(v, kind);
    return 'error' in checked ? this.errorf(checked.error) : checked.value;
  }

  private evalArg(dot: unknown, kind: ParamKind, n: ArgNode): unknown {
    this.at(n.pos, 'arg', n);
    switch (n.kind) {
      case 'dot':
        return this.validate(dot, kind);
      case 'nil':
        if (kind === 'value') return NO_VALUE;
        if (kind === 'any' || kind === 'strings') return null;
        return this.errorf(`cannot assign nil to ${KIND_NAMES[kind]}`);
      case 'field':
        return this.validate(this.evalFieldChain(dot, dot, n.ident, [n], NO_FINAL), kind);
      case 'variable':
        return this.validate(this.evalVariable(dot, n, [n], NO_FINAL), kind);
      case 'pipe':
        return this.validate(this.evalPipeline(dot, n), kind);
      case 'identifier':
        return this.validate(this.evalFunction(dot, n, { pos: n.pos, src: { is: 'text', n: n.name } }, [n], NO_FINAL), kind);
      case 'chain':
        return this.validate(this.evalChain(dot, n, [], NO_FINAL), kind);
    }
    const literal = literalArg(n, kind);
    return 'error' in literal ? this.errorf(literal.error) : literal.value;
  }
}
