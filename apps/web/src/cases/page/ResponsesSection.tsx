import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from './CasePage';
import { ResponseComposer } from './ResponseComposer';
import { ResponseItem } from './ResponseItem';

// Responses, oldest first, each with its replies; the composer below them (when the viewer may respond).
export function ResponsesSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const responses = kase.responses;
  return (
    <Stack component="section" gap="md" aria-labelledby="casus-reacties">
      <Title order={2} size="h3" id="casus-reacties">
        {t('responses.title', { count: kase.responseCount })}
      </Title>
      {responses.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap={4} align="flex-start">
            <IconMessageCircle size={24} aria-hidden />
            <Text fw={600}>{t('responses.emptyTitle')}</Text>
            <Text size="sm" c="gray.7">
              {kase.viewerCan.respond ? t('responses.emptyTextCanRespond') : t('responses.emptyText')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('responses.listLabel')}>
          {responses.map((response) => (
            <ResponseItem key={response.id} kase={kase} response={response} topLevelId={response.id} />
          ))}
        </Stack>
      )}
      {kase.viewerCan.respond ? (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="nieuwe-reactie">
          <Title order={3} size="h4" id="nieuwe-reactie" mb="sm">
            {t('responses.newTitle')}
          </Title>
          <ResponseComposer caseId={kase.id} />
        </Paper>
      ) : null}
    </Stack>
  );
}
