import { badInput } from '../resolvers/errors.js';
import { builder } from './builder.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`Date must be a calendar day YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseDate,
});
