import { Accordion, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CaseRevisionsDocument } from '@kennislijn/web-graphql';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { useFormat } from '../../communities/common/useFormat';
import { ModerationSection } from '../../communities/moderation/ModerationSection';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

// Earlier versions of the case, for moderators (versions that held identifying details are not kept).
export function RevisionsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { data, loading, error, refetch } = useQuery(CaseRevisionsDocument, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const revisions = data?.case.revisions;
  return (
    <ModerationSection id="casus-versies" title={t('casePage.revisions.title')} intro={t('casePage.revisions.intro')}>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(revisions)}
        isEmpty={revisions?.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('casePage.revisions.loading')}
        emptyIcon={<IconHistory size={20} aria-hidden />}
        emptyTitle={t('casePage.revisions.emptyTitle')}
        emptyText={t('casePage.revisions.emptyText')}
        headingOrder={3}
      >
        <Accordion variant="separated" chevronPosition="left">
          {revisions?.map((revision) => (
            <Accordion.Item key={revision.id} value={revision.id}>
              <Accordion.Control>{t('casePage.revisions.item', { date: dateTime(revision.createdAt), title: revision.title })}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Field label={t('caseForm.title')} value={revision.title} />
                  <Field label={t('caseForm.context')} value={revision.context} />
                  <Field label={t('caseForm.dilemma')} value={revision.dilemma} />
                  <Field label={t('caseForm.tried')} value={revision.tried} />
                  <Field label={t('casePage.lessons')} value={revision.lessonsLearned} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </AsyncSection>
    </ModerationSection>
  );
}
