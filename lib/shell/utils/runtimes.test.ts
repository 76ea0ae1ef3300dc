import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine } from '../test-support';

/** A container machine with python and node on PATH (as the python/node images have them). */
function session(env: Record<string, string> = {}): Session {
  const machine = alpineMachine({ hostname: 'c0ffee123456' });
  machine.fs.mkdir('/usr/local/bin', { recursive: true });
  for (const bin of ['python3', 'python', 'node']) machine.fs.writeFile(`/usr/local/bin/${bin}`, '', { mode: 0o755 });
  Object.assign(machine.env, { PATH: '/usr/local/bin:/usr/bin:/bin', PYTHON_VERSION: '3.13.7', NODE_VERSION: '22.18.0', ...env });
  return new Session({ machine });
}

describe('python and node one-liners', () => {
  it('python -c prints literals and arithmetic with Python types', () => {
    const s = session();
    expect(s.run('python -c "print(6 * 7)"')).toMatchObject({ stdout: '42\n', exitCode: 0 });
    expect(s.run(`python3 -c "x = 6; print(x / 3, 7 // 2, -7 % 3, 2 ** 10, 'ab' * 2, 1.5 + 1)"`).stdout).toBe('2.0 3 2 1024 abab 2.5\n');
    expect(s.run('python --version').stdout).toBe('Python 3.13.7\n');
    expect(s.run("echo 'print(\"piped\")' | python").stdout).toBe('piped\n');
  });

  it('python errors look like tracebacks, and what is not simulated says so', () => {
    const s = session();
    expect(s.run('python -c "print(y)"')).toMatchObject({ stderr: 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n    print(y)\nNameError: name \'y\' is not defined\n', exitCode: 1 });
    expect(s.run('python -c "print(1 / 0)"').stderr).toMatch(/ZeroDivisionError: division by zero\n$/);
    expect(s.run('python -c "import flask"').stderr).toMatch(/ModuleNotFoundError: No module named 'flask'\n$/);
    expect(s.run('python -c "for i in range(3): print(i)"')).toMatchObject({ stderr: /does not run real programs/, exitCode: 1 });
    expect(s.run('python app.py')).toMatchObject({ stderr: "python: can't open file '/root/app.py': [Errno 2] No such file or directory\n", exitCode: 2 });
  });

  it('node -e / -p evaluate JavaScript one-liners', () => {
    const s = session();
    expect(s.run('node -e "console.log(6*7)"').stdout).toBe('42\n');
    expect(s.run('node -p "10 / 4"').stdout).toBe('2.5\n');
    expect(s.run(`node -e "const a = 'x'; console.log(a + 1, process.version); process.exit(3)"`)).toMatchObject({ stdout: 'x1 v22.18.0\n', exitCode: 3 });
    expect(s.run('node --version').stdout).toBe('v22.18.0\n');
    expect(s.run('node -e "console.log(nope)"')).toMatchObject({ stderr: /ReferenceError: nope is not defined/, exitCode: 1 });
    expect(s.run('node -e "require(\'express\')"')).toMatchObject({ stderr: /does not run real programs/, exitCode: 1 });
  });

  it('exists only where the image has the program', () => {
    expect(new Session({ machine: alpineMachine({}) }).run('python -c "print(1)"')).toMatchObject({ exitCode: 127 });
  });
});
