import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import type { ReactNode } from 'react';
import { QueryErrorState } from '../../pages/QueryErrorState';

interface AsyncSectionProps {
  loading: boolean;
  error: unknown;
  hasData: boolean;
  isEmpty: boolean;
  onRetry: () => void;
  loadingLabel: string;
  emptyTitle: string;
  emptyText: ReactNode;
  emptyIcon?: ReactNode;
  emptyAction?: ReactNode;
  headingOrder?: 2 | 3 | 4;
  children: ReactNode;
}

// The four states of every list: loading, failed (with retry), empty (with what to do first), filled.
export function AsyncSection(props: AsyncSectionProps) {
  const { loading, error, hasData, isEmpty, onRetry, children } = props;
  if (!hasData && loading) return <LoadingState label={props.loadingLabel} />;
  if (!hasData && error) return <QueryErrorState error={error} onRetry={onRetry} retrying={loading} />;
  if (!hasData) return <LoadingState label={props.loadingLabel} />;
  if (isEmpty && (props.headingOrder ?? 2) >= 3) {
    // Inside a section (moderation panels) a quiet line is enough; a second big card would shout.
    return (
      <Group gap="sm" wrap="nowrap" align="flex-start" py={4}>
        {props.emptyIcon ? (
          <ThemeIcon size={36} radius="xl" variant="light" aria-hidden>
            {props.emptyIcon}
          </ThemeIcon>
        ) : null}
        <Stack gap={2}>
          <Text fw={600}>{props.emptyTitle}</Text>
          <Text size="sm" c="gray.7">
            {props.emptyText}
          </Text>
          {props.emptyAction}
        </Stack>
      </Group>
    );
  }
  if (isEmpty) {
    return (
      <EmptyState
        icon={props.emptyIcon}
        title={props.emptyTitle}
        description={props.emptyText}
        action={props.emptyAction}
        headingOrder={props.headingOrder ?? 2}
      />
    );
  }
  return <>{children}</>;
}
