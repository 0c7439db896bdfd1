import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Each module that stores something about a person registers here, so the AVG/GDPR export and
 * account deletion cover every table, including ones later issues add.
 */
export interface PersonalDataContributor {
  /** Section name in the export document, e.g. "memberships". */
  name: string;
  /** Everything this module holds about the person, as plain JSON. */
  export(manager: EntityManager, userId: string, email: string): Promise<unknown>;
  /** Erases or detaches the person's data; authored content that the community needs stays, anonymous. */
  erase(manager: EntityManager, userId: string, email: string, displayName: string): Promise<void>;
  /** Optional check before deletion; throw an AppException to refuse (e.g. last owner of a community). */
  beforeErase?(manager: EntityManager, userId: string): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
