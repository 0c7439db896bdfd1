import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@kennislijn/api-core';
import { SEARCH_TYPES } from '../search.types';

export const SearchTypeEnum = enumOf(SEARCH_TYPES);
registerEnumType(SearchTypeEnum, {
  name: 'SearchType',
  description: 'CASE, RESPONSE (to a case), KNOWLEDGE_ITEM, INSTRUMENT (published), SESSION, COMMUNITY, MESSAGE (discussion messages and community posts).',
});

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ID, { description: 'The search document.' }) id: string;
  @Field(() => SearchTypeEnum) type: string;
  @Field(() => ID, { description: 'The id of the case, item, message … found.' }) subjectId: string;
  @Field(() => String, { description: 'Where it is in the web app, e.g. /kennisbank/<id>.' }) link: string;
  @Field(() => ID, { nullable: true, description: 'null: site-wide.' }) communityId: string | null;
  @Field(() => String, { nullable: true }) communityName: string | null;
  @Field(() => String, { description: 'The title, HTML-escaped, with the matched words in <mark>. Empty for responses and messages.' }) titleHtml: string;
  @Field(() => String, { description: 'Context of a response or message (the case, the thread); plain text.' }) label: string;
  @Field(() => String, { description: 'Up to two fragments of the text, HTML-escaped, with the matched words in <mark>.' }) snippetHtml: string;
  @Field(() => Boolean, { description: 'Matches the words as typed (or their inflections), not only parts, prefixes or corrections.' }) exact: boolean;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueModel {
  @Field(() => String) value: string;
  @Field(() => String, { description: 'Display name in the request language.' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType('SearchFacets', { description: 'Counts per value, each counted with all other filters applied (not its own).' })
export class SearchFacetsModel {
  @Field(() => [SearchFacetValueModel]) types: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) communities: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) qualifications: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) levels: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) collaborationForms: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) tags: SearchFacetValueModel[];
  @Field(() => [SearchFacetValueModel]) years: SearchFacetValueModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => Int, { description: 'Everything that matches and you may read, with the filters.' }) total: number;
  @Field(() => [SearchHitModel]) hits: SearchHitModel[];
  @Field(() => SearchFacetsModel) facets: SearchFacetsModel;
  @Field(() => [String], { description: 'Compound parts the query was split into (e.g. samenwerking, relatie).' }) parts: string[];
  @Field(() => Float, { description: 'Server time in milliseconds.' }) tookMs: number;
}
