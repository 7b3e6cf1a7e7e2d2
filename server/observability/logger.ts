import pino, { type Level, type Logger } from 'pino';
import { currentRequest } from './request-context.js';

const requestedLevel = process.env.LOG_LEVEL;

/**
 * The process's one logger: JSON lines on stdout, at LOG_LEVEL (default info).
 * A line written while a request is handled carries its id as `requestId`.
 */
export const logger: Logger = pino({
  level: isLevel(requestedLevel) ? requestedLevel : 'info',
  formatters: { level: (label) => ({ level: label }) },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin: () => {
    const request = currentRequest();
    return request ? { requestId: request.id } : {};
  },
});
if (requestedLevel && !isLevel(requestedLevel)) {
  logger.warn(`LOG_LEVEL=${requestedLevel} is not a log level; logging at info`);
}

function isLevel(value: string | undefined): value is Level | 'silent' {
  return value !== undefined && (value === 'silent' || value in pino.levels.values);
}
