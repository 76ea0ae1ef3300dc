/**
 * The labels Docker Compose puts on what it creates (pkg/api/labels.go) — compose keeps no
 * state of its own: it finds a project's containers, networks and volumes again by them.
 */
/** Docker Compose v2 bundled with Docker 28.2.2 (also in `docker info`'s plugin list). */
export const COMPOSE_VERSION = 'v2.36.2';
/** The version as the labels carry it (no `v`). */
export const COMPOSE_LABEL_VERSION = COMPOSE_VERSION.slice(1);

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';
export const CONFIG_HASH_LABEL = 'com.docker.compose.config-hash';
export const CONTAINER_NUMBER_LABEL = 'com.docker.compose.container-number';
export const VOLUME_LABEL = 'com.docker.compose.volume';
export const NETWORK_LABEL = 'com.docker.compose.network';
export const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
export const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';
export const ENV_FILE_LABEL = 'com.docker.compose.project.environment_file';
export const ONEOFF_LABEL = 'com.docker.compose.oneoff';
export const SLUG_LABEL = 'com.docker.compose.slug';
export const IMAGE_LABEL = 'com.docker.compose.image';
export const DEPENDENCIES_LABEL = 'com.docker.compose.depends_on';
export const VERSION_LABEL = 'com.docker.compose.version';
export const REPLACE_LABEL = 'com.docker.compose.replace';
