import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { validateDefinition } from '@kennislijn/shared-instruments';
import { InstrumentDiffDocument, PublishInstrumentDocument, readPrivacyFindings, type InstrumentDetailFieldsFragment } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { toDefinition } from '../common/definition';
import { errorLocation } from '../common/error-location';
import { errorMap, readConflict, readConflictDraftRev, readFieldErrors } from '../common/errors';
import { useLanguage } from '../common/labels';
import { DiffList } from '../versions/DiffList';
import type { ChangeInput } from '../versions/diff-text';

interface PublishDialogProps {
  instrument: InstrumentDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onPublished: (number: number) => void;
  /** Read the instrument again (after the draft turned out to have changed). */
  onStale: () => void;
}

const MIN_CHANGELOG = 3;

interface Review {
  /** The draft revision the shown differences belong to: what publishing will freeze. */
  rev: number;
  changes: ChangeInput[];
}

// Publishing: what changed since the latest version, a changelog, and the draft revision that was
// reviewed. If someone changed the draft meanwhile, the API refuses and the overview is renewed.
export function PublishDialog({ instrument, opened, onClose, onPublished, onStale }: PublishDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const apollo = useApolloClient();
  const [review, setReview] = useState<Review | null>(null);
  const [reviewError, setReviewError] = useState<unknown>(null);
  const [changelog, setChangelog] = useState('');
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [reload, setReload] = useState(0);
  // The revision the API reported with a CONFLICT: newer than what this page has read so far.
  const [knownRev, setKnownRev] = useState(0);
  const guard = usePrivacyGuard({ fields: { changelog }, overrides, onOverridesChange: setOverrides });
  const [publish, { loading }] = useMutation(PublishInstrumentDocument);
  const next = instrument.latestVersion + 1;
  const draftRev = Math.max(instrument.draftRev, knownRev);

  // The overview is read for the draft as it is now, and again whenever the draft changes.
  useEffect(() => {
    if (!opened) return undefined;
    let current = true;
    const rev = draftRev;
    apollo
      .query({ query: InstrumentDiffDocument, variables: { instrumentId: instrument.id, from: instrument.latestVersion, to: null }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!current || !data) return;
        setReview({ rev, changes: data.instrumentDiff });
        setReviewError(null);
      })
      .catch((e: unknown) => current && setReviewError(e));
    return () => {
      current = false;
    };
  }, [apollo, opened, instrument.id, instrument.latestVersion, draftRev, reload]);

  const definition = useMemo(() => (instrument.draft ? toDefinition(instrument.draft) : null), [instrument.draft]);
  const localErrors = useMemo(() => (definition ? errorMap(validateDefinition(definition, { forPublish: true }), t, language) : {}), [definition, t, language]);
  const problems = Object.keys(serverErrors).length > 0 ? serverErrors : localErrors;
  const subscaleNames = Object.fromEntries((definition?.subscales ?? []).map((s) => [s.id, s.name]));
  const nothing = review !== null && review.changes.length === 0 && instrument.latestVersion > 0;

  const close = () => {
    setFormError(null);
    setNotice(null);
    setServerErrors({});
    onClose();
  };

  const submit = async () => {
    setFormError(null);
    setNotice(null);
    if (!review) return;
    if (changelog.trim().length < MIN_CHANGELOG) {
      setFieldError(t('instruments.publish.changelogRequired'));
      return;
    }
    if (guard.countNow() > 0 || Object.keys(localErrors).length > 0) return;
    try {
      const { data } = await publish({ variables: { id: instrument.id, changelog: changelog.trim(), expectedDraftRev: review.rev, privacyOverrides: overrides } });
      const number = data?.publishInstrument.number ?? next;
      notifySuccess(t('instruments.publish.done', { number }));
      setChangelog('');
      close();
      onPublished(number);
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const conflict = readConflict(error);
      if (conflict) {
        // Someone changed the draft after this overview was read: show the new one.
        setNotice(conflict);
        setReview(null);
        setKnownRev(readConflictDraftRev(error) ?? 0);
        setReload((n) => n + 1);
        onStale();
        return;
      }
      const fields = readFieldErrors(error);
      if (fields['changelog']) setFieldError(fields['changelog']);
      const rest = Object.fromEntries(Object.entries(fields).filter(([f]) => f !== 'changelog'));
      if (Object.keys(rest).length > 0) setServerErrors(rest);
      else if (!fields['changelog']) setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('instruments.publish.title', { number: next })} centered size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {notice ? (
            <Alert color="orange" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />} styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}>
              <Text size="sm" c="gray.9">
                {notice}
              </Text>
            </Alert>
          ) : null}
          <FormAlert message={formError ?? (reviewError ? apiErrorMessage(reviewError, t) : null)} />
          <Title order={2} size="h5">
            {instrument.latestVersion > 0 ? t('instruments.publish.intro', { latest: instrument.latestVersion }) : t('instruments.publish.introFirst')}
          </Title>
          {review ? (
            <div className="kl-publish-diff" data-rev={review.rev}>
              <DiffList changes={review.changes} subscaleNames={subscaleNames} label={t('instruments.publish.title', { number: next })} />
            </div>
          ) : (
            <LoadingState label={t('instruments.publish.loading')} />
          )}
          {nothing ? (
            <Text size="sm" fw={600}>
              {t('instruments.publish.nothing', { latest: instrument.latestVersion })}
            </Text>
          ) : null}
          {Object.keys(problems).length > 0 && definition ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('instruments.publish.notReady')}>
              <List size="sm" spacing={2}>
                {Object.entries(problems).map(([field, message]) => (
                  <List.Item key={field}>
                    {errorLocation(field, definition, t)}: {message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <PrivacyTextField
            guard={guard}
            field="changelog"
            id="publiceren-wijzigingen"
            label={t('instruments.publish.changelog')}
            description={t('instruments.publish.changelogHint')}
            required
            value={changelog}
            error={fieldError}
            minRows={3}
            onChange={(value) => {
              setChangelog(value);
              setFieldError(null);
            }}
          />
          <PrivacyBlockedNote id="publiceren-blokkade" unresolved={guard.unresolved} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={loading}
              disabled={!review || nothing || guard.unresolved > 0 || Object.keys(localErrors).length > 0}
              aria-describedby="publiceren-blokkade"
            >
              {t('instruments.publish.submit', { number: next })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
