import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One entry of the timeline (event log), as far as the viewer may see it.' })
export class ActivityEvent {
  @Field(() => Float)
  seq: number;

  @Field(() => String, { description: 'e.g. PROJECT_INITIATED, PROJECT_STAGE_CHANGED' })
  type: string;

  @Field(() => ID, { nullable: true, description: 'Null for changes that belong to no project (e.g. a ticket of the shared queue).' })
  projectId: string | null;

  @Field(() => String)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  actorId: string | null;

  @Field(() => String, { description: 'Small JSON object describing the change.' })
  payload: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'What happened after a given seq, for a client catching up after a disconnect.' })
export class ChangeSet {
  @Field(() => [ActivityEvent])
  events: ActivityEvent[];

  @Field(() => Float, { description: 'Ask again from here. Covers events the viewer may not see too.' })
  cursor: number;

  @Field(() => Boolean, { description: 'True when more events follow; call again with `cursor`.' })
  hasMore: boolean;
}
