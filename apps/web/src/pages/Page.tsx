import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { PageHeader } from '@kennislijn/web-ui';
import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

// Every page: one h1 and a matching browser tab title.
export function Page({ title, description, actions, children }: PageProps) {
  useDocumentTitle(`${title} · Kennislijn`);
  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={title} description={description} actions={actions} />
      {children}
    </Stack>
  );
}
