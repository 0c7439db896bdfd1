import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@kennislijn/api-core';
import { AllianceAspect, DamourConcept, ResponsePerspective } from '@kennislijn/shared-domain';
import { CaseStatus } from '../entities/case.entities';

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(AllianceAspect, { name: 'AllianceAspect', description: 'Part of the alliance (Bordin): bond, goals, tasks.' });
registerEnumType(DamourConcept, { name: 'DamourConcept', description: 'Concepts of interprofessional collaboration (D’Amour et al. 2005).' });
registerEnumType(ResponsePerspective, { name: 'ResponsePerspective' });

@ObjectType('PrivacyFinding', { description: 'Something in a text that could identify a person, with where it is and what to write instead.' })
export class PrivacyFindingModel {
  @Field(() => String, { description: 'Input field (for checkPrivacy: "text").' }) field: string;
  @Field(() => String, { description: 'BSN, EMAIL, PHONE, POSTCODE, IBAN, BIRTHDATE, ADDRESS, NAME.' }) kind: string;
  @Field(() => Int, { description: 'Start offset (UTF-16), inclusive.' }) start: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end: number;
  @Field(() => String) text: string;
  @Field(() => String, { description: 'In the language of the request.' }) message: string;
  @Field(() => String) replacement: string;
  @Field(() => Boolean, { description: 'False for a BSN: it can never be kept.' }) overridable: boolean;
}

@ObjectType('CasePermissions')
export class CasePermissionsModel {
  @Field(() => Boolean) edit: boolean;
  @Field(() => Boolean) resolve: boolean;
  @Field(() => Boolean) respond: boolean;
  @Field(() => Boolean, { description: 'Mark the response that helped most (author).' }) markBest: boolean;
  @Field(() => Boolean) moderate: boolean;
  @Field(() => Boolean) report: boolean;
}

@ObjectType('Case', { description: 'A collaboration dilemma from practice, de-identified.' })
export class CaseModel {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'Markdown.' }) context: string;
  @Field(() => String, { description: 'Markdown.' }) dilemma: string;
  @Field(() => String, { description: 'Markdown.' }) tried: string;
  @Field(() => [AllianceAspect]) allianceAspects: AllianceAspect[];
  @Field(() => [DamourConcept]) damourConcepts: DamourConcept[];
  @Field(() => [String]) tags: string[];
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) lessonsLearned: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => ID, { nullable: true }) bestResponseId: string | null;
  @Field(() => Boolean, { description: 'The author chose to appear as "een lid van <community>".' }) authorHidden: boolean;
  @Field(() => Boolean) hidden: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

export const CaseConnection = connectionType(CaseModel, 'Case', { totalCount: true });

@ObjectType('CaseResponsePermissions')
export class CaseResponsePermissionsModel {
  @Field(() => Boolean) markHelpful: boolean;
  @Field(() => Boolean) reply: boolean;
  @Field(() => Boolean) report: boolean;
  @Field(() => Boolean) hide: boolean;
}

@ObjectType('CaseResponse')
export class CaseResponseModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Markdown.' }) body: string;
  @Field(() => ResponsePerspective, { nullable: true }) perspective: ResponsePerspective | null;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('CaseRevision', { description: 'An earlier version of a case (moderators).' })
export class CaseRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) context: string;
  @Field(() => String) dilemma: string;
  @Field(() => String) tried: string;
  @Field(() => String, { nullable: true }) lessonsLearned: string | null;
  @Field(() => Date) createdAt: Date;
}
