import { entityByName, partOf } from '../resolvers/entities.js';
import { placeEvents } from '../resolvers/events.js';
import { findEntities } from '../resolvers/lists.js';
import { builder } from './builder.js';
import { PlaceKindEnum } from './enums.js';
import { hasIdPrefix } from './ids.js';
import { EntityRef, EventRef, PlaceRef } from './refs.js';

builder.node(PlaceRef, {
  description: 'A country, region, city, town, facility or area.',
  interfaces: [EntityRef],
  id: { resolve: (place) => place.id },
  isTypeOf: (value) => hasIdPrefix(value, 'place:'),
  loadMany: (ids, context) => ids.map((id) => context.loaders.node('Place').load(id)),
  fields: (t) => ({
    kind: t.expose('kind', { type: PlaceKindEnum }),
    lat: t.exposeFloat('lat', { nullable: true }),
    lon: t.exposeFloat('lon', { nullable: true }),
    partOf: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place that contains it.',
      resolve: (place, _args, context) => partOf(place, context),
    }),
    events: t.connection({
      type: EventRef,
      args: {
        includeContained: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Also the events of every place inside this one.',
        }),
      },
      resolve: (place, args, context) => placeEvents(place, args, context),
    }),
  }),
});

const PlaceFilter = builder.inputType('PlaceFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [PlaceKindEnum], required: false }),
    name: t.string({ required: false, description: 'Prefix of any name or alias, in any script.' }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The place a name stands for: any name or alias, in any script, after normalization.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, context, info) => entityByName('Place', args.name, context, info),
  }),
  places: t.connection({
    type: PlaceRef,
    args: { filter: t.arg({ type: PlaceFilter, required: false }) },
    resolve: (_root, args, context, info) => findEntities('Place', args.filter, args, context, info),
  }),
}));
