import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ModerationSectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}

export function ModerationSection({ id, title, intro, children }: ModerationSectionProps) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {intro ? <Text c="gray.7">{intro}</Text> : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
