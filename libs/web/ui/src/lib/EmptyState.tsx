import { Paper, Stack, Text, ThemeIcon, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  action?: ReactNode;
  // Heading level, so the state fits the page's heading order (h2 under the page h1).
  headingOrder?: TitleOrder;
}

export function EmptyState({ icon, title, description, action, headingOrder = 2 }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="sm" ta="center" maw={560} mx="auto">
        {icon ? (
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            {icon}
          </ThemeIcon>
        ) : null}
        <Title order={headingOrder} size="h3">
          {title}
        </Title>
        <Text c="gray.7">{description}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
