/** The `docker config` verbs: the same shapes as `docker secret`'s (see ../secret/object-verbs.ts). */
import { objectVerbs } from '../secret/object-verbs';

export const CONFIG_VERBS = objectVerbs('config');
