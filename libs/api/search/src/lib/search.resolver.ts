import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GqlContext, languageFrom } from '@kennislijn/api-core';
import { OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { SearchInput } from './dto/search.input';
import { SearchResultModel } from './models/search.models';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchResultModel, {
    description:
      'Dutch full-text search across cases, responses, knowledge items, published instruments, sessions, communities and messages you may read. ' +
      'Compounds are split (samenwerkingsrelatie also finds samenwerking), inflections and typos are matched; nothing from a community you may not read is returned or counted.',
  })
  search(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('input', { type: () => SearchInput }) input: SearchInput,
    @Context() ctx: GqlContext,
  ): Promise<SearchResultModel> {
    return this.service.search(viewer?.id, input, languageFrom(ctx.req.headers['accept-language']));
  }
}
