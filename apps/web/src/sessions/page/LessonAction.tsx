import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreateKnowledgeItemDocument, LinkSessionLessonDocument, readApiError, readPrivacyFindings, type SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';

function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : '00000000-0000-4000-8000-000000000000';
}

// From a closed session's outcomes to a lesson learned in the knowledge base (its community, its cases),
// linked back to the session. A retry after a lost answer finds the same item (clientId).
export function LessonAction({ session, onLinked }: { session: SessionDetailFieldsFragment; onLinked: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState(() => t('sessions.lesson.defaultTitle', { title: session.title }));
  const [summary, setSummary] = useState(session.outcomes ?? '');
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clientId] = useState(newClientId);
  const [create] = useMutation(CreateKnowledgeItemDocument);
  const [link] = useMutation(LinkSessionLessonDocument);
  const guard = usePrivacyGuard({ fields: { title, summary }, overrides, onOverridesChange: setOverrides });

  if (session.lessonItemId) {
    return (
      <Group gap="xs">
        <IconBulb size={18} aria-hidden />
        <Anchor component={Link} to={`/kennisbank/${session.lessonItemId}`}>
          {t('sessions.lesson.view')}
        </Anchor>
      </Group>
    );
  }
  if (!session.viewerCan.moderate) return null;

  const submit = async () => {
    setError(null);
    const local: Record<string, string> = {};
    if (title.trim().length < 5) local['title'] = t('sessions.lesson.titleTooShort');
    if (summary.trim().length < 20) local['summary'] = t('sessions.lesson.summaryTooShort');
    setErrors(local);
    if (Object.keys(local).length || guard.countNow() > 0) return;
    setBusy(true);
    try {
      const { data } = await create({
        variables: {
          input: {
            type: 'LESSON_LEARNED',
            evidenceLevel: 'PRACTICE_BASED',
            communityId: session.communityId,
            caseIds: session.caseIds,
            title: title.trim(),
            summary: summary.trim(),
            clientId,
            privacyOverrides: overrides.map(({ kind, text, reason }) => ({ kind, text, reason })),
          },
        },
      });
      const itemId = data?.createKnowledgeItem.id;
      if (!itemId) return;
      await link({ variables: { id: session.id, knowledgeItemId: itemId } });
      setOpened(false);
      onLinked();
    } catch (e) {
      const findings = readPrivacyFindings(e);
      if (findings.length) {
        guard.setServerFindings(findings);
        setError(t('privacy.serverFound'));
        return;
      }
      const fields = readApiError(e).fieldErrors;
      const placed = Object.fromEntries(Object.entries(fields).filter(([f]) => f === 'title' || f === 'summary'));
      if (Object.keys(placed).length) setErrors(placed);
      else setError(apiErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="light"
        leftSection={<IconBulb size={18} aria-hidden />}
        onClick={() => {
          // Prefilled when opened: the outcomes may have arrived after this button first showed.
          if (!summary.trim()) setSummary(session.outcomes ?? '');
          setOpened(true);
        }}
      >
        {t('sessions.lesson.make')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('sessions.lesson.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('sessions.lesson.intro')}</Text>
          <PrivacyTextField guard={guard} field="title" id="les-titel" label={t('sessions.lesson.itemTitle')} required singleLine value={title} error={errors['title']} onChange={setTitle} />
          <PrivacyTextField
            guard={guard}
            field="summary"
            id="les-samenvatting"
            label={t('sessions.lesson.summary')}
            description={t('sessions.lesson.summaryHint')}
            required
            minRows={5}
            value={summary}
            error={errors['summary']}
            onChange={setSummary}
          />
          <FormAlert message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={busy} disabled={guard.unresolved > 0} onClick={() => void submit()}>
              {t('sessions.lesson.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
