import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '@kennislijn/web-auth';
import { InvitationPreviewDocument, hasErrorCode } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Page } from '../pages/Page';
import { QueryErrorState } from '../pages/QueryErrorState';
import { JoinPolicyText, VisibilityBadge } from '../communities/common/labels';
import { useFormat } from '../communities/common/useFormat';
import { InvitationActions } from './InvitationActions';

// Works signed out too: the preview is public; accepting asks to sign in and comes back here.
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const location = useLocation();
  const { status } = useAuth();
  const { date } = useFormat();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const preview = data?.invitation;

  if (error && hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <Page title={t('invitation.title')}>
        <EmptyState
          icon={<IconMailOff size={30} aria-hidden />}
          title={t('invitation.invalidTitle')}
          description={t('invitation.invalidText')}
          action={
            <Button component={Link} to={status === 'signedIn' ? '/gemeenschappen' : '/inloggen'}>
              {status === 'signedIn' ? t('invitation.toCommunities') : t('shell.signIn')}
            </Button>
          }
        />
      </Page>
    );
  }
  if (!preview) {
    return (
      <Page title={t('invitation.title')}>
        {loading || !error ? (
          <LoadingState label={t('invitation.loading')} />
        ) : (
          <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
        )}
      </Page>
    );
  }

  const from = { from: { pathname: location.pathname, search: location.search } };
  return (
    <Page title={t('invitation.title')} description={t(`invitation.intro.${preview.mode}`)}>
      <Paper withBorder radius="md" p="lg" maw={720}>
        <Stack gap="md">
          <Stack gap="xs">
            <Title order={2} size="h3">
              {preview.communityName}
            </Title>
            <Group gap="md" wrap="wrap">
              <VisibilityBadge visibility={preview.visibility} />
              <JoinPolicyText joinPolicy={preview.joinPolicy} />
            </Group>
          </Stack>
          {/* Sanitised by the server. */}
          <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: preview.communityDescriptionHtml }} />
          <Text size="sm" c="gray.7">
            {t('invitation.validUntil', { date: date(preview.expiresAt) })}
          </Text>
          {status === 'signedIn' ? (
            <InvitationActions token={token} preview={preview} />
          ) : status === 'signedOut' ? (
            <Stack gap="sm">
              <Text>{t('invitation.signInFirst')}</Text>
              <Group gap="sm">
                <Button component={Link} to="/inloggen" state={from}>
                  {t('invitation.signIn')}
                </Button>
                <Button component={Link} to="/aanmelden" state={from} variant="default">
                  {t('invitation.signUp')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <LoadingState label={t('common.loading')} />
          )}
        </Stack>
      </Paper>
    </Page>
  );
}
