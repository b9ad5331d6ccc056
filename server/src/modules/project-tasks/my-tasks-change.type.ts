import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: "A change to the viewer's open tasks: one arrived or was completed." })
export class MyTasksChange {
  @Field(() => Float)
  seq: number;

  taskId: string;
}
