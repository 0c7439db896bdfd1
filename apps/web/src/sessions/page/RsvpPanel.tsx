import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { RSVP_CHOICES, type RsvpChoice } from '@kennislijn/shared-sessions';
import { RsvpSessionDocument, type SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconCheck, IconHelp, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { forgetSessionLists } from '../common/cache';
import { useSessionLabels } from '../common/labels';

const ICONS: Record<RsvpChoice, ReactNode> = {
  GOING: <IconCheck size={18} aria-hidden />,
  MAYBE: <IconHelp size={18} aria-hidden />,
  NOT_GOING: <IconX size={18} aria-hidden />,
};

/** Coming or not: your answer with its result (a place, or your place on the waiting list), and the counts. */
export function RsvpPanel({ session }: { session: SessionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const [answer, { loading }] = useMutation(RsvpSessionDocument, { update: forgetSessionLists });
  const [pending, setPending] = useState<RsvpChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = session.viewerRsvp;
  const open = session.status === 'PLANNED' || session.status === 'LIVE';
  const counts = session.rsvpCounts;

  const choose = async (status: RsvpChoice) => {
    setError(null);
    setPending(status);
    try {
      await answer({ variables: { id: session.id, status } });
    } catch (e) {
      setError(apiErrorMessage(e, t));
    } finally {
      setPending(null);
    }
  };
  const result = !mine
    ? t('sessions.rsvp.none')
    : mine.status === 'WAITLIST'
      ? t('sessions.rsvp.waitlist', { position: mine.waitlistPosition ?? '?' })
      : t(`sessions.rsvp.result.${mine.status}`);
  const pressed = (choice: RsvpChoice) => mine?.status === choice || (choice === 'GOING' && mine?.status === 'WAITLIST');

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="sessie-aanmelden">
      <Stack gap="sm">
        <Title order={2} size="h4" id="sessie-aanmelden">
          {t('sessions.rsvp.title')}
        </Title>
        <Text size="sm" c="gray.8">
          {session.capacity === null || session.capacity === undefined
            ? t('sessions.rsvp.countsUnlimited', { going: counts.going, maybe: counts.maybe })
            : t('sessions.rsvp.counts', { going: counts.going, capacity: session.capacity, maybe: counts.maybe, waitlist: counts.waitlist })}
        </Text>
        {session.viewerCan.rsvp && open ? (
          <>
            <Group gap="sm" wrap="wrap" role="group" aria-label={t('sessions.rsvp.choices')}>
              {RSVP_CHOICES.map((choice) => (
                <Button
                  key={choice}
                  variant={pressed(choice) ? 'filled' : 'default'}
                  aria-pressed={pressed(choice)}
                  leftSection={ICONS[choice]}
                  loading={loading && pending === choice}
                  disabled={loading && pending !== choice}
                  onClick={() => void choose(choice)}
                >
                  {labels.rsvp(choice)}
                </Button>
              ))}
            </Group>
            <Text fw={600} role="status" data-rsvp-result={mine?.status ?? 'NONE'}>
              {result}
            </Text>
          </>
        ) : mine ? (
          <Text fw={600}>{result}</Text>
        ) : null}
        <FormAlert message={error} />
      </Stack>
    </Paper>
  );
}
