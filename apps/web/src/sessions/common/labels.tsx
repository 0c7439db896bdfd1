import { Badge } from '@mantine/core';
import { RSVP_STATUS_LABELS, STEP_ACTOR_LABELS, STEP_OUTPUT_LABELS, type RsvpStatus, type StepActor, type StepOutput } from '@kennislijn/shared-sessions';
import type { SessionStatus } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';

/** Labels of the shared session library in the page's language. */
export function useSessionLabels() {
  const { t, i18n } = useTranslation();
  const language: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  return {
    language,
    locale: language === 'en' ? 'en-GB' : 'nl-NL',
    actor: (actor: string) => STEP_ACTOR_LABELS[actor as StepActor]?.[language] ?? actor,
    output: (output: string) => STEP_OUTPUT_LABELS[output as StepOutput]?.[language] ?? output,
    rsvp: (status: string) => RSVP_STATUS_LABELS[status as RsvpStatus]?.[language] ?? status,
    status: (status: SessionStatus) => t(`sessions.status.${status}`),
  };
}

const STATUS_COLORS: Record<SessionStatus, string> = { PLANNED: 'indigo', LIVE: 'teal.9', CLOSED: 'gray', CANCELLED: 'red' };

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const labels = useSessionLabels();
  return (
    <Badge component="span" variant={status === 'LIVE' ? 'filled' : 'light'} color={STATUS_COLORS[status]} data-status={status}>
      {labels.status(status)}
    </Badge>
  );
}
