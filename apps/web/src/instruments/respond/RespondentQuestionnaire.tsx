import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { hasErrorCode, RespondentFormDocument, SubmitRespondentFormDocument, type RespondentLinkStatus } from '@kennislijn/web-graphql';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { PrivacyBlockedNote } from '../../privacy/PrivacyTextField';
import { useFormat } from '../../communities/common/useFormat';
import { answeredCount, clearAnswerDraft, draftKey } from './answers';
import { ItemField } from './ItemField';
import { afterSubmitConflict } from './submit-conflict';
import type { Outcome, RespondentFormData } from './types';
import { useAnswersForm } from './useAnswersForm';

const ID_BASE = 'vraag';

function AnsweredProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" c="gray.8" aria-hidden>
        {t('monitoring.respond.answered', { answered, total })}
      </Text>
      <Progress.Root size="md" radius="xl">
        <Progress.Section value={total ? (answered / total) * 100 : 0} aria-label={t('monitoring.respond.answered', { answered, total })} />
      </Progress.Root>
    </Stack>
  );
}

function SubmitButton({ loading, children }: { loading: boolean; children: ReactNode }) {
  return (
    <Button type="submit" size="lg" fullWidth loading={loading} mt="sm">
      {children}
    </Button>
  );
}


interface Props {
  token: string;
  form: RespondentFormData;
  onOutcome: (outcome: Outcome) => void;
}

// The respondent's questionnaire: one question under the other, big touch targets, a draft kept in
// this browser tab, and a calm thank-you after sending.
export function RespondentQuestionnaire({ token, form, onOutcome }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  useDocumentTitle(`${form.instrumentTitle} · Kennislijn`);
  // The key holds a piece of the token only: enough to keep drafts of two links apart in one tab.
  const key = draftKey(`link.${token.slice(0, 16)}`);
  const answers = useAnswersForm(form.items, ID_BASE, key);
  const [formError, setFormError] = useState<string | null>(null);
  const [submit, { loading: sending }] = useMutation(SubmitRespondentFormDocument);
  const client = useApolloClient();
  // Reading the form again after a CONFLICT (see submit-conflict.ts); the button stays busy meanwhile.
  const [checking, setChecking] = useState(false);
  const loading = sending || checking;
  const total = form.items.length;
  const answered = answeredCount(form.items, answers.answers);

  /** The link's status as the API has it now; null when it cannot be read. */
  const readStatus = async (): Promise<RespondentLinkStatus | null> => {
    try {
      const { data } = await client.query({ query: RespondentFormDocument, variables: { token }, fetchPolicy: 'network-only' });
      return data?.respondentForm.status ?? null;
    } catch {
      return null;
    }
  };

  const send = async () => {
    if (loading) return;
    setFormError(null);
    if (!answers.validate()) {
      setFormError(t('monitoring.respond.checkAnswers'));
      return;
    }
    try {
      await submit({ variables: { token, answers: answers.inputs() } });
      clearAnswerDraft(key);
      onOutcome('THANKS');
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        // Used already, or entered by the practitioner meanwhile: only the form's status tells.
        setChecking(true);
        const outcome = afterSubmitConflict(await readStatus());
        setChecking(false);
        if (outcome === 'USED') {
          clearAnswerDraft(key);
          onOutcome('USED');
        } else if (outcome === 'EXPIRED') {
          onOutcome('EXPIRED');
        } else {
          // Nothing was stored and nothing is thrown away; the API's message says whom to contact.
          setFormError(apiErrorMessage(error, t));
        }
        return;
      }
      if (hasErrorCode(error, 'FORBIDDEN')) return onOutcome('EXPIRED');
      if (hasErrorCode(error, 'NOT_FOUND')) return onOutcome('INVALID');
      const placed = answers.applyError(error);
      if (placed === 'PRIVACY') setFormError(t('monitoring.respond.privacyFound'));
      else if (placed === 'FIELDS') setFormError(t('monitoring.respond.checkAnswers'));
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      aria-labelledby="vragenlijst-titel"
    >
      <Stack gap="lg" mt="xs">
        <Stack gap={6}>
          <Title order={1} size="h2" id="vragenlijst-titel" className="kl-respond-title">
            {form.instrumentTitle}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} data-testid="respondent-role">
              {t('monitoring.respond.forRole', { role: form.respondentLabel })}
            </Text>
            <Text c="gray.7" aria-hidden>
              ·
            </Text>
            <Text>{t('monitoring.respond.session', { n: form.sessionNumber })}</Text>
          </Group>
        </Stack>
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">{t('monitoring.respond.intro')}</Text>
          <Text size="sm" mt={4}>
            {t('monitoring.respond.expires', { date: dateTime(form.expiresAt) })}
          </Text>
        </Alert>
        <AnsweredProgress answered={answered} total={total} />
        <FormAlert message={formError} />
        {form.items.map((item, index) => (
          <Paper key={item.id} withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <ItemField
              item={item}
              idBase={ID_BASE}
              index={index}
              total={total}
              value={answers.answers[item.id] ?? null}
              onChange={(v) => answers.setAnswer(item.id, v)}
              error={answers.errors[item.id]}
              guard={answers.guard}
              allowOverride={false}
              large
            />
          </Paper>
        ))}
        <Stack gap={4}>
          <PrivacyBlockedNote id="privacy-blokkade" unresolved={answers.guard.unresolved} />
          <SubmitButton loading={loading}>{t('monitoring.respond.submit')}</SubmitButton>
          <Text size="sm" c="gray.7" ta="center">
            {t('monitoring.respond.submitHint')}
          </Text>
        </Stack>
      </Stack>
    </form>
  );
}
