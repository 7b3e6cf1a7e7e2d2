import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../../resolvers/errors.js';
import { useBodyLimit } from './body-limit.js';
import type { OperationLimits, SecurityConfig } from './config.js';

/**
 * Requests a browser sends cross-site without a preflight (GET, or a POST of a form or plain
 * text) must carry this header; a page can only add it by asking first, which CORS refuses.
 */
const CSRF_HEADER = 'x-graphql-csrf';

/** The Yoga plugins that bound what one request may ask. */
export function securityPlugins(config: SecurityConfig): Plugin[] {
  return [
    useBodyLimit(config.maxBodyBytes),
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    ...operationLimits(config.limits, { hideSuggestions: !config.introspection }),
    ...(config.introspection ? [] : [useNoIntrospection()]),
  ];
}

/** graphql-armor; field suggestions ("Did you mean …?") would give away a schema that introspection hides. */
function operationLimits(
  limits: OperationLimits,
  { hideSuggestions }: { hideSuggestions: boolean },
): Plugin[] {
  const reportAsBadInput = { propagateOnRejection: false, onReject: [reportLimitAsBadInput] };
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reportAsBadInput },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...reportAsBadInput },
    maxAliases: { n: limits.maxAliases, ...reportAsBadInput },
    maxDirectives: { n: limits.maxDirectives, ...reportAsBadInput },
    // Counted while parsing, before there is a validation context to report to: it stays a syntax error.
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  return armor.protect().plugins as Plugin[];
}

/** Armor's own errors say "Syntax Error" and carry no code; the API's bad input has BAD_USER_INPUT. */
function reportLimitAsBadInput(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(badInput(error.message.replace(/^Syntax Error: /, '')));
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
