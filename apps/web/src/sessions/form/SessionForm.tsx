import { Alert, Button, Divider, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { isAmbiguousLocalTime } from '@kennislijn/shared-sessions';
import { readApiError, readPrivacyFindings, SessionLinkOptionsDocument, SessionMethodsDocument } from '@kennislijn/web-graphql';
import { IconClock, IconDeviceFloppy, IconShieldLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { clearDraft, readDraft, useSessionDraft } from '../../forms/useSessionDraft';
import { PrivacyBlockedNote, PrivacyTextField } from '../../privacy/PrivacyTextField';
import { usePrivacyGuard } from '../../privacy/usePrivacyGuard';
import { MethodPreview } from './MethodPreview';
import { formFieldOf, FREE_THEME, guardedTexts, sessionValidators, type SessionFormValues } from './session-form-values';

export interface CommunityOption {
  id: string;
  name: string;
}

interface SessionFormProps {
  draftKey: string;
  initial: SessionFormValues;
  themes: { code: string; name: string }[];
  /** Create: the communities the viewer moderates. Edit: none (the community is fixed). */
  communities?: CommunityOption[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: SessionFormValues) => Promise<void>;
}

const NOTHING_OMITTED = [] as const;
const BLOCKED_NOTE = 'sessie-blokkade';

function focusFirstInvalid(form: HTMLFormElement | null) {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

// Plan or edit a session: what, when (Dutch time), where, how many places, the discussion method and
// what it is about (cases, knowledge, instruments). What is typed stays across a reload.
export function SessionForm({ draftKey, initial, themes, communities, submitLabel, cancelTo, onSubmit }: SessionFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const creating = Boolean(communities);
  const form = useForm<SessionFormValues>({ initialValues: readDraft(draftKey, initial), validate: sessionValidators(t, { creating }) });
  useSessionDraft(draftKey, form, NOTHING_OMITTED);
  const values = form.getValues();
  const guard = usePrivacyGuard({
    fields: guardedTexts(values),
    overrides: values.privacyOverrides,
    onOverridesChange: (overrides) => form.setFieldValue('privacyOverrides', overrides),
  });
  const communityId = values.communityId;
  const methods = useQuery(SessionMethodsDocument, { variables: { communityId }, skip: !communityId, fetchPolicy: 'cache-and-network' });
  const links = useQuery(SessionLinkOptionsDocument, { variables: { communityId }, skip: !communityId, fetchPolicy: 'cache-and-network' });
  const method = methods.data?.sessionMethods.find((m) => m.id === values.methodId);

  const submit = async (submitted: SessionFormValues) => {
    setFormError(null);
    if (guard.countNow() > 0) return;
    setBusy(true);
    try {
      await onSubmit(submitted);
      clearDraft(draftKey);
    } catch (error) {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        setFormError(t('privacy.serverFound'));
        return;
      }
      const apiError = readApiError(error, { keepPaths: true });
      const placed: Record<string, string> = {};
      const unplaced: string[] = [];
      for (const [field, message] of Object.entries(apiError.fieldErrors)) {
        const name = formFieldOf(field);
        if (name) placed[name] ??= message;
        else unplaced.push(message);
      }
      if (Object.keys(placed).length > 0) {
        form.setErrors(placed);
        setFormError(unplaced.length ? unplaced.join(' ') : t('sessions.form.fixFields'));
        focusFirstInvalid(formRef.current);
      } else {
        setFormError(apiErrorMessage(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const changeCommunity = (id: string) => {
    // Links and a community's own method belong to one community.
    form.setValues({ communityId: id, caseIds: [], knowledgeIds: [], instrumentIds: [], methodId: '' });
  };
  const ambiguous = (date: string, time: string) => {
    try {
      return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) && isAmbiguousLocalTime(date, time);
    } catch {
      return false;
    }
  };
  const linkData = links.data;
  const caseOptions = (linkData?.cases.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }));
  const knowledgeOptions = [...(linkData?.communityKnowledge ?? []), ...(linkData?.siteKnowledge ?? [])].map((k) => ({ value: k.id, label: k.title }));
  const instrumentOptions = (linkData?.instruments ?? []).filter((i) => i.latestVersion > 0).map((i) => ({ value: i.id, label: i.title }));
  const shipped = (methods.data?.sessionMethods ?? []).filter((m) => !m.communityId);
  const own = (methods.data?.sessionMethods ?? []).filter((m) => m.communityId);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={860}>
      <form ref={formRef} onSubmit={form.onSubmit((v) => void submit(v), () => focusFirstInvalid(formRef.current))} noValidate>
        <Stack gap="lg">
          <Alert variant="light" color="indigo" icon={<IconShieldLock aria-hidden />} title={t('sessions.form.privacyTitle')}>
            {t('sessions.form.privacyIntro')}
          </Alert>
          {communities ? (
            <NativeSelect
              id="sessie-gemeenschap"
              label={t('sessions.form.community')}
              required
              data={[{ value: '', label: t('sessions.form.chooseCommunity') }, ...communities.map((c) => ({ value: c.id, label: c.name }))]}
              {...form.getInputProps('communityId')}
              onChange={(e) => changeCommunity(e.currentTarget.value)}
            />
          ) : null}
          <PrivacyTextField
            guard={guard}
            field="title"
            id="sessie-titel"
            label={t('sessions.form.title')}
            required
            singleLine
            value={values.title}
            error={form.errors['title']}
            onChange={(value) => form.setFieldValue('title', value)}
            onBlur={() => form.validateField('title')}
          />
          <NativeSelect
            id="sessie-thema"
            label={t('sessions.form.theme')}
            description={t('sessions.form.themeHint')}
            data={[
              { value: '', label: t('sessions.form.noTheme') },
              { group: t('sessions.form.agendaThemes'), items: themes.map((th) => ({ value: th.code, label: th.name })) },
              { value: FREE_THEME, label: t('sessions.form.freeTheme') },
            ]}
            {...form.getInputProps('theme')}
          />
          {values.theme === FREE_THEME ? (
            <PrivacyTextField
              guard={guard}
              field="themeText"
              id="sessie-eigen-thema"
              label={t('sessions.form.themeText')}
              required
              singleLine
              value={values.themeText}
              error={form.errors['themeText']}
              onChange={(value) => form.setFieldValue('themeText', value)}
            />
          ) : null}
          <PrivacyTextField
            guard={guard}
            field="description"
            id="sessie-beschrijving"
            label={t('sessions.form.description')}
            description={t('sessions.form.descriptionHint')}
            minRows={4}
            value={values.description}
            error={form.errors['description']}
            onChange={(value) => form.setFieldValue('description', value)}
          />

          <Divider />
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('sessions.form.whenSection')}
            </Title>
            <Group gap={6} wrap="nowrap">
              <IconClock size={16} aria-hidden />
              <Text size="sm" c="gray.7" id="sessie-tijdzone">
                {t('sessions.form.dutchTime')}
              </Text>
            </Group>
          </Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              id="sessie-begindatum"
              type="date"
              label={t('sessions.form.startDate')}
              required
              aria-describedby="sessie-tijdzone"
              {...form.getInputProps('startDate')}
              onChange={(e) => {
                const date = e.currentTarget.value;
                form.setFieldValue('startDate', date);
                if (!form.getValues().endDate) form.setFieldValue('endDate', date);
              }}
            />
            <TextInput id="sessie-begintijd" type="time" label={t('sessions.form.startTime')} required aria-describedby="sessie-tijdzone" {...form.getInputProps('startTime')} />
            <TextInput id="sessie-einddatum" type="date" label={t('sessions.form.endDate')} required aria-describedby="sessie-tijdzone" {...form.getInputProps('endDate')} />
            <TextInput id="sessie-eindtijd" type="time" label={t('sessions.form.endTime')} required aria-describedby="sessie-tijdzone" {...form.getInputProps('endTime')} />
          </SimpleGrid>
          {ambiguous(values.startDate, values.startTime) || ambiguous(values.endDate, values.endTime) ? (
            <Alert variant="light" color="yellow" role="status">
              {t('sessions.form.ambiguous')}
            </Alert>
          ) : null}

          <Divider />
          <Title order={2} size="h4">
            {t('sessions.form.whereSection')}
          </Title>
          <PrivacyTextField
            guard={guard}
            field="location"
            id="sessie-locatie"
            label={t('sessions.form.location')}
            description={t('sessions.form.locationHint')}
            singleLine
            value={values.location}
            error={form.errors['location']}
            onChange={(value) => form.setFieldValue('location', value)}
          />
          <TextInput id="sessie-online" type="url" label={t('sessions.form.onlineUrl')} description={t('sessions.form.onlineUrlHint')} {...form.getInputProps('onlineUrl')} />
          <TextInput
            id="sessie-plaatsen"
            inputMode="numeric"
            label={t('sessions.form.capacity')}
            description={t('sessions.form.capacityHint')}
            maw={260}
            {...form.getInputProps('capacity')}
          />

          <Divider />
          <Title order={2} size="h4">
            {t('sessions.form.methodSection')}
          </Title>
          <NativeSelect
            id="sessie-methode"
            label={t('sessions.form.method')}
            description={communityId ? t('sessions.form.methodHint') : t('sessions.form.chooseCommunityFirst')}
            disabled={!communityId}
            data={[
              { value: '', label: t('sessions.form.noMethod') },
              { group: t('sessions.form.shippedMethods'), items: shipped.map((m) => ({ value: m.id, label: m.name })) },
              ...(own.length ? [{ group: t('sessions.form.ownMethods'), items: own.map((m) => ({ value: m.id, label: m.name })) }] : []),
            ]}
            {...form.getInputProps('methodId')}
          />
          {method ? <MethodPreview method={method} /> : null}

          <Divider />
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('sessions.form.linksSection')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('sessions.form.linksIntro')}
            </Text>
          </Stack>
          <MultiSelect
            id="sessie-casussen"
            label={t('sessions.form.cases')}
            searchable
            clearable
            hidePickedOptions
            disabled={!communityId}
            data={caseOptions}
            nothingFoundMessage={t('sessions.form.nothingFound')}
            {...form.getInputProps('caseIds')}
          />
          <MultiSelect
            id="sessie-kennis"
            label={t('sessions.form.knowledge')}
            searchable
            clearable
            hidePickedOptions
            disabled={!communityId}
            data={knowledgeOptions}
            nothingFoundMessage={t('sessions.form.nothingFound')}
            {...form.getInputProps('knowledgeIds')}
          />
          <MultiSelect
            id="sessie-instrumenten"
            label={t('sessions.form.instruments')}
            searchable
            clearable
            hidePickedOptions
            disabled={!communityId}
            data={instrumentOptions}
            nothingFoundMessage={t('sessions.form.nothingFound')}
            {...form.getInputProps('instrumentIds')}
          />

          <Stack gap="xs">
            <FormAlert message={formError} />
            <PrivacyBlockedNote id={BLOCKED_NOTE} unresolved={guard.unresolved} />
            <Group gap="sm">
              <Button type="submit" loading={busy} disabled={guard.unresolved > 0} aria-describedby={BLOCKED_NOTE}>
                {submitLabel}
              </Button>
              <Button variant="default" component={Link} to={cancelTo}>
                {t('common.cancel')}
              </Button>
            </Group>
            <Group gap={6} wrap="nowrap">
              <IconDeviceFloppy size={16} aria-hidden />
              <Text size="sm" c="gray.7">
                {t('sessions.form.draftKept')}
              </Text>
            </Group>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
