import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MyAttendedSessionsDocument } from '@kennislijn/web-graphql';
import { IconCertificate, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { Page } from '../../pages/Page';
import { useSessionLabels } from '../common/labels';
import { durationMinutes, formatSpan, viewerTimeZone } from '../common/when';
import './attendance.css';

/** "1 uur en 30 minuten", "45 minuten". */
function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (!h) return t('sessions.attendance.minutes', { count: m });
    if (!m) return t('sessions.attendance.hours', { count: h });
    return t('sessions.attendance.hoursMinutes', { hours: t('sessions.attendance.hours', { count: h }), minutes: t('sessions.attendance.minutes', { count: m }) });
  };
}

// A printable statement of the closed sessions you attended (for a portfolio or accreditation):
// the print shows only this statement, without the app's navigation.
export function AttendancePage() {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const duration = useDuration();
  const { data, loading, error, refetch } = useQuery(MyAttendedSessionsDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const sessions = data?.myAttendedSessions ?? [];
  const total = sessions.reduce((sum, s) => sum + durationMinutes(s.startsAt, s.endsAt), 0);
  const zone = viewerTimeZone();
  const printedOn = new Intl.DateTimeFormat(labels.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

  return (
    <Page
      title={t('sessions.attendance.title')}
      description={t('sessions.attendance.intro')}
      actions={
        sessions.length ? (
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} className="kl-no-print">
            {t('sessions.attendance.print')}
          </Button>
        ) : null
      }
    >
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={sessions.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('sessions.attendance.loading')}
        emptyIcon={<IconCertificate size={30} aria-hidden />}
        emptyTitle={t('sessions.attendance.emptyTitle')}
        emptyText={t('sessions.attendance.emptyText')}
      >
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} className="kl-attendance">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={2}>
                <Title order={2} size="h3">
                  {t('sessions.attendance.statementTitle')}
                </Title>
                <Text>{t('sessions.attendance.name', { name: data?.me.displayName ?? '' })}</Text>
              </Stack>
              <Text size="sm" c="gray.7">
                {t('sessions.attendance.printedOn', { date: printedOn })}
              </Text>
            </Group>
            {/* Wide on a phone: the table scrolls sideways, and the keyboard can reach it. */}
            <div role="region" aria-label={t('sessions.attendance.tableLabel')} tabIndex={0} style={{ overflowX: 'auto' }}>
              <Table striped withTableBorder verticalSpacing="xs" miw={640}>
                <Table.Caption>{t('sessions.attendance.caption', { count: sessions.length, total: duration(total) })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('sessions.attendance.session')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.attendance.when')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.attendance.duration')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.attendance.community')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.attendance.method')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.title}</Table.Td>
                      <Table.Td>{formatSpan(s.startsAt, s.endsAt, zone, labels.locale)}</Table.Td>
                      <Table.Td>{duration(durationMinutes(s.startsAt, s.endsAt))}</Table.Td>
                      <Table.Td>{s.community.name}</Table.Td>
                      <Table.Td>{s.methodName || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Text size="sm">{t('sessions.attendance.total', { total: duration(total) })}</Text>
          </Stack>
        </Paper>
      </AsyncSection>
    </Page>
  );
}
