import { Center, Loader, Stack, Text } from '@mantine/core';

export interface LoadingStateProps {
  label: string;
}

// role="status" lets screen readers announce that content is on its way.
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="gray.7">{label}</Text>
      </Stack>
    </Center>
  );
}
