import { LIMITS } from '../explore/limits.js';
import { rolesIn, type Timeline, type TimelineEntry, timeline } from '../resolvers/timeline.js';
import { builder } from './builder.js';
import { RoleEnum } from './enums.js';
import { EventRef } from './refs.js';

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (entry) => entry.event }),
    dated: t.boolean({
      description: 'False for an event no article dates; those come after the dated ones.',
      resolve: (entry) => entry.event.date !== null,
    }),
    roles: t.field({
      type: [RoleEnum],
      description: 'The roles the entity took in it.',
      resolve: (entry, _args, context) => rolesIn(entry, context),
    }),
  }),
});

const TimelineRef = builder.objectRef<Timeline>('Timeline').implement({
  fields: (t) => ({
    entries: t.field({ type: [TimelineEntryRef], resolve: (timeline) => timeline.entries }),
    totalCount: t.exposeInt('totalCount', { description: 'How many events match, entries or not.' }),
    undatedCount: t.int({
      description: 'How many of the entries are undated.',
      resolve: (timeline) => timeline.entries.filter((entry) => entry.event.date === null).length,
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: TimelineRef,
    description: `An actor's or a place's events in date order, oldest first, undated ones last and flagged; a place's include those of the places inside it. Beyond \`first\` (1 to ${LIMITS.maxTimelineEntries}) the latest events are kept.`,
    args: {
      id: t.arg.id({ required: true }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      first: t.arg.int({ defaultValue: LIMITS.defaultTimelineEntries }),
    },
    resolve: (_root, args, context) => timeline({ ...args, id: String(args.id) }, context),
  }),
}));
