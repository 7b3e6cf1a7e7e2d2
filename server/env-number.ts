import { ConfigError } from './config-error.js';

/** A whole number (0 included) from the environment, or the fallback when the variable is unset or empty. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a whole number, got ${raw}`);
  return value;
}
