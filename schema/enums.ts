import {
  ACTOR_KINDS,
  ARTICLE_KINDS,
  EVENT_TYPES,
  FACTUALITIES,
  PLACE_KINDS,
  ROLES,
  STANCES,
} from '../model/report.js';
import { builder } from './builder.js';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'Event taxonomy; each type carries its nearest CAMEO root code (Event.cameo).',
  values: EVENT_TYPES,
});
export const RoleEnum = builder.enumType('Role', { values: ROLES });
export const StanceEnum = builder.enumType('Stance', { values: STANCES });
export const FactualityEnum = builder.enumType('Factuality', {
  description:
    'REPORTED: stated by the outlet or agencies; CLAIMED: by a party only; DISPUTED: asserted and denied; DENIED: only denied.',
  values: FACTUALITIES,
});
export const ActorKindEnum = builder.enumType('ActorKind', { values: ACTOR_KINDS });
export const PlaceKindEnum = builder.enumType('PlaceKind', { values: PLACE_KINDS });
export const ArticleKindEnum = builder.enumType('ArticleKind', { values: ARTICLE_KINDS });
export const LanguageEnum = builder.enumType('Language', { values: ['ar', 'en'] as const });
