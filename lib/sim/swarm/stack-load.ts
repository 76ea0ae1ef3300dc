/**
 * Compose files for `docker stack deploy`. docker/cli reads them with its own loader, which only
 * warns about `container_name` (`Ignoring deprecated options:`, deploy.ts) where compose-go refuses
 * it beside `deploy.replicas` > 1 (container names must be unique on one engine; a swarm names task
 * containers itself). So the project is loaded without compose's consistency check, which then runs
 * on a view of the services without container_name: every other consistency error still stops it.
 */
import { loadProject, type ComposeProject, type ConfigFile, type LoadProjectOptions } from '../compose/index';
import { checkConsistency } from '../compose/consistency';

export function loadStackProject(files: readonly ConfigFile[], env: Readonly<Record<string, string>>, o: LoadProjectOptions): ComposeProject {
  const project = loadProject(files, env, { ...o, skipConsistencyCheck: true });
  const services = Object.fromEntries(
    Object.entries(project.services).map(([name, s]) => {
      const { container_name: _ignored, ...rest } = s;
      return [name, rest];
    }),
  );
  checkConsistency({ ...project, services } as ComposeProject);
  return project;
}
