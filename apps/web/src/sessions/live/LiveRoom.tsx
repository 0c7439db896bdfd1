import { Badge, Blockquote, Group, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import type { SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconBroadcast, IconCircleCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PresenceAvatars } from '../../realtime/PresenceAvatars';
import { useSessionLabels } from '../common/labels';
import { Countdown } from './Countdown';
import { LiveControls } from './LiveControls';
import { QuickRound } from './QuickRound';
import { StepNotes } from './StepNotes';
import type { LiveNote, LiveState } from './useSessionLive';

interface LiveRoomProps {
  session: SessionDetailFieldsFragment;
  state: LiveState;
  notes: Record<string, LiveNote>;
  people: RealtimePerson[];
  connected: boolean;
  onState: (state: LiveState) => void;
  onNoteSaved: (stepKey: string, body: string, rev: number) => void;
  onStale: () => void;
}

// The room while a session runs: the current step with who acts, its prompt and the time left, the
// step's shared notes, who is here, every step with the current one marked, and the facilitator's controls.
export function LiveRoom({ session, state, notes, people, connected, onState, onNoteSaved, onStale }: LiveRoomProps) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const steps = session.steps;
  const index = Math.min(Math.max(state.currentStep, 0), Math.max(steps.length - 1, 0));
  const step = steps[index];

  return (
    <Paper component="section" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby="live-kop" className="kl-live-room" data-live={connected || undefined} data-step={step?.key}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs">
            <ThemeIcon color="green" variant="light" radius="xl" aria-hidden>
              <IconBroadcast size={18} />
            </ThemeIcon>
            <Title order={2} size="h3" id="live-kop">
              {t('sessions.live.title')}
            </Title>
          </Group>
          <PresenceAvatars people={people} label={t('sessions.live.present')} max={8} />
        </Group>

        {step ? (
          <Paper withBorder radius="md" p="md" bg="indigo.0">
            <Stack gap="xs">
              <Text size="sm" fw={600} c="indigo.9" data-step-number>
                {t('sessions.live.stepOf', { number: index + 1, total: steps.length })}
              </Text>
              <Title order={3} size="h2" data-current-step>
                {step.title}
              </Title>
              <Group gap="xs" wrap="wrap">
                <Badge variant="filled" tt="none">
                  {t('sessions.live.who', { actor: labels.actor(step.actor) })}
                </Badge>
                <Badge variant="light" tt="none">
                  {t('sessions.method.minutes', { count: step.minutes })}
                </Badge>
                {step.output !== 'NONE' ? (
                  <Badge variant="light" color="gray" tt="none">
                    {t('sessions.live.output', { output: labels.output(step.output) })}
                  </Badge>
                ) : null}
              </Group>
              <Blockquote p="sm" color="indigo" icon={null} mt={4}>
                {step.prompt}
              </Blockquote>
              <Countdown key={`${step.key}-${state.stepStartedAt ?? ''}`} stepStartedAt={state.stepStartedAt ?? null} minutes={step.minutes} />
            </Stack>
          </Paper>
        ) : null}

        {/* Screen readers hear a new step once, politely. */}
        <VisuallyHidden aria-live="polite">{step ? t('sessions.live.stepOf', { number: index + 1, total: steps.length }) + ': ' + step.title : ''}</VisuallyHidden>

        {session.viewerCan.moderate ? <LiveControls sessionId={session.id} state={state} steps={steps} onState={onState} onStale={onStale} /> : null}

        {step && session.viewerCan.participate ? (
          <StepNotes
            key={step.key}
            sessionId={session.id}
            stepKey={step.key}
            label={t('sessions.live.notesLabel', { title: step.title })}
            note={notes[step.key]}
            onSaved={(body, rev) => onNoteSaved(step.key, body, rev)}
          />
        ) : null}

        <QuickRound sessionId={session.id} stepKey={step?.key ?? null} canModerate={session.viewerCan.moderate} canParticipate={session.viewerCan.participate} />

        <Stack gap="xs">
          <Title order={3} size="h4" id="live-stappen">
            {t('sessions.live.steps')}
          </Title>
          <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="live-stappen" className="kl-live-steps">
            {steps.map((s, i) => (
              <li key={s.key} aria-current={i === index ? 'step' : undefined}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <span style={{ width: 18, flexShrink: 0, paddingTop: 2 }}>
                    {i < index ? (
                      <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-green-8)" />
                    ) : i === index ? (
                      <IconPlayerPlay size={18} aria-hidden color="var(--mantine-color-indigo-7)" />
                    ) : null}
                  </span>
                  <Stack gap={2}>
                    <Group gap={6} wrap="wrap">
                      <Text span size="sm" fw={i === index ? 700 : 400}>
                        {t('sessions.live.stepOption', { number: i + 1, title: s.title })}
                      </Text>
                      <Text span size="xs" c="gray.7">
                        {t('sessions.method.stepMeta', { actor: labels.actor(s.actor), minutes: s.minutes })}
                      </Text>
                      {i === index ? (
                        <Badge size="sm" color="teal.9" variant="filled">
                          {t('sessions.live.now')}
                        </Badge>
                      ) : null}
                    </Group>
                    {i !== index && notes[s.key]?.body ? (
                      <Text size="xs" c="gray.8" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
                        {notes[s.key].body}
                      </Text>
                    ) : null}
                  </Stack>
                </Group>
              </li>
            ))}
          </Stack>
        </Stack>
      </Stack>
    </Paper>
  );
}
