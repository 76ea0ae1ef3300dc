/** The minikube command builder. */
import { defineCommand } from '../../command';
import type { MinikubeEnv } from '../env';

export const minikubeCommand = defineCommand<MinikubeEnv>();
