import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { SessionMethodFieldsFragment } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import { useSessionLabels } from '../common/labels';

/** A method's steps in order, each with who acts and its minutes, and the total. */
export function MethodSteps({ steps }: { steps: SessionMethodFieldsFragment['steps'] }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  return (
    <List type="ordered" spacing={6} size="sm">
      {steps.map((step) => (
        <List.Item key={step.key}>
          <Text span size="sm" fw={600}>
            {step.title}
          </Text>{' '}
          <Text span size="sm" c="gray.7">
            {t('sessions.method.stepMeta', { actor: labels.actor(step.actor), minutes: step.minutes })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function MethodPreview({ method }: { method: SessionMethodFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" aria-label={t('sessions.method.previewLabel', { name: method.name })} component="section">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text fw={600}>{method.name}</Text>
          <Badge variant="light" tt="none">
            {t('sessions.method.total', { count: method.totalMinutes })}
          </Badge>
        </Group>
        {method.summary ? (
          <Text size="sm" c="gray.8">
            {method.summary}
          </Text>
        ) : null}
        <MethodSteps steps={method.steps} />
      </Stack>
    </Paper>
  );
}
