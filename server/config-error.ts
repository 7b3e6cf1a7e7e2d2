/** A setting in the environment that cannot be used; the message names the variable. Start-up prints it as one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
