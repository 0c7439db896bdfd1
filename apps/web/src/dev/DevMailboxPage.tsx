import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { DevMailboxDocument, hasErrorCode } from '@kennislijn/web-graphql';
import { EmptyState } from '@kennislijn/web-ui';
import { IconMail, IconMailOff } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../communities/common/AsyncSection';
import { useFormat } from '../communities/common/useFormat';
import { Page } from '../pages/Page';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

// Plain text with its web addresses as links (text only; no HTML from the mail is rendered).
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={part} style={{ wordBreak: 'break-all' }}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

// Development only: the mails the platform would have sent (the API answers NOT_FOUND elsewhere).
export function DevMailboxPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { data, loading, error, refetch } = useQuery(DevMailboxDocument, {
    variables: { first: 50 },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  if (error && hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <Page title={t('devMailbox.title')}>
        <EmptyState icon={<IconMailOff size={30} aria-hidden />} title={t('devMailbox.offTitle')} description={t('devMailbox.offText')} />
      </Page>
    );
  }
  const mails = data?.devMailbox;
  return (
    <Page title={t('devMailbox.title')} description={t('devMailbox.intro')}>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(mails)}
        isEmpty={mails?.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('devMailbox.loading')}
        emptyIcon={<IconMail size={30} aria-hidden />}
        emptyTitle={t('devMailbox.emptyTitle')}
        emptyText={t('devMailbox.emptyText')}
      >
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('devMailbox.title')}>
          {mails?.map((mail) => (
            <Paper component="li" key={mail.id} withBorder radius="md" p="md">
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Title order={2} size="h4">
                    {mail.subject}
                  </Title>
                  <Badge variant="light" color="gray" c="gray.8">
                    {mail.status}
                  </Badge>
                </Group>
                <Text size="sm" c="gray.7">
                  {t('devMailbox.to', { to: mail.to })} · <time dateTime={mail.createdAt}>{dateTime(mail.createdAt)}</time>
                </Text>
                <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Linkified text={mail.text} />
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </AsyncSection>
    </Page>
  );
}
