import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { DeleteTrackResponseDocument } from '@kennislijn/web-graphql';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { notifySuccess } from '../../communities/common/notify';
import { ResponseForm, type TrackDetail, type TrackResponse } from './ResponseForm';
import { ScrollTable } from './ScrollTable';
import { formatScore, formatSessionDate, scoreOf, TOTAL_SCOPE } from './track-chart';
import { useLocale } from './useLocale';

// Every stored response, newest session first, with correcting and deleting for the track's writers.
export function TrackResponses({ track, canWrite }: { track: TrackDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState<TrackResponse | null>(null);
  const [deleting, setDeleting] = useState<TrackResponse | null>(null);
  const [remove] = useMutation(DeleteTrackResponseDocument, { refetchQueries: ['MonitoringTrack'], awaitRefetchQueries: true });
  const label = (id: string) => track.respondents.find((r) => r.id === id)?.label ?? '?';
  const main = track.chart.scopes[0]?.id ?? TOTAL_SCOPE;
  const mainName = main === TOTAL_SCOPE ? t('monitoring.chart.total') : (track.chart.scopes[0]?.name ?? '');
  const rows = [...track.responses].sort((a, b) => b.sessionNumber - a.sessionNumber || label(a.respondentId).localeCompare(label(b.respondentId)));

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('monitoring.responses.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('monitoring.responses.empty')}
        </Text>
      ) : (
        <ScrollTable label={t('monitoring.responses.caption')} minWidth={560}>
          <Table withTableBorder className="kl-response-table">
            <Table.Caption>{t('monitoring.responses.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('monitoring.chart.session')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.entry.respondent')}</Table.Th>
                <Table.Th scope="col">{mainName}</Table.Th>
                <Table.Th scope="col">{t('monitoring.responses.source')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.chart.date')}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t('monitoring.responses.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-response={`${label(r.respondentId)}:${r.sessionNumber}`}>
                  <Table.Td>{r.sessionNumber}</Table.Td>
                  <Table.Td>{label(r.respondentId)}</Table.Td>
                  <Table.Td>{formatScore(scoreOf(r.scores, main), locale)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.source === 'LINK' ? 'indigo' : 'gray'} c={r.source === 'LINK' ? 'indigo.9' : 'gray.9'} tt="none">
                      {t(`monitoring.responses.sourceKind.${r.source}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSessionDate(r.sessionDate, locale)}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => setEditing(r)}
                          aria-label={t('monitoring.responses.editLabel', { role: label(r.respondentId), n: r.sessionNumber })}
                        >
                          {t('monitoring.responses.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red" c="red.9"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          onClick={() => setDeleting(r)}
                          aria-label={t('monitoring.responses.deleteLabel', { role: label(r.respondentId), n: r.sessionNumber })}
                        >
                          {t('monitoring.responses.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('monitoring.entry.editTitle', { role: label(editing.respondentId), n: editing.sessionNumber }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing ? <ResponseForm key={editing.id} track={track} editing={editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} /> : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('monitoring.responses.deleteTitle')}
        message={deleting ? t('monitoring.responses.deleteText', { role: label(deleting.respondentId), n: deleting.sessionNumber }) : ''}
        confirmLabel={t('monitoring.responses.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await remove({ variables: { id: deleting.id } });
          notifySuccess(t('monitoring.responses.deleted'));
        }}
      />
    </Stack>
  );
}
