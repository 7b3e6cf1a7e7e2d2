import { logger } from './logger.js';
import { loggedByMaskError } from './mask-error.js';

type YogaLevel = 'debug' | 'info' | 'warn' | 'error';

/** Yoga's own messages through the same logger, so that stdout stays JSON lines. */
export const yogaLogging: Record<YogaLevel, (...args: unknown[]) => void> = {
  debug: (...args) => logAs('debug', args),
  info: (...args) => logAs('info', args),
  warn: (...args) => logAs('warn', args),
  error: (...args) => logAs('error', args),
};

function logAs(level: YogaLevel, args: unknown[]): void {
  if (args.length === 1 && loggedByMaskError(args[0])) return;
  const error = args.find((arg) => arg instanceof Error);
  const text = args
    .filter((arg) => arg !== error)
    .map(String)
    .join(' ');
  const fields = { component: 'yoga', ...(error ? { err: error } : {}) };
  logger[level](fields, text || (error instanceof Error ? error.message : ''));
}
