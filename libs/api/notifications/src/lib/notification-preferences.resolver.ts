import { Args, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentUser, Viewer } from '@kennislijn/api-auth';
import { EmailFrequency } from './notification-preference.entity';
import { NotificationPreferencesService } from './notification-preferences.service';

registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: "How often a person gets e-mail about one community's notifications.",
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per notification, right away.' },
    DAILY: { description: 'A digest every morning from 07:00 (Europe/Amsterdam). The default.' },
    WEEKLY: { description: 'A digest on Monday morning from 07:00 (Europe/Amsterdam).' },
    NEVER: { description: 'No e-mail; notifications only in the app.' },
  },
});

@ObjectType('NotificationPreference', { description: 'Your e-mail choice for one community you are a member of.' })
export class NotificationPreferenceModel {
  @Field(() => ID) communityId: string;
  @Field(() => String) communityName: string;
  @Field(() => EmailFrequency) email: EmailFrequency;
}

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceModel], { description: 'Your e-mail choice per community you are a member of, by community name (DAILY unless you chose otherwise).' })
  notificationPreferences(@CurrentUser() viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(viewer.id);
  }

  @Mutation(() => NotificationPreferenceModel, { description: 'Sets how often you get e-mail about a community you are a member of (NOT_FOUND otherwise).' })
  setNotificationPreference(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('email', { type: () => EmailFrequency }) email: EmailFrequency,
  ): Promise<NotificationPreferenceModel> {
    return this.preferences.set(viewer.id, communityId, email);
  }
}
