import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { SessionCaseTitleDocument, SessionInstrumentTitleDocument, SessionKnowledgeTitleDocument } from '@kennislijn/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function Hidden() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="gray.7">
      {t('sessions.page.linkUnavailable')}
    </Text>
  );
}

function CaseLink({ id }: { id: string }) {
  const { data, error } = useQuery(SessionCaseTitleDocument, { variables: { id } });
  if (error) return <Hidden />;
  return data ? (
    <Anchor component={Link} to={`/casussen/${id}`} size="sm">
      {data.case.title}
    </Anchor>
  ) : null;
}

function KnowledgeLink({ id }: { id: string }) {
  const { data, error } = useQuery(SessionKnowledgeTitleDocument, { variables: { id } });
  if (error) return <Hidden />;
  return data ? (
    <Anchor component={Link} to={`/kennisbank/${id}`} size="sm">
      {data.knowledgeItem.title}
    </Anchor>
  ) : null;
}

function InstrumentLink({ id }: { id: string }) {
  const { data, error } = useQuery(SessionInstrumentTitleDocument, { variables: { id } });
  if (error) return <Hidden />;
  return data ? (
    <Anchor component={Link} to={`/instrumenten/${id}`} size="sm">
      {data.instrument.title}
    </Anchor>
  ) : null;
}

interface LinkedItemsProps {
  caseIds: string[];
  knowledgeIds: string[];
  instrumentIds: string[];
}

/** What the session is about: its cases, knowledge items and instruments, each a link (when you may read it). */
export function LinkedItems({ caseIds, knowledgeIds, instrumentIds }: LinkedItemsProps) {
  const { t } = useTranslation();
  if (!caseIds.length && !knowledgeIds.length && !instrumentIds.length) return null;
  const group = (title: string, ids: string[], render: (id: string) => ReactNode) =>
    ids.length ? (
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <List size="sm" spacing={4} aria-label={title}>
          {ids.map((id) => (
            <List.Item key={id}>{render(id)}</List.Item>
          ))}
        </List>
      </Stack>
    ) : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="sessie-koppelingen">
      <Title order={2} size="h4" id="sessie-koppelingen">
        {t('sessions.page.linksTitle')}
      </Title>
      {group(t('sessions.form.cases'), caseIds, (id) => <CaseLink id={id} />)}
      {group(t('sessions.form.knowledge'), knowledgeIds, (id) => <KnowledgeLink id={id} />)}
      {group(t('sessions.form.instruments'), instrumentIds, (id) => <InstrumentLink id={id} />)}
    </Stack>
  );
}
