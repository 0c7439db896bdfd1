import { Query, Resolver } from '@nestjs/graphql';
import { OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { CommunitiesService } from './communities.service';
import { CommunityModel } from './models/community.model';

@Resolver(() => CommunityModel)
export class CommunitiesResolver {
  constructor(private readonly service: CommunitiesService) {}

  @Public()
  @Query(() => [CommunityModel], { description: 'Communities you may see: public ones and private ones you belong to.' })
  communities(@OptionalUser() viewer?: Viewer): Promise<CommunityModel[]> {
    return this.service.listVisible(viewer?.id);
  }
}
