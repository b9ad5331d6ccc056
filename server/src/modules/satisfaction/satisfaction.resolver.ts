import { Resolver } from 'type-graphql';
import { SatisfactionSurvey } from './satisfaction-survey.entity';

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {}
