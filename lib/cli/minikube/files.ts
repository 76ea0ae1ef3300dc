/** The files `minikube start` leaves in ~/.minikube and the kubeconfig, and what delete removes. */
import type { FileSystem } from '../../sim/fs/types';
import { PROFILE } from '../../sim/k8s/state';
import { addMinikube, configPath, readConfig, removeMinikube, writeConfig } from '../kubectl/kubeconfig';
import { MINIKUBE_SERVER } from '../kubectl/env';

const PEM = (what: string) => `-----BEGIN ${what}-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\n-----END ${what}-----\n`;

function write(fs: FileSystem, path: string, data: string, mode = 0o644): void {
  const dir = path.slice(0, path.lastIndexOf('/'));
  if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true, mode: 0o755 });
  fs.writeFile(path, data, { mode });
}

export function writeProfileFiles(fs: FileSystem, env: Readonly<Record<string, string>>, home: string, lastUpdate: string): void {
  const m = `${home}/.minikube`;
  if (!fs.stat(`${m}/ca.crt`)) write(fs, `${m}/ca.crt`, PEM('CERTIFICATE'));
  write(fs, `${m}/profiles/${PROFILE}/client.crt`, PEM('CERTIFICATE'));
  write(fs, `${m}/profiles/${PROFILE}/client.key`, PEM('RSA PRIVATE KEY'), 0o600);
  write(fs, `${m}/profiles/${PROFILE}/config.json`, JSON.stringify({ Name: PROFILE, Driver: 'docker', Memory: 2200, CPUs: 2, KubernetesConfig: { KubernetesVersion: 'v1.33.1', ClusterName: PROFILE, ContainerRuntime: 'docker' } }, null, '\t') + '\n');
  write(fs, `${m}/machines/${PROFILE}/config.json`, JSON.stringify({ Name: PROFILE, DriverName: 'docker' }, null, '\t') + '\n');
  const path = configPath(env);
  writeConfig(fs, path, addMinikube(readConfig(fs, path), PROFILE, MINIKUBE_SERVER, home, lastUpdate));
}

export function removeProfileFiles(fs: FileSystem, env: Readonly<Record<string, string>>, home: string): void {
  for (const dir of [`${home}/.minikube/machines/${PROFILE}`, `${home}/.minikube/profiles/${PROFILE}`]) if (fs.stat(dir)) fs.rm(dir, { recursive: true, force: true });
  const path = configPath(env);
  if (fs.stat(path)) writeConfig(fs, path, removeMinikube(readConfig(fs, path), PROFILE));
}
