import { NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  type EmailFrequency,
  type NotificationPreferencesQuery,
} from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../forms/useApiErrorMessage';
import { QueryErrorState } from '../pages/QueryErrorState';

const FREQUENCIES: EmailFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER'];
type Preference = NotificationPreferencesQuery['notificationPreferences'][number];

function PreferenceRow({ preference }: { preference: Preference }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [save] = useMutation(SetNotificationPreferenceDocument, {
    // The list has no ids to normalise by: put the answer into it.
    update: (cache, { data }) => {
      const saved = data?.setNotificationPreference;
      if (!saved) return;
      cache.updateQuery({ query: NotificationPreferencesDocument }, (current) =>
        current
          ? { notificationPreferences: current.notificationPreferences.map((p) => (p.communityId === saved.communityId ? { ...p, email: saved.email } : p)) }
          : current,
      );
    },
  });

  const change = async (email: EmailFrequency) => {
    setState('saving');
    setError(null);
    try {
      await save({ variables: { communityId: preference.communityId, email } });
      setState('saved');
    } catch (e) {
      setState('idle');
      setError(apiErrorMessage(e, t));
    }
  };

  return (
    <li>
      <NativeSelect
        label={preference.communityName}
        value={preference.email}
        data={FREQUENCIES.map((value) => ({ value, label: t(`account.notificationPrefs.options.${value}`) }))}
        error={error}
        disabled={state === 'saving'}
        onChange={(event) => void change(event.currentTarget.value as EmailFrequency)}
      />
      <Text size="sm" c="gray.7" role="status" mt={4}>
        {state === 'saving' ? t('account.notificationPrefs.saving') : state === 'saved' ? t('account.notificationPrefs.saved') : ''}
      </Text>
    </li>
  );
}

// Per community: how often e-mail about its notifications comes (direct, a daily or weekly digest, never).
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesDocument, { notifyOnNetworkStatusChange: true });
  const preferences = data?.notificationPreferences ?? [];

  let body;
  if (!data && loading) body = <LoadingState label={t('account.notificationPrefs.loading')} />;
  else if (!data) body = <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />;
  else if (preferences.length === 0) body = <Text c="gray.7">{t('account.notificationPrefs.empty')}</Text>;
  else {
    body = (
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('account.notificationPrefs.listLabel')}>
        {preferences.map((preference) => (
          <PreferenceRow key={preference.communityId} preference={preference} />
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="meldingen-per-mail">
      <Stack gap="sm">
        <Title order={2} size="h3" id="meldingen-per-mail">
          {t('account.notificationPrefs.title')}
        </Title>
        <Text>{t('account.notificationPrefs.text')}</Text>
        {body}
      </Stack>
    </Paper>
  );
}
