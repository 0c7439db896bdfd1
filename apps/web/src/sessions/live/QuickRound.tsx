import { Alert, Button, Group, Paper, Progress, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CloseSessionPollDocument,
  SessionPollFieldsFragmentDoc,
  SessionPollsDocument,
  StartSessionPollDocument,
  VoteSessionPollDocument,
  type SessionPollFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconChartBar } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { SessionPollPayload } from '@kennislijn/shared-realtime';
import { useSocketEvent } from '../../realtime/hooks';
import { pollOptionsFrom, pollShares } from './quick-round';

interface QuickRoundProps {
  sessionId: string;
  stepKey: string | null;
  canModerate: boolean;
  canParticipate: boolean;
}

// A quick round in the live room: the facilitator asks a question with a few answers, everyone present
// answers, and the counts show live for all (never who answered what).
export function QuickRound({ sessionId, stepKey, canModerate, canParticipate }: QuickRoundProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, refetch } = useQuery(SessionPollsDocument, { variables: { id: sessionId }, skip: !canParticipate });
  const polls = data?.session.polls ?? [];
  const open = [...polls].reverse().find((p) => p.status === 'OPEN') ?? null;
  const last = open ?? polls[polls.length - 1] ?? null;

  // Results carry a sequence number; the cache keeps the newest (see create-client.ts), so a late
  // mutation answer or a refetch that was under way cannot put older counts back.
  const apply = (payload: SessionPollPayload): boolean => {
    const id = client.cache.identify({ __typename: 'SessionPoll', id: payload.pollId });
    const known = id ? client.cache.readFragment({ id, fragment: SessionPollFieldsFragmentDoc }) : null;
    if (!known || !id) return false;
    client.cache.writeFragment({
      id,
      fragment: SessionPollFieldsFragmentDoc,
      data: { ...known, status: payload.status, results: { __typename: 'SessionPollResults', seq: payload.seq, counts: payload.counts, total: payload.total } },
    });
    return true;
  };
  useSocketEvent('session:poll', (payload) => {
    if (payload.sessionId !== sessionId) return;
    // A round this screen does not know yet: read the rounds, then apply the event (it may be newer).
    if (!apply(payload)) void refetch().then(() => apply(payload));
  });

  if (!canParticipate) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="snelle-ronde-kop">
      <Stack gap="sm">
        <Group gap="xs">
          <IconChartBar size={18} aria-hidden />
          <Title order={3} size="h4" id="snelle-ronde-kop">
            {t('sessions.poll.title')}
          </Title>
        </Group>
        {last ? <PollView poll={last} canModerate={canModerate} /> : <Text size="sm" c="gray.7">{t('sessions.poll.none')}</Text>}
        {canModerate && !open ? <NewPoll sessionId={sessionId} stepKey={stepKey} onStarted={() => void refetch()} /> : null}
      </Stack>
    </Paper>
  );
}

function PollView({ poll, canModerate }: { poll: SessionPollFieldsFragment; canModerate: boolean }) {
  const { t } = useTranslation();
  const [vote] = useMutation(VoteSessionPollDocument);
  const [close, closing] = useMutation(CloseSessionPollDocument);
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; the server's answer confirms it (or the error says why not).
  const [chosen, setChosen] = useState<string | null>(null);
  const saved = poll.viewerVote === null || poll.viewerVote === undefined ? null : String(poll.viewerVote);
  const { counts, total } = poll.results;
  const shares = pollShares(counts);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(apiErrorMessage(e, t));
    }
  };
  return (
    <Stack gap="sm" data-poll={poll.id}>
      <Text fw={600}>{poll.question}</Text>
      {poll.status === 'OPEN' ? (
        <Radio.Group
          label={t('sessions.poll.yourAnswer')}
          value={chosen ?? saved}
          onChange={(value) => {
            setChosen(value);
            void run(async () => {
              try {
                await vote({ variables: { pollId: poll.id, option: Number(value) } });
              } catch (e) {
                setChosen(null);
                throw e;
              }
            });
          }}
        >
          <Stack gap={6} mt={6}>
            {poll.options.map((option, i) => (
              <Radio key={option} value={String(i)} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sessions.poll.results')} aria-live="polite">
        {poll.options.map((option, i) => (
          <li key={option}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{option}</Text>
              <Text size="sm" fw={600} data-count={counts[i]}>
                {t('sessions.poll.count', { count: counts[i], share: shares[i] })}
              </Text>
            </Group>
            <Progress value={shares[i]} size="sm" aria-hidden />
          </li>
        ))}
      </Stack>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.7">
          {poll.status === 'OPEN' ? t('sessions.poll.openTotal', { count: total }) : t('sessions.poll.closedTotal', { count: total })}
        </Text>
        {canModerate && poll.status === 'OPEN' ? (
          <Button size="xs" variant="default" loading={closing.loading} onClick={() => void run(() => close({ variables: { pollId: poll.id } }))}>
            {t('sessions.poll.close')}
          </Button>
        ) : null}
      </Group>
      {error ? <Alert color="red">{error}</Alert> : null}
    </Stack>
  );
}

function NewPoll({ sessionId, stepKey, onStarted }: { sessionId: string; stepKey: string | null; onStarted: () => void }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [start, starting] = useMutation(StartSessionPollDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await start({ variables: { id: sessionId, question, options: pollOptionsFrom(options), stepKey } });
      setQuestion('');
      setOptions('');
      onStarted();
    } catch (err) {
      setError(apiErrorMessage(err, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('sessions.poll.newLabel')}>
      <Stack gap="xs">
        <TextInput label={t('sessions.poll.question')} value={question} onChange={(e) => setQuestion(e.currentTarget.value)} maxLength={300} required />
        <Textarea label={t('sessions.poll.options')} description={t('sessions.poll.optionsHelp')} value={options} onChange={(e) => setOptions(e.currentTarget.value)} autosize minRows={3} required />
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group>
          <Button type="submit" size="sm" loading={starting.loading}>
            {t('sessions.poll.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
