import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { PersonalDataService } from './personal-data.service';

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => String, { description: 'Everything Kennislijn holds about you, as a JSON document (AVG/GDPR right of access).' })
  async myDataExport(@CurrentUser() viewer: Viewer): Promise<string> {
    return JSON.stringify(await this.personalData.export(viewer.id), null, 2);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes your account: personal fields are erased; what you wrote stays where the community needs it, shown as "voormalig lid".',
  })
  async deleteAccount(@CurrentUser() viewer: Viewer, @Args('password', { type: () => String }) password: string): Promise<boolean> {
    await this.personalData.deleteAccount(viewer.id, password);
    return true;
  }
}
