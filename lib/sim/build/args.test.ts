/** ARG scoping, --build-arg, predefined platform ARGs, and the checks around variables. */
import { describe, expect, it } from 'vitest';
import { warningShort } from './dockerfile/lint';
import { builtImage, project, stepStates } from './testing';

const runs = (r: ReturnType<ReturnType<typeof project>['build']>) => Object.keys(stepStates(r)).filter((n) => n.includes(' RUN '));

describe('build arguments', () => {
  it('a global ARG sets FROM; inside the stage it needs a bare ARG to be visible', () => {
    const p = project({ Dockerfile: 'ARG TAG=latest\nFROM alpine:${TAG}\nRUN write /a [$TAG]\nARG TAG\nRUN write /b [$TAG]\n' });
    const r = p.build();
    expect(runs(r)).toEqual(['[2/3] RUN write /a [$TAG]', '[3/3] RUN write /b [latest]']);
  });

  it('--build-arg overrides defaults, and RUN history lists the ARGs in effect', () => {
    const p = project({ Dockerfile: 'FROM alpine\nARG VERSION=1.0\nARG EMPTY\nRUN write /v $VERSION\n' });
    const img = builtImage(p, p.build({ buildArgs: { VERSION: '2.5' } }));
    expect(img.history.map((h) => h.createdBy).slice(2)).toEqual(['ARG VERSION=2.5', 'ARG EMPTY', 'RUN |2 VERSION=2.5 EMPTY= /bin/sh -c write /v $VERSION # buildkit']);
    expect(img.config.Env).not.toContainEqual(expect.stringContaining('VERSION'));
  });

  it('a changed --build-arg invalidates the RUN steps after the ARG', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN touch /early\nARG V=1\nRUN touch /late\n' });
    p.build();
    expect(Object.values(stepStates(p.build({ buildArgs: { V: '2' } }))).slice(1)).toEqual(['cached', 'done']);
  });

  it('predefined platform ARGs are there when declared', () => {
    const p = project({ Dockerfile: 'FROM alpine\nARG TARGETARCH\nARG TARGETPLATFORM\nRUN write /p $TARGETPLATFORM-$TARGETARCH\n' });
    expect(runs(p.build())).toEqual(['[2/2] RUN write /p linux/amd64-amd64']);
  });

  it('ENV values expand earlier variables, ${VAR:-default} included', () => {
    const p = project({ Dockerfile: 'FROM alpine\nARG BASE=/opt\nENV APP_HOME=${BASE}/app LOG=${LOG_DIR:-/var/log}\n' });
    expect(builtImage(p, p.build()).config.Env).toContain('APP_HOME=/opt/app');
    expect(builtImage(p, p.build()).config.Env).toContain('LOG=/var/log');
  });

  it('warns on undefined variables, secrets in ARG/ENV, legacy ENV syntax, relative WORKDIR', () => {
    const p = project({ Dockerfile: 'FROM alpine\nENV PATH=$PAHT:/opt/bin\nARG API_TOKEN\nENV legacy value\nWORKDIR app\n' });
    expect(p.build().warnings.map(warningShort)).toEqual([
      "UndefinedVar: Usage of undefined variable '$PAHT' (did you mean $PATH?) (line 2)",
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "API_TOKEN") (line 3)',
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 4)',
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 5)',
    ]);
  });

  it('warns on an undeclared variable in FROM, and fails on an empty base name', () => {
    const p = project({ Dockerfile: 'FROM alpine${SUFFIX}\n' });
    expect(p.build().warnings.map(warningShort)).toEqual(["UndefinedArgInFrom: FROM argument 'SUFFIX' is not declared (line 1)"]);
    const empty = project({ Dockerfile: 'ARG IMAGE\nFROM ${IMAGE}\n' }).build();
    expect(empty.error?.message).toBe('failed to solve: base name (${IMAGE}) should not be blank');
  });

  it('# check=error=true turns warnings into a failure, # check=skip silences a rule', () => {
    const failing = project({ Dockerfile: '# check=error=true\nFROM alpine\nCMD echo hi\n' }).build();
    expect(failing.error?.message).toBe('failed to solve: lint violation found for rules: JSONArgsRecommended');
    const quiet = project({ Dockerfile: '# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo hi\n' }).build();
    expect(quiet.warnings).toEqual([]);
    expect(quiet.error).toBeUndefined();
  });
});
