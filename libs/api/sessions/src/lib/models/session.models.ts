import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@kennislijn/api-core';
import { STEP_ACTORS, STEP_OUTPUTS } from '@kennislijn/shared-sessions';
import { RSVP_STATUSES, SESSION_STATUSES } from '../entities/session.entities';

export const SessionStatusEnum = enumOf(SESSION_STATUSES);
export const RsvpStatusEnum = enumOf(RSVP_STATUSES);
export const RsvpChoiceEnum = enumOf(['GOING', 'MAYBE', 'NOT_GOING'] as const);
export const StepActorEnum = enumOf(STEP_ACTORS);
export const StepOutputEnum = enumOf(STEP_OUTPUTS);
registerEnumType(SessionStatusEnum, { name: 'SessionStatus', description: 'PLANNED, LIVE (the live room runs), CLOSED (with outcomes), CANCELLED.' });
registerEnumType(RsvpStatusEnum, { name: 'RsvpStatus', description: 'WAITLIST: asked to come when the session was full; moves up automatically.' });
registerEnumType(RsvpChoiceEnum, { name: 'RsvpChoice' });
registerEnumType(StepActorEnum, { name: 'StepActor' });
registerEnumType(StepOutputEnum, { name: 'StepOutput' });

@ObjectType('MethodStep')
export class MethodStepModel {
  @Field(() => String) key: string;
  @Field(() => String, { description: 'In the request language.' }) title: string;
  @Field(() => StepActorEnum) actor: string;
  @Field(() => Int) minutes: number;
  @Field(() => String) prompt: string;
  @Field(() => StepOutputEnum) output: string;
}

@ObjectType('SessionMethod')
export class SessionMethodModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'null: shipped with Kennislijn.' }) communityId: string | null;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String) summary: string;
  @Field(() => [MethodStepModel]) steps: MethodStepModel[];
  @Field(() => Int) totalMinutes: number;
}

@ObjectType('SessionRsvpCounts')
export class SessionRsvpCountsModel {
  @Field(() => Int) going: number;
  @Field(() => Int) maybe: number;
  @Field(() => Int) waitlist: number;
}

@ObjectType('SessionViewerRsvp')
export class SessionViewerRsvpModel {
  @Field(() => RsvpStatusEnum) status: string;
  @Field(() => Int, { nullable: true, description: '1 = next in line.' }) waitlistPosition: number | null;
}

@ObjectType('SessionPermissions')
export class SessionPermissionsModel {
  @Field(() => Boolean) rsvp: boolean;
  @Field(() => Boolean, { description: 'Enter the live room and write notes.' }) participate: boolean;
  @Field(() => Boolean, { description: 'Edit, cancel, start, move steps, close.' }) moderate: boolean;
}

@ObjectType('SessionNote')
export class SessionNoteModel {
  @Field(() => String) stepKey: string;
  @Field(() => String) body: string;
  @Field(() => Int) rev: number;
}

@ObjectType('SessionAttendee')
export class SessionAttendeeModel {
  @Field(() => ID) userId: string;
  @Field(() => String) displayName: string;
  @Field(() => Date) firstSeenAt: Date;
}

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) communityId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true, description: 'research_theme.code' }) themeCode: string | null;
  @Field(() => String) themeText: string;
  @Field(() => String, { description: 'Markdown.' }) description: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => String) location: string;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => Int, { nullable: true }) capacity: number | null;
  @Field(() => ID, { nullable: true }) methodId: string | null;
  @Field(() => String) methodName: string;
  @Field(() => SessionStatusEnum) status: string;
  @Field(() => Int, { description: '-1 before the start.' }) currentStep: number;
  @Field(() => Date, { nullable: true }) stepStartedAt: Date | null;
  @Field(() => Int) stateSeq: number;
  @Field(() => [ID]) caseIds: string[];
  @Field(() => [ID]) knowledgeIds: string[];
  @Field(() => [ID]) instrumentIds: string[];
  @Field(() => String, { nullable: true }) outcomes: string | null;
  @Field(() => ID, { nullable: true }) lessonItemId: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('SessionPollResults', { description: 'Counts of a quick round; of two results of one round the one with the higher seq is newer.' })
export class SessionPollResultsModel {
  @Field(() => Int, { description: 'Raised by every vote and by closing.' }) seq: number;
  @Field(() => [Int], { description: 'Votes per option (never who voted what).' }) counts: number[];
  @Field(() => Int) total: number;
}

@ObjectType('SessionPoll')
export class SessionPollModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) stepKey: string | null;
  @Field(() => String) question: string;
  @Field(() => [String]) options: string[];
  @Field(() => String, { description: 'OPEN or CLOSED.' }) status: string;
  @Field(() => SessionPollResultsModel) results: SessionPollResultsModel;
  @Field(() => Int, { nullable: true, description: 'Your vote (option index), if any.' }) viewerVote: number | null;
  @Field(() => Date) createdAt: Date;
}

