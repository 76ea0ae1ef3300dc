/** Registries: private `registry:2` containers' storage and API, the learner's public pushes, push and login. */
export { installRegistryServer, registryHttp, registryServer } from './api';
export { registryLookup } from './lookup';
export { pushImage, type PushAuth, type PushLine, type PushResult } from './push';
export { registryHost, registryLogin, type Credentials } from './login';
export { locateRegistry, PUBLIC_REGISTRIES, type Located } from './locate';
export { getBlob, getManifest, openStore, repositories, tags, type RegistryStore } from './layout';
export { searchHub, searchUnsupported } from './search';
export type { HubRepository } from './hub-index';
export { remoteManifest, type ManifestEntry, type RemoteManifest } from './inspect-manifest';
