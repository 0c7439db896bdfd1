import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, RespondentFormDocument } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconCircleCheck, IconClockX, IconHeart, IconLinkOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { RespondentQuestionnaire } from './RespondentQuestionnaire';
import type { Outcome } from './types';


const ICONS: Record<Outcome, ReactNode> = {
  THANKS: <IconHeart size={30} aria-hidden />,
  USED: <IconCircleCheck size={30} aria-hidden />,
  EXPIRED: <IconClockX size={30} aria-hidden />,
  INVALID: <IconLinkOff size={30} aria-hidden />,
};

/** A calm, single message instead of the form: thanks, already filled in, expired, or not a link. */
export function RespondentMessage({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const title = t(`monitoring.respond.${outcome}.title`);
  useDocumentTitle(`${title} · Kennislijn`);
  return (
    <Paper withBorder radius="md" p={{ base: 'lg', sm: 'xl' }} mt="md" data-outcome={outcome}>
      <Stack align="center" ta="center" gap="md">
        <ThemeIcon size={64} radius="xl" variant="light" color={outcome === 'THANKS' || outcome === 'USED' ? 'teal' : 'gray'} aria-hidden>
          {ICONS[outcome]}
        </ThemeIcon>
        <Title order={1} size="h2" className="kl-respond-title">
          {title}
        </Title>
        <Text size="lg">{t(`monitoring.respond.${outcome}.text`)}</Text>
        <Text c="gray.7">{t(`monitoring.respond.${outcome}.next`)}</Text>
      </Stack>
    </Paper>
  );
}

// The public page behind a respondent link: only this form (no account, no other data).
export function RespondentFormPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RespondentFormDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // After submitting: the thank-you, or what happened to the link meanwhile (used, expired).
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (outcome) return <RespondentMessage outcome={outcome} />;
  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) return <RespondentMessage outcome="INVALID" />;
  const form = data?.respondentForm;
  if (!form) {
    return (
      <Stack mt="md">
        <Title order={1} size="h2" className="kl-respond-title">
          {t('monitoring.respond.loadingTitle')}
        </Title>
        {loading || !error ? (
          <LoadingState label={t('monitoring.respond.loading')} />
        ) : (
          <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
        )}
      </Stack>
    );
  }
  if (form.status === 'USED') return <RespondentMessage outcome="USED" />;
  if (form.status === 'EXPIRED') return <RespondentMessage outcome="EXPIRED" />;
  return <RespondentQuestionnaire token={token} form={form} onOutcome={setOutcome} />;
}
