import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { InstrumentDiffDocument, type InstrumentDetailFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconEye, IconGitCompare, IconHistory } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PersonName } from '../../communities/common/PersonName';
import { useFormat } from '../../communities/common/useFormat';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { DiffList } from './DiffList';
import { VersionView } from './DefinitionView';

const DRAFT = 'concept';

// The Versies tab: published versions with changelog and publisher, one version read-only, and the
// differences between any two versions (or a version and the draft).
export function VersionsTab({ instrument }: { instrument: InstrumentDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [params, setParams] = useSearchParams();
  const versions = instrument.versions;
  const latest = instrument.latestVersion;
  const canDraft = instrument.permissions.readDraft && Boolean(instrument.draft);
  const viewing = Number(params.get('versie')) || null;

  const defaultTo = latest > 0 ? String(latest) : canDraft ? DRAFT : '';
  const defaultFrom = latest > 1 ? String(latest - 1) : '0';
  const to = params.get('naar') ?? defaultTo;
  const from = params.get('van') ?? defaultFrom;
  const toNumber = to === DRAFT ? null : Number(to);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const diff = useQuery(InstrumentDiffDocument, {
    variables: { instrumentId: instrument.id, from: Number(from) || 0, to: toNumber },
    skip: !to,
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = diff;
  // Compared with the draft, the list follows the draft as it changes.
  useEffect(() => {
    if (toNumber === null && to) void refetch();
  }, [instrument.draftRev, toNumber, to, refetch]);

  const label = (value: string) => (value === DRAFT ? t('instruments.versions.draftOption') : value === '0' ? t('instruments.versions.emptyOption') : t('instruments.version', { number: value }));
  const subscaleNames = Object.fromEntries((instrument.draft?.subscales ?? []).map((s) => [s.id, s.name]));
  const fromOptions = [{ value: '0', label: label('0') }, ...versions.map((v) => ({ value: String(v.number), label: label(String(v.number)) }))];
  const toOptions = [...(canDraft ? [{ value: DRAFT, label: label(DRAFT) }] : []), ...versions.map((v) => ({ value: String(v.number), label: label(String(v.number)) }))];

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby="versies-lijst">
        <Title order={2} size="h4" id="versies-lijst">
          {t('instruments.versions.heading')}
        </Title>
        {versions.length === 0 ? (
          <EmptyState icon={<IconHistory size={30} aria-hidden />} title={t('instruments.versions.emptyTitle')} description={t('instruments.versions.emptyText')} headingOrder={3} />
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('instruments.versions.listLabel')}>
            {versions.map((v) => (
              <Paper component="li" key={v.id} withBorder radius="md" p="md" aria-labelledby={`versie-${v.number}`} className="kl-version">
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Title order={3} size="h5" id={`versie-${v.number}`}>
                      {t('instruments.version', { number: v.number })}
                    </Title>
                    <Text size="sm" c="gray.7" component="time" dateTime={v.publishedAt}>
                      {date(v.publishedAt)}
                    </Text>
                  </Group>
                  <Text size="sm" c="gray.8">
                    {t('instruments.versions.publishedBy')} <PersonName person={v.publishedBy} size="sm" />
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-changelog>
                    {v.changelog}
                  </Text>
                  <Group gap="xs">
                    <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={() => set({ versie: String(v.number) })} aria-pressed={viewing === v.number}>
                      {t('instruments.versions.view')}
                      <span className="kl-sr-only"> {t('instruments.version', { number: v.number })}</span>
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconGitCompare size={14} aria-hidden />}
                      onClick={() => set({ van: String(v.number - 1), naar: String(v.number) })}
                    >
                      {t('instruments.versions.compareWithPrevious')}
                      <span className="kl-sr-only"> ({t('instruments.version', { number: v.number })})</span>
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>

      {viewing ? <VersionView key={viewing} instrumentId={instrument.id} number={viewing} onClose={() => set({ versie: null })} /> : null}

      {toOptions.length > 0 ? (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="versies-vergelijken">
          <Stack gap="sm">
            <Title order={2} size="h4" id="versies-vergelijken">
              {t('instruments.versions.compareHeading')}
            </Title>
            <Group gap="md" wrap="wrap">
              <NativeSelect id="vergelijk-van" label={t('instruments.versions.from')} value={from} data={fromOptions} onChange={(e) => set({ van: e.currentTarget.value })} w={{ base: '100%', sm: 220 }} />
              <NativeSelect id="vergelijk-naar" label={t('instruments.versions.to')} value={to} data={toOptions} onChange={(e) => set({ naar: e.currentTarget.value })} w={{ base: '100%', sm: 220 }} />
            </Group>
            {diff.data ? (
              <DiffList changes={diff.data.instrumentDiff} subscaleNames={subscaleNames} label={t('instruments.versions.diffLabel', { from: label(from), to: label(to) })} />
            ) : diff.error ? (
              <QueryErrorState error={diff.error} onRetry={() => void refetch()} retrying={diff.loading} />
            ) : (
              <LoadingState label={t('instruments.versions.loadingDiff')} />
            )}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
