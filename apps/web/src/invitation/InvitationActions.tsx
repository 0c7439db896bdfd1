import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { AcceptInvitationDocument, type InvitationPreviewQuery } from '@kennislijn/web-graphql';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../forms/FormAlert';
import { apiErrorMessage } from '../forms/useApiErrorMessage';

type Preview = InvitationPreviewQuery['invitation'];

function Done({ text, slug, linkLabel }: { text: string; slug?: string; linkLabel?: string }) {
  return (
    <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
      <Stack gap="sm" align="flex-start">
        <Text>{text}</Text>
        {slug && linkLabel ? (
          <Button component={Link} to={`/gemeenschappen/${slug}`}>
            {linkLabel}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

// For a signed-in viewer: accept a JOIN invitation, or send a join request with a REQUEST link.
export function InvitationActions({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [accept, { loading }] = useMutation(AcceptInvitationDocument, {
    update: (cache) => cache.evict({ fieldName: 'communities' }),
  });
  const slug = preview.communitySlug;
  const toCommunity = t('invitation.toCommunity');

  if (outcome === 'REQUESTED') return <Done text={t('invitation.requested')} />;
  if (outcome === 'JOINED') return <Done text={t('invitation.joined', { name: preview.communityName })} slug={slug} linkLabel={toCommunity} />;
  if (outcome === 'ALREADY_MEMBER' || preview.viewerStatus === 'MEMBER') {
    return <Done text={t('invitation.alreadyMember')} slug={slug} linkLabel={toCommunity} />;
  }
  if (preview.viewerStatus === 'PENDING') return <Text>{t('invitation.pending')}</Text>;
  if (preview.viewerStatus === 'BANNED') return <Text>{t('invitation.banned')}</Text>;

  const submit = async () => {
    setError(null);
    try {
      const { data } = await accept({
        variables: { token, message: preview.mode === 'REQUEST' && message.trim() ? message.trim() : undefined },
      });
      if (data) setOutcome(data.acceptInvitation.outcome);
    } catch (e) {
      setError(apiErrorMessage(e, t));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <FormAlert message={error} />
        {preview.mode === 'REQUEST' ? (
          <>
            <Text>{t('invitation.requestIntro')}</Text>
            <Textarea
              label={t('invitation.message')}
              description={t('invitation.messageHint')}
              autosize
              minRows={3}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
          </>
        ) : (
          <Text>{t('invitation.joinIntro')}</Text>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {preview.mode === 'REQUEST' ? t('invitation.sendRequest') : t('invitation.accept')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
