import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One dated task of an implementation schedule (项目实施与进度计划表).' })
export class ScheduleTask {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  start: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  end: string;
}

@InputType()
export class ScheduleTaskInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  start: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  end: string;
}
