import { describe, expect, it } from 'vitest';
import { codeBlockActions, consoleCommands, isKnownLanguage, isMetaFlag } from './code-blocks';

describe('codeBlockActions', () => {
  it('runs and copies a bash block as written', () => {
    expect(codeBlockActions('bash', 'docker ps\ndocker images\n')).toEqual({
      copyText: 'docker ps\ndocker images',
      runText: 'docker ps\ndocker images',
      expectError: false,
    });
  });

  it('honours the norun flag but still offers copy', () => {
    expect(codeBlockActions('bash', 'sudo iptables -L', 'norun')).toEqual({ copyText: 'sudo iptables -L', runText: null, expectError: false });
  });

  it('marks an error block as expected to fail and still runs it', () => {
    expect(codeBlockActions('bash', 'docker network rm app', 'error')).toEqual({
      copyText: 'docker network rm app',
      runText: 'docker network rm app',
      expectError: true,
    });
    const transcript = '$ docker rm web\nError response from daemon: cannot remove container\n';
    expect(codeBlockActions('console', transcript, 'error')).toMatchObject({ runText: 'docker rm web', expectError: true });
  });

  it('never marks a non-shell block as an expected error', () => {
    expect(codeBlockActions('dockerfile', 'FROM nope', 'error').expectError).toBe(false);
  });

  it('runs only the commands of a console transcript', () => {
    const transcript = '$ docker ps\nCONTAINER ID   IMAGE\n$ echo hi\nhi\n';
    expect(codeBlockActions('console', transcript)).toMatchObject({ copyText: 'docker ps\necho hi', runText: 'docker ps\necho hi' });
  });

  it('never runs non-shell languages', () => {
    expect(codeBlockActions('dockerfile', 'FROM alpine\n').runText).toBeNull();
    expect(codeBlockActions('yaml', 'a: 1').copyText).toBe('a: 1');
  });

  it('has nothing to run in a console block without prompts', () => {
    expect(codeBlockActions('console', 'just output').runText).toBeNull();
  });
});

describe('consoleCommands', () => {
  it('keeps continuation lines with their command', () => {
    const transcript = ['$ docker run \\', '  --name web nginx', 'abc123', '$ cat <<EOF', '> hello', '> EOF', 'hello'].join('\n');
    expect(consoleCommands(transcript)).toEqual(['docker run \\\n  --name web nginx', 'cat <<EOF\nhello\nEOF']);
  });
});

describe('isKnownLanguage', () => {
  it('accepts listed languages and rejects others', () => {
    expect(isKnownLanguage('dockerfile')).toBe(true);
    expect(isKnownLanguage('console')).toBe(true);
    expect(isKnownLanguage('cobol')).toBe(false);
  });
});

describe('isMetaFlag', () => {
  it('knows norun and error, nothing else', () => {
    expect(isMetaFlag('norun')).toBe(true);
    expect(isMetaFlag('error')).toBe(true);
    expect(isMetaFlag('noerror')).toBe(false);
  });
});
