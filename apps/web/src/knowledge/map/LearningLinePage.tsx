import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { LearningLineMapCsvDocument, LearningLineMapDocument, type LearningLineMapQuery } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconAlertCircle, IconCircleDashed, IconDownload, IconPencil } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notifyError } from '../../communities/common/notify';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { LearningLineMap } from './LearningLineMap';
import { LineHistory } from './LineHistory';
import { subjectKey, parseSubject, type LineSubject } from './line-subject';
import { LineTextDialog } from './LineTextDialog';
import { csvFileName, shapeMap, splitLevelName } from './map-table';
import { ReadingPath } from './ReadingPath';
import '../knowledge.css';

function Section({ id, title, intro, actions, children }: { id: string; title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} id={id} className="kl-line-section">
      <Group justify="space-between" align="flex-end" gap="sm" mb="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`${id}-titel`}>
            {title}
          </Title>
          {intro ? (
            <Text size="sm" c="gray.7" maw={720}>
              {intro}
            </Text>
          ) : null}
        </Stack>
        {actions}
      </Group>
      {children}
    </section>
  );
}

function useCsvDownload() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({ query: LearningLineMapCsvDocument, fetchPolicy: 'network-only' });
      if (!data) return;
      const url = URL.createObjectURL(new Blob([data.learningLineMapCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = csvFileName(new Date());
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}

function LevelsSection({ data, canEdit, onEdit }: { data: LearningLineMapQuery; canEdit: boolean; onEdit: (number: number) => void }) {
  const { t } = useTranslation();
  const levels = [...data.levels].sort((a, b) => a.number - b.number);
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {levels.map((level) => {
        const [short, note] = splitLevelName(level.name);
        return (
          <Paper component="li" key={level.id} withBorder radius="md" p="md" aria-labelledby={`niveau-${level.number}`}>
            <Stack gap={6}>
              <Badge variant="light" tt="none">
                {short}
              </Badge>
              <Title order={3} size="h5" id={`niveau-${level.number}`}>
                {note || level.name}
              </Title>
              <Text size="sm" c="gray.8">
                {level.description}
              </Text>
              {canEdit ? (
                <Group>
                  <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(level.number)}>
                    {t('knowledge.line.edit')}
                    <span className="kl-sr-only"> {short}</span>
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

// The living learning line: the map of what covers each qualification at each level (with the gaps),
// the reading path per level, the level descriptions, and the history of every edit to the line.
export function LearningLinePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(LearningLineMapDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const csv = useCsvDownload();
  const [editing, setEditing] = useState<LineSubject | null>(null);
  const table = useMemo(() => (data ? shapeMap(data.qualifications, data.levels, data.learningLineMap) : null), [data]);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const title = t('knowledge.line.title');

  if (!data || !table) {
    return (
      <Page title={title} description={t('knowledge.line.intro')}>
        {loading || !error ? <LoadingState label={t('knowledge.line.loading')} /> : <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />}
      </Page>
    );
  }

  const canEdit = data.me.isCurator;
  const ownLevel = data.me.level ?? null;
  const requested = Number(params.get('leesroute'));
  const pathLevel = [1, 2, 3, 4].includes(requested) ? requested : (ownLevel ?? 1);
  const historySubject = parseSubject(params.get('geschiedenis')) ?? { kind: 'qualification', code: table.groups[0]?.rows[0]?.code ?? 'B1' };
  const download = (
    <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={csv.busy} onClick={() => void csv.download()}>
      {t('knowledge.map.download')}
    </Button>
  );

  return (
    <Page title={title} description={t('knowledge.line.intro')} actions={download}>
      <Group component="nav" aria-label={t('knowledge.line.onThisPage')} gap="md" mb="lg" className="kl-line-toc">
        <Text size="sm" fw={600}>
          {t('knowledge.line.onThisPage')}:
        </Text>
        <Anchor href="#kaart" size="sm">
          {t('knowledge.map.title')}
        </Anchor>
        <Anchor href="#leesroute" size="sm">
          {t('knowledge.path.title')}
        </Anchor>
        <Anchor href="#niveaus" size="sm">
          {t('knowledge.line.levelsTitle')}
        </Anchor>
        <Anchor href="#geschiedenis" size="sm">
          {t('knowledge.line.historyTitle')}
        </Anchor>
      </Group>
      <Stack gap={48}>
        <Section id="kaart" title={t('knowledge.map.title')} intro={t('knowledge.map.intro')}>
          <Group gap="lg" mb="sm" wrap="wrap" className="kl-map-legend">
            <Group gap={6} wrap="nowrap">
              <IconCircleDashed size={16} aria-hidden />
              <Text size="sm">{t('knowledge.map.gapLegend')}</Text>
            </Group>
            <Group gap={6} wrap="nowrap">
              <IconAlertCircle size={16} aria-hidden />
              <Text size="sm" data-gap-count>
                {t('knowledge.map.gapSummary', { count: table.gapCount, total: table.cellCount })}
              </Text>
            </Group>
          </Group>
          <Text size="sm" c="gray.7" mb="xs" hiddenFrom="sm">
            {t('knowledge.map.scrollHint')}
          </Text>
          <LearningLineMap table={table} canEdit={canEdit} onEditQualification={(code) => setEditing({ kind: 'qualification', code })} />
        </Section>
        <Section id="leesroute" title={t('knowledge.path.title')} intro={t('knowledge.path.intro')}>
          <ReadingPath levels={data.levels} level={pathLevel} ownLevel={ownLevel} onLevelChange={(level) => setParam('leesroute', String(level))} />
        </Section>
        <Section id="niveaus" title={t('knowledge.line.levelsTitle')} intro={t('knowledge.line.levelsIntro')}>
          <LevelsSection data={data} canEdit={canEdit} onEdit={(number) => setEditing({ kind: 'level', number })} />
        </Section>
        <Section id="geschiedenis" title={t('knowledge.line.historyTitle')} intro={t('knowledge.line.historyIntro')}>
          <LineHistory subject={historySubject} onSubjectChange={(s) => setParam('geschiedenis', subjectKey(s))} qualifications={data.qualifications} levels={data.levels} />
        </Section>
      </Stack>
      {editing ? (
        <LineTextDialog
          subject={editing}
          onClose={() => setEditing(null)}
          onSaved={(subject) => {
            setEditing(null);
            // The new entry is what the curator wants to see next.
            setParam('geschiedenis', subjectKey(subject));
          }}
        />
      ) : null}
    </Page>
  );
}
