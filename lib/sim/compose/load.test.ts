import { describe, expect, it } from 'vitest';
import { ComposeError } from './errors';
import { marshalProjectYaml } from './marshal';
import { load } from './testing';

const F = '/home/learner/shop/compose.yaml';

function loadError(input: Parameters<typeof load>[0]): string {
  try {
    load(input);
  } catch (e) {
    if (e instanceof ComposeError) return e.message;
    throw e;
  }
  throw new Error('loaded without error');
}

describe('loadProject', () => {
  it('names the project after the directory, normalised, unless name:/-p says otherwise', () => {
    expect(load({ files: { [F]: 'services:\n  web:\n    image: nginx\n' } }).project.name).toBe('shop');
    expect(load({ files: { '/home/learner/My.Shop/compose.yaml': 'services:\n  web:\n    image: nginx\n' }, cwd: '/home/learner/My.Shop' }).project.name).toBe('myshop');
    expect(load({ files: { [F]: 'name: store\nservices:\n  web:\n    image: nginx\n' } }).project.name).toBe('store');
    expect(load({ files: { [F]: 'name: store\nservices:\n  web:\n    image: nginx\n' }, flags: { projectName: 'other' } }).project.name).toBe('other');
  });

  it('interpolates from the shell first, then .env, then defaults; warns for unset variables', () => {
    const files = { [F]: 'services:\n  web:\n    image: "nginx:${TAG:-1.27}"\n    environment:\n      A: ${A}\n      B: ${B-unset}\n', '/home/learner/shop/.env': 'TAG=1.26\nA=from-dotenv\n' };
    const fromDotenv = load({ files });
    expect(fromDotenv.project.services.web!.image).toBe('nginx:1.26');
    expect(fromDotenv.project.services.web!.environment).toEqual({ A: 'from-dotenv', B: 'unset' });
    expect(load({ files, env: { TAG: '1.25' } }).project.services.web!.image).toBe('nginx:1.25');
    const { warnings } = load({ files: { [F]: 'services:\n  web:\n    image: "nginx:${TAG}"\n' } });
    expect(warnings).toEqual(['The "TAG" variable is not set. Defaulting to a blank string.']);
  });

  it('fails on a required variable with its message', () => {
    expect(loadError({ files: { [F]: 'services:\n  web:\n    image: nginx\n    environment:\n      P: ${P:?set P}\n' } })).toBe(
      'error while interpolating services.web.environment.P: required variable P is missing a value: set P',
    );
  });

  it('accepts the obsolete version key with compose\'s warning', () => {
    const { warnings } = load({ files: { [F]: 'version: "3.8"\nservices:\n  web:\n    image: nginx\n' } });
    expect(warnings).toContain(`${F}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
  });

  it('merges the override file: maps by key, ports appended, single values replaced', () => {
    const { project } = load({
      files: {
        [F]: 'services:\n  web:\n    image: nginx\n    command: ["a"]\n    environment:\n      A: "1"\n    ports: ["8080:80"]\n',
        '/home/learner/shop/compose.override.yaml': 'services:\n  web:\n    command: ["b"]\n    environment:\n      B: "2"\n    ports: ["8443:443"]\n',
      },
    });
    const web = project.services.web!;
    expect(web.command).toEqual(['b']);
    expect(web.environment).toEqual({ A: '1', B: '2' });
    expect((web.ports as Array<{ published: string }>).map((p) => p.published)).toEqual(['8080', '8443']);
  });

  it('keeps services of inactive profiles apart and enables them by profile', () => {
    const files = { [F]: 'services:\n  web:\n    image: nginx\n  pma:\n    image: phpmyadmin\n    profiles: [debug]\n' };
    expect(Object.keys(load({ files }).project.services)).toEqual(['web']);
    expect(Object.keys(load({ files, flags: { profiles: ['debug'] } }).project.services).sort()).toEqual(['pma', 'web']);
    expect(Object.keys(load({ files, env: { COMPOSE_PROFILES: 'debug' } }).project.services).sort()).toEqual(['pma', 'web']);
  });

  it('resolves anchors, merge keys and ignores x- fields in services', () => {
    const { project } = load({ files: { [F]: 'x-defaults: &d\n  restart: always\nservices:\n  a:\n    <<: *d\n    image: nginx\n  b:\n    <<: *d\n    image: httpd\n' } });
    expect(project.services.a!.restart).toBe('always');
    expect(project.services.b!.image).toBe('httpd');
  });

  it('words validation, consistency and YAML errors as compose does', () => {
    expect(loadError({ files: { [F]: 'services:\n  web:\n    imagee: nginx\n' } })).toBe(`validating ${F}: services.web Additional property imagee is not allowed`);
    expect(loadError({ files: { [F]: 'services:\n  web:\n    ports: []\n' } })).toBe('service "web" has neither an image nor a build context specified: invalid compose project');
    expect(loadError({ files: { [F]: 'services:\n  web:\n    image: nginx\n    networks: [front]\n' } })).toBe('service "web" refers to undefined network front: invalid compose project');
    expect(loadError({ files: {} })).toBe('no configuration file provided: not found');
  });

  it('prints the normalised model as docker compose config does', () => {
    const { project } = load({ files: { [F]: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n' } });
    expect(marshalProjectYaml(project)).toBe(
      'name: shop\nservices:\n  web:\n    image: nginx\n    networks:\n      default: null\n    ports:\n      - mode: ingress\n        target: 80\n        published: "8080"\n        protocol: tcp\nnetworks:\n  default:\n    name: shop_default\n',
    );
  });
});
