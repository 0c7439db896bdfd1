import { LineChart } from '@mantine/charts';
import { Alert, Box, Button, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden, getThemeColor, useMantineTheme } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { InstrumentAggregateDocument, InstrumentExportCsvDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconDownload, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { aggregateChartRows, aggregateTable, csvFileName, scopeKey } from './aggregate';
import { formatScore, lineStyle, TOTAL_SCOPE, yDomain, yTicks } from './track-chart';
import { ScrollTable } from './ScrollTable';
import { Marker } from './TrackChartPanel';
import { useLocale } from './useLocale';
import './monitoring.css';

export interface InstrumentAnalysisTabProps {
  instrumentId: string;
  latestVersion: number;
  canAnalyse: boolean;
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl" data-stat={label}>
        {value}
      </Text>
    </Paper>
  );
}

function ExportPanel({ instrumentId, versionNumber, title }: { instrumentId: string; versionNumber: number; title: string }) {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const download = async () => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const { data } = await apollo.query({ query: InstrumentExportCsvDocument, variables: { instrumentId, versionNumber }, fetchPolicy: 'network-only' });
      const csv = data?.instrumentExportCsv ?? '';
      // A BOM so spreadsheet programs read the accents right.
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = csvFileName(title, versionNumber);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDone(true);
    } catch (e) {
      setError(apiErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('monitoring.analysis.exportTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('monitoring.analysis.exportIn')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('monitoring.analysis.in.pseudonym')}</List.Item>
              <List.Item>{t('monitoring.analysis.in.respondent')}</List.Item>
              <List.Item>{t('monitoring.analysis.in.scores')}</List.Item>
            </List>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('monitoring.analysis.exportOut')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('monitoring.analysis.out.caseCode')}</List.Item>
              <List.Item>{t('monitoring.analysis.out.dates')}</List.Item>
              <List.Item>{t('monitoring.analysis.out.notes')}</List.Item>
              <List.Item>{t('monitoring.analysis.out.open')}</List.Item>
              <List.Item>{t('monitoring.analysis.out.roles')}</List.Item>
            </List>
          </Stack>
        </SimpleGrid>
        <FormAlert message={error} />
        <Group gap="sm">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy}
            onClick={() => void download()}
            h="auto"
            mih={36}
            py={6}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {t('monitoring.analysis.download')}
          </Button>
          <Text size="sm" role="status" c="gray.8">
            {done ? t('monitoring.analysis.downloaded') : ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

// For researchers: per session number across all tracks of a version, counts and mean/SD per scope,
// as a table and a chart, and the pseudonymised export.
export function InstrumentAnalysisTab({ instrumentId, latestVersion, canAnalyse }: InstrumentAnalysisTabProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theme = useMantineTheme();
  const [version, setVersion] = useState(latestVersion);
  const versionNumber = version > 0 ? version : latestVersion;
  const skip = !canAnalyse || latestVersion === 0;
  const { data, loading, error, refetch } = useQuery(InstrumentAggregateDocument, {
    variables: { instrumentId, versionNumber },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip,
  });
  const f = (v: number | null | undefined) => formatScore(v, locale);

  if (!canAnalyse) {
    return (
      <EmptyState headingOrder={2} icon={<IconLock size={30} aria-hidden />} title={t('monitoring.analysis.noAccessTitle')} description={t('monitoring.analysis.noAccessText')} />
    );
  }
  if (latestVersion === 0) {
    return <EmptyState headingOrder={2} icon={<IconLock size={30} aria-hidden />} title={t('monitoring.analysis.notPublishedTitle')} description={t('monitoring.analysis.notPublishedText')} />;
  }

  const aggregate = data?.instrumentAggregate;
  const scopeName = (id: string, name: string) => (id === TOTAL_SCOPE ? t('monitoring.chart.total') : name);
  return (
    <Stack gap="md" className="kl-analysis">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('monitoring.analysis.title')}
          </Title>
          <Text size="sm" c="gray.7" maw={640}>
            {t('monitoring.analysis.intro')}
          </Text>
        </Stack>
        <NativeSelect
          id="analyse-versie"
          label={t('monitoring.analysis.version')}
          value={String(versionNumber)}
          onChange={(event) => setVersion(Number(event.currentTarget.value))}
          data={Array.from({ length: latestVersion }, (_, i) => latestVersion - i).map((n) => ({ value: String(n), label: t('monitoring.version', { n }) }))}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <Alert variant="light" color="blue" icon={<IconShieldCheck aria-hidden />}>
        <Text size="sm">{t('monitoring.analysis.privacyNote')}</Text>
      </Alert>
      {!aggregate ? (
        loading || !error ? (
          <LoadingState label={t('monitoring.analysis.loading')} />
        ) : (
          <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
        )
      ) : (
        <>
          <SimpleGrid cols={3} spacing="sm">
            <Stat label={t('monitoring.analysis.tracks')} value={aggregate.tracks} />
            <Stat label={t('monitoring.analysis.responses')} value={aggregate.responses} />
            <Stat label={t('monitoring.analysis.sessions')} value={aggregate.sessions.length} />
          </SimpleGrid>
          {aggregate.sessions.length === 0 ? (
            <Text c="gray.7">{t('monitoring.analysis.empty')}</Text>
          ) : (
            <>
              <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
                <Title order={3} size="h4" mb="sm">
                  {t('monitoring.analysis.chartTitle')}
                </Title>
                <Box component="figure" m={0} aria-labelledby="analyse-bijschrift">
                  <VisuallyHidden component="figcaption" id="analyse-bijschrift">
                    {t('monitoring.analysis.chartCaption')}
                  </VisuallyHidden>
                  <ul className="kl-chart-legend" aria-label={t('monitoring.chart.legend')}>
                    {aggregate.scopes.map((s, i) => {
                      const style = lineStyle(i);
                      const color = getThemeColor(style.color, theme);
                      return (
                        <li key={s.id}>
                          <svg width={40} height={16} aria-hidden focusable="false">
                            <line x1={2} y1={8} x2={38} y2={8} stroke={color} strokeWidth={2.5} strokeDasharray={style.dash} />
                            <Marker shape={style.marker} cx={20} cy={8} size={4.5} color={color} />
                          </svg>
                          <span>{scopeName(s.id, s.name)}</span>
                        </li>
                      );
                    })}
                  </ul>
                  <LineChart
                    mt="sm"
                    h={280}
                    data={aggregateChartRows(aggregate)}
                    dataKey="session"
                    series={aggregate.scopes.map((s, i) => ({ name: scopeKey(s.id), label: scopeName(s.id, s.name), color: lineStyle(i).color, strokeDasharray: lineStyle(i).dash }))}
                    curveType="linear"
                    connectNulls
                    strokeWidth={2.5}
                    withLegend={false}
                    accessibilityLayer={false}
                    aria-hidden
                    textColor="gray.8"
                    gridAxis="y"
                    xAxisLabel={t('monitoring.chart.session')}
                    xAxisProps={{ padding: { left: 24, right: 24 } }}
                    yAxisProps={{ width: 32, domain: yDomain(aggregateChartRows(aggregate), []), ticks: yTicks(yDomain(aggregateChartRows(aggregate), [])), interval: 0, tickFormatter: (v: number) => (Number.isInteger(v) ? String(v) : f(v)) }}
                    valueFormatter={(v) => f(v)}
                    dotProps={{ r: 4 }}
                  />
                </Box>
              </Paper>
              <ScrollTable label={t('monitoring.analysis.tableCaption', { n: aggregate.versionNumber })} minWidth={260 + 200 * aggregate.scopes.length}>
                <Table striped withTableBorder className="kl-aggregate-table">
                  <Table.Caption>{t('monitoring.analysis.tableCaption', { n: aggregate.versionNumber })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('monitoring.chart.session')}</Table.Th>
                      <Table.Th scope="col">{t('monitoring.analysis.tracks')}</Table.Th>
                      <Table.Th scope="col">{t('monitoring.analysis.responses')}</Table.Th>
                      {aggregate.scopes.map((s) => (
                        <Table.Th scope="col" key={s.id}>
                          {t('monitoring.analysis.meanSd', { scope: scopeName(s.id, s.name) })}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {aggregateTable(aggregate).map((row) => (
                      <Table.Tr key={row.sessionNumber} data-session={row.sessionNumber}>
                        <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                          {t('monitoring.sessionN', { n: row.sessionNumber })}
                        </Table.Th>
                        <Table.Td data-col="tracks">{row.tracks}</Table.Td>
                        <Table.Td data-col="responses">{row.responses}</Table.Td>
                        {row.cells.map((cell, i) => (
                          <Table.Td key={aggregate.scopes[i].id}>
                            {cell.mean === null ? '–' : t('monitoring.analysis.meanSdValue', { mean: f(cell.mean), sd: f(cell.sd), n: cell.n })}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </>
          )}
          <ExportPanel instrumentId={instrumentId} versionNumber={aggregate.versionNumber} title={t('monitoring.analysis.fileTitle')} />
        </>
      )}
    </Stack>
  );
}
