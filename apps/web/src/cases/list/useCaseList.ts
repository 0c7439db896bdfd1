import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { CasesDocument } from '@kennislijn/web-graphql';
import type { CaseFilterValues } from './CaseFilters';

const PAGE_SIZE = 20;

// The cases query for a set of filters, with keyset paging ("Meer laden"); typed filters wait for a pause.
export function useCaseList(filters: CaseFilterValues) {
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const [tag] = useDebouncedValue(filters.tag.trim(), 300);
  const level = Number.parseInt(filters.level, 10);
  const query = useQuery(CasesDocument, {
    variables: {
      first: PAGE_SIZE,
      communityId: filters.community || undefined,
      collaborationForm: filters.form || undefined,
      qualification: filters.qualification || undefined,
      level: Number.isNaN(level) ? undefined : level,
      status: filters.status || undefined,
      tag: tag || undefined,
      search: search || undefined,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.cases;

  const loadMore = () =>
    query.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        cases: { ...fetchMoreResult.cases, edges: [...previous.cases.edges, ...fetchMoreResult.cases.edges] },
      }),
    });

  return { ...query, connection, loadMore };
}
