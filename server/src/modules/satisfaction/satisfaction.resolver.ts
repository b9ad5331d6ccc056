import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { PublicAccess, SignedIn } from '../../platform/auth/access';
import { isCalendarDay } from '../../platform/company-calendar';
import { invalid } from '../../platform/graphql/errors';
import { Ticket } from '../tickets/ticket.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { SatisfactionSummary } from './satisfaction-summary.type';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { AnswerSatisfactionSurveyByTokenInput, AnswerSatisfactionSurveyInput } from './satisfaction.inputs';
import { readsSatisfactionOf } from './satisfaction.policy';
import { SurveyInvitation } from './survey-invitation.type';

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @SignedIn(Role.CUSTOMER)
  @Mutation(() => SatisfactionSurvey, { description: "A portal user answers their organisation's closed ticket's survey; once per ticket." })
  answerSatisfactionSurvey(@Ctx() context: Context, @Arg('input', () => AnswerSatisfactionSurveyInput) input: AnswerSatisfactionSurveyInput): Promise<SatisfactionSurvey> {
    return context.services.satisfaction.answer(requireUser(context), input);
  }

  @PublicAccess()
  @Query(() => SurveyInvitation, { nullable: true, description: 'The survey behind a mailed link (no sign-in); null for an unknown token.' })
  surveyByToken(@Ctx() context: Context, @Arg('token', () => String) token: string): Promise<SurveyInvitation | null> {
    return context.services.satisfaction.invitationFor(token);
  }

  @PublicAccess()
  @Mutation(() => SurveyInvitation, { description: 'Answers through a mailed link (no sign-in); once per ticket, like the portal.' })
  answerSatisfactionSurveyByToken(
    @Ctx() context: Context,
    @Arg('input', () => AnswerSatisfactionSurveyByTokenInput) input: AnswerSatisfactionSurveyByTokenInput,
  ): Promise<SurveyInvitation> {
    return context.services.satisfaction.answerByToken(input);
  }

  @FieldResolver(() => Boolean)
  answered(@Root() survey: SatisfactionSurvey): boolean {
    return survey.answeredAt !== null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The engineer the results count for.' })
  engineer(@Root() survey: SatisfactionSurvey, @Ctx() context: Context): Promise<User | null> {
    return survey.engineerId ? context.loaders.userById.load(survey.engineerId) : Promise.resolve(null);
  }
}

@Resolver(() => Ticket)
export class TicketSurveyResolver {
  @FieldResolver(() => SatisfactionSurvey, { nullable: true, description: 'Its satisfaction survey, opened when it closes; null before.' })
  survey(@Root() ticket: Ticket, @Ctx() context: Context): Promise<SatisfactionSurvey | null> {
    return context.loaders.surveyByTicket.load(ticket.id);
  }
}

@Resolver(() => User)
export class UserSatisfactionResolver {
  @FieldResolver(() => SatisfactionSummary, {
    nullable: true,
    description: 'Satisfaction results of the tickets this engineer closed or held, answered between two company days (YYYY-MM-DD, both included). Only for the person, PRESALES_MANAGER, TECH_DIRECTOR and GM; null for others.',
  })
  satisfaction(
    @Root() user: User,
    @Ctx() context: Context,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
  ): Promise<SatisfactionSummary> | null {
    if (!context.viewer || !readsSatisfactionOf(context.viewer.user, user.id)) return null;
    const fields: Record<string, string> = {};
    if (from && !isCalendarDay(from)) fields.from = 'INVALID_DAY';
    if (to && !isCalendarDay(to)) fields.to = 'INVALID_DAY';
    else if (from && to && to < from) fields.to = 'BEFORE_FROM';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return context.loaders.satisfactionSummary.load({ engineerId: user.id, from: from || null, to: to || null });
  }
}
