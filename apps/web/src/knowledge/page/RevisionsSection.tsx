import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { KnowledgeDiffDocument, KnowledgeTaxonomyDocument, type KnowledgeDetailFieldsFragment } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PersonName } from '../../communities/common/PersonName';
import { useFormat } from '../../communities/common/useFormat';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { useLanguage } from '../common/labels';
import { showChanges, type DiffContext } from './knowledge-diff';

type Item = KnowledgeDetailFieldsFragment;

function useDiffContext(): DiffContext {
  const { t } = useTranslation();
  const language = useLanguage();
  // Names of forms and themes for codes in old revisions; the codes themselves when the list is not there.
  const { data } = useQuery(KnowledgeTaxonomyDocument, { fetchPolicy: 'cache-first' });
  const forms = new Map((data?.collaborationForms ?? []).map((f) => [f.code, f.name]));
  const themes = new Map((data?.researchThemes ?? []).map((r) => [r.code, r.name]));
  return {
    language,
    levelLabel: (n) => t('knowledge.levelShort', { number: n }),
    formName: (code) => forms.get(code) ?? code,
    researchThemeName: (code) => themes.get(code) ?? code,
    findingLabels: {
      studyDesign: t('knowledge.form.studyDesign'),
      sample: t('knowledge.form.sample'),
      practiceImplications: t('knowledge.form.practiceImplications'),
    },
    linkedCount: (count) => t('knowledge.page.linkedCount', { count }),
  };
}

function DiffView({ itemId, from, to }: { itemId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const ctx = useDiffContext();
  const diff = useQuery(KnowledgeDiffDocument, { variables: { id: itemId, from, to }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  if (!diff.data) {
    return diff.error ? (
      <QueryErrorState error={diff.error} onRetry={() => void diff.refetch()} retrying={diff.loading} />
    ) : (
      <LoadingState label={t('knowledge.revisions.loadingDiff')} />
    );
  }
  const changes = showChanges(diff.data.knowledgeDiff, ctx);
  if (changes.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('knowledge.revisions.noChanges')}
      </Text>
    );
  }
  const empty = (
    <Text component="span" size="sm" c="gray.7" fs="italic">
      {t('knowledge.revisions.empty')}
    </Text>
  );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('knowledge.revisions.diffLabel', { from, to })} className="kl-knowledge-diff">
      {changes.map((change) => (
        <Paper component="li" key={change.field} withBorder radius="sm" p="sm" data-field={change.field}>
          <Text fw={700} size="sm" mb={6}>
            {t(`knowledge.fields.${change.field}` as 'knowledge.fields.title', { defaultValue: change.field })}
          </Text>
          <div className="kl-diff-sides">
            <div className="kl-diff-before">
              <Text size="xs" fw={700} tt="uppercase" c="gray.8">
                {t('knowledge.revisions.before', { number: from })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {change.before ?? empty}
              </Text>
            </div>
            <div className="kl-diff-arrow" aria-hidden>
              →
            </div>
            <div className="kl-diff-after">
              <Text size="xs" fw={700} tt="uppercase" c="gray.8">
                {t('knowledge.revisions.after', { number: to })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {change.after ?? empty}
              </Text>
            </div>
          </div>
        </Paper>
      ))}
    </Stack>
  );
}

// Every revision with who made it, when and why; and the differences between any two.
export function RevisionsSection({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [params, setParams] = useSearchParams();
  const numbers = item.revisions.map((r) => r.number);
  const latest = Math.max(...numbers, 1);
  const pick = (key: string, fallback: number) => {
    const value = Number(params.get(key));
    return numbers.includes(value) ? value : fallback;
  };
  const to = pick('naar', latest);
  const from = pick('van', Math.max(1, to - 1));
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setParams(next, { replace: true });
  };
  const options = item.revisions.map((r) => ({ value: String(r.number), label: t('knowledge.page.version', { number: r.number }) }));

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-versies">
      <Title order={2} size="h4" id="kennis-versies" mb={4}>
        {t('knowledge.revisions.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        {t('knowledge.revisions.intro')}
      </Text>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('knowledge.revisions.listLabel')}>
        {item.revisions.map((r) => (
          <li key={r.id} className="kl-revision">
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
                <Text size="sm">
                  <Text component="span" fw={700}>
                    {t('knowledge.page.version', { number: r.number })}
                  </Text>
                  {/* Seeded items have no author: then only the date. */}
                  {r.author ? (
                    <>
                      {' · '}
                      <PersonName person={r.author} size="sm" fw={500} />
                    </>
                  ) : null}
                  {' · '}
                  <Text component="time" dateTime={r.createdAt} size="sm" c="gray.7">
                    {dateTime(r.createdAt)}
                  </Text>
                </Text>
                <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-wrap' }} data-change-note>
                  {r.changeNote}
                </Text>
              </Stack>
              {r.number > 1 ? (
                <Button size="compact-sm" variant="subtle" leftSection={<IconGitCompare size={14} aria-hidden />} onClick={() => set({ van: String(r.number - 1), naar: String(r.number) })}>
                  {t('knowledge.revisions.compareWithPrevious')}
                  <span className="kl-sr-only"> ({t('knowledge.page.version', { number: r.number })})</span>
                </Button>
              ) : null}
            </Group>
          </li>
        ))}
      </Stack>
      {item.revisions.length > 1 ? (
        <Stack gap="sm" mt="lg" component="section" aria-labelledby="kennis-vergelijken">
          <Title order={3} size="h5" id="kennis-vergelijken">
            {t('knowledge.revisions.compareTitle')}
          </Title>
          <Group gap="md" wrap="wrap">
            <NativeSelect id="kennis-vergelijk-van" label={t('knowledge.revisions.from')} value={String(from)} data={options} onChange={(e) => set({ van: e.currentTarget.value })} w={{ base: '100%', sm: 200 }} />
            <NativeSelect id="kennis-vergelijk-naar" label={t('knowledge.revisions.to')} value={String(to)} data={options} onChange={(e) => set({ naar: e.currentTarget.value })} w={{ base: '100%', sm: 200 }} />
          </Group>
          {from === to ? (
            <Text size="sm" c="gray.7">
              {t('knowledge.revisions.sameVersion')}
            </Text>
          ) : (
            <DiffView itemId={item.id} from={from} to={to} />
          )}
        </Stack>
      ) : (
        <Text size="sm" c="gray.7" mt="sm">
          {t('knowledge.revisions.onlyOne')}
        </Text>
      )}
    </Paper>
  );
}
