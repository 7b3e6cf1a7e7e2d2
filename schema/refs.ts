import type { ActorNode, ArticleNode, EventNode, PlaceNode } from '../graph/model.js';
import type { Evidence, Mention } from '../resolvers/articles.js';
import type { Claim, Participation } from '../resolvers/events.js';
import { builder } from './builder.js';

/** Type references declared before their fields, so that type files can point at each other. */
export const ActorRef = builder.objectRef<ActorNode>('Actor');
export const PlaceRef = builder.objectRef<PlaceNode>('Place');
export const EventRef = builder.objectRef<EventNode>('Event');
export const ArticleRef = builder.objectRef<ArticleNode>('Article');
export const EntityRef = builder.interfaceRef<ActorNode | PlaceNode>('Entity');
export const ParticipationRef = builder.objectRef<Participation>('Participation');
export const ClaimRef = builder.objectRef<Claim>('Claim');
export const EvidenceRef = builder.objectRef<Evidence>('Evidence');
export const MentionRef = builder.objectRef<Mention>('Mention');
