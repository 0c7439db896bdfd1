import { Stack } from '@mantine/core';
import type { CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { BansPanel } from './BansPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { JoinRequestsPanel } from './JoinRequestsPanel';
import { ReportsPanel } from './ReportsPanel';

// Shown only when viewerCan.moderate: requests first (people are waiting), then reports, invitations, bans.
export function ModerationTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const can = community.viewerCan;
  return (
    <Stack gap="lg">
      <JoinRequestsPanel community={community} />
      <ReportsPanel community={community} />
      {can.invite || can.createRequestLink ? <InvitationsPanel community={community} /> : null}
      <BansPanel community={community} />
    </Stack>
  );
}
