import { ObjectType } from 'type-graphql';
import { SatisfactionScores } from './satisfaction-scores.type';

@ObjectType({ description: "An engineer's satisfaction results: answered surveys of the tickets they closed or held, and the average scores (1–5)." })
export class SatisfactionSummary extends SatisfactionScores {}
