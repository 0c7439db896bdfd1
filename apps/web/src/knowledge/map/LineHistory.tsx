import { NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { LearningLineHistoryDocument, type LearningLineHistoryQuery, type LearningLineMapQuery } from '@kennislijn/web-graphql';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { PersonName } from '../../communities/common/PersonName';
import { useFormat } from '../../communities/common/useFormat';
import { useLanguage } from '../common/labels';
import { plainExcerpt } from '../common/plain-excerpt';
import { historyVariables, parseSubject, subjectKey, type LineSubject } from './line-subject';

type Revision = LearningLineHistoryQuery['learningLineHistory'][number];

function BeforeAfter({ label, before, after }: { label?: string; before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {label ? (
        <Text size="xs" fw={700} c="gray.8">
          {label}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <div className="kl-diff-before">
          <Text size="xs" fw={700} tt="uppercase" c="gray.8">
            {t('knowledge.line.before')}
          </Text>
          <Text size="sm">{before}</Text>
        </div>
        <div className="kl-diff-after">
          <Text size="xs" fw={700} tt="uppercase" c="gray.8">
            {t('knowledge.line.after')}
          </Text>
          <Text size="sm">{after}</Text>
        </div>
      </SimpleGrid>
    </Stack>
  );
}

function RevisionItem({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const language = useLanguage();
  // The person's own language first; the other one only when it changed too.
  const own = language === 'en' ? { before: revision.beforeEn, after: revision.afterEn } : { before: revision.beforeNl, after: revision.afterNl };
  const other = language === 'en' ? { before: revision.beforeNl, after: revision.afterNl } : { before: revision.beforeEn, after: revision.afterEn };
  const otherLabel = language === 'en' ? t('knowledge.line.dutch') : t('knowledge.line.english');
  return (
    <Paper component="li" withBorder radius="sm" p="sm" className="kl-line-revision">
      <Stack gap="xs">
        <Text size="sm">
          <Text component="span" fw={700}>
            {t('knowledge.line.change', { number: revision.number })}
          </Text>
          {' · '}
          <PersonName person={revision.author} size="sm" fw={500} />
          {' · '}
          <Text component="time" dateTime={revision.createdAt} size="sm" c="gray.7">
            {dateTime(revision.createdAt)}
          </Text>
        </Text>
        <Text size="sm" c="gray.9" data-change-note>
          <Text component="span" fw={600}>
            {t('knowledge.line.why')}:{' '}
          </Text>
          {revision.changeNote}
        </Text>
        {own.before !== own.after ? <BeforeAfter before={own.before} after={own.after} /> : null}
        {other.before !== other.after ? <BeforeAfter label={otherLabel} before={other.before} after={other.after} /> : null}
      </Stack>
    </Paper>
  );
}

interface LineHistoryProps {
  subject: LineSubject;
  onSubjectChange: (subject: LineSubject) => void;
  qualifications: LearningLineMapQuery['qualifications'];
  levels: LearningLineMapQuery['levels'];
}

// Edits of the line stay visible to everyone: what the text was and became, who changed it, when and why.
export function LineHistory({ subject, onSubjectChange, qualifications, levels }: LineHistoryProps) {
  const { t } = useTranslation();
  const history = useQuery(LearningLineHistoryDocument, {
    variables: historyVariables(subject),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const revisions = history.data?.learningLineHistory;
  const sortedQ = [...qualifications].sort((a, b) => (a.degree === b.degree ? a.number - b.number : a.degree === 'BACHELOR' ? -1 : 1));
  const options = [
    { group: t('knowledge.line.qualificationsGroup'), items: sortedQ.map((q) => ({ value: `q:${q.code}`, label: `${q.code} · ${plainExcerpt(q.text, 40)}` })) },
    { group: t('knowledge.line.levelsGroup'), items: [...levels].sort((a, b) => a.number - b.number).map((l) => ({ value: `l:${l.number}`, label: l.name })) },
  ];
  return (
    <Stack gap="md">
      <NativeSelect
        id="leerlijn-geschiedenis-onderdeel"
        label={t('knowledge.line.subject')}
        value={subjectKey(subject)}
        data={options}
        onChange={(e) => {
          const next = parseSubject(e.currentTarget.value);
          if (next) onSubjectChange(next);
        }}
        w={{ base: '100%', sm: 420 }}
      />
      <AsyncSection
        loading={history.loading}
        error={history.error}
        hasData={Boolean(revisions)}
        isEmpty={revisions?.length === 0}
        onRetry={() => void history.refetch()}
        loadingLabel={t('knowledge.line.historyLoading')}
        emptyIcon={<IconHistory size={20} aria-hidden />}
        emptyTitle={t('knowledge.line.historyEmptyTitle')}
        emptyText={t('knowledge.line.historyEmptyText')}
        headingOrder={3}
      >
        <Title order={3} size="h5" mb="xs" id="leerlijn-geschiedenis-lijst">
          {subject.kind === 'qualification' ? t('knowledge.line.historyOfQualification', { code: subject.code }) : t('knowledge.line.historyOfLevel', { number: subject.number })}
        </Title>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="leerlijn-geschiedenis-lijst">
          {revisions?.map((r) => (
            <RevisionItem key={r.id} revision={r} />
          ))}
        </Stack>
      </AsyncSection>
    </Stack>
  );
}
