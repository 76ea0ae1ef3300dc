/**
 * Reading env files as compose-go's dotenv.GetEnvFromFile does (`--env-file`, the project
 * `.env`, an include's env_file): later files win, `${VAR}` resolves from the current
 * environment first, then from earlier files.
 */
import { parseDotenv } from './dotenv';
import { ComposeError, type Warn } from './errors';
import type { LoaderFs } from './load-context';

export function parseEnvFiles(fs: LoaderFs, current: Readonly<Record<string, string>>, files: readonly string[], warn: Warn | null): Record<string, string> {
  const env: Record<string, string> = {};
  for (const file of files) {
    const kind = fs.kind(file);
    if (kind === null) throw new ComposeError(`couldn't find env file: ${file}`, 'notFound');
    if (kind === 'dir') throw new ComposeError(`${file} is a directory`);
    const text = fs.read(file) ?? '';
    let parsed: Map<string, string>;
    try {
      parsed = parseDotenv(text, (k) => (k in current ? current[k] : k in env ? env[k] : undefined), warn);
    } catch (e) {
      throw new ComposeError(`failed to read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (const [k, v] of parsed) env[k] = v;
  }
  return env;
}
