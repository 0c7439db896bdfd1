import { useQuery } from '@apollo/client/react';
import { SessionPlanningDocument } from '@kennislijn/web-graphql';

/** The communities the viewer moderates (and may plan sessions in), and the research themes. */
export function usePlanning() {
  const query = useQuery(SessionPlanningDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const moderated = (query.data?.communities.edges ?? []).map((e) => e.node).filter((c) => c.viewerCan.moderate && !c.archivedAt);
  return { query, moderated, themes: [...(query.data?.researchThemes ?? [])].sort((a, b) => a.position - b.position) };
}
