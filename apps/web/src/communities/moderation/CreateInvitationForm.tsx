import { Alert, Button, CopyButton, Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreateInvitationDocument, readApiError, type CommunityPermissionsFieldsFragment } from '@kennislijn/web-graphql';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { isEmail } from '../../forms/validators';

type Kind = 'JOIN_LINK' | 'JOIN_EMAIL' | 'REQUEST_LINK';

interface Created {
  url: string;
  email: string | null;
}

// The API may answer with a path or a full address; people copy a full one.
function absoluteUrl(url: string): string {
  return url.startsWith('/') ? `${window.location.origin}${url}` : url;
}

function CreatedInvitation({ created }: { created: Created }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" icon={<IconKey aria-hidden />} title={t('moderation.invitations.createdTitle')} role="status">
      <Stack gap="sm">
        {created.email ? <Text size="sm">{t('moderation.invitations.emailSent', { email: created.email })}</Text> : null}
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label={t('moderation.invitations.link')}
            value={created.url}
            readOnly
            style={{ flex: '1 1 260px' }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={created.url}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? t('moderation.invitations.copied') : t('moderation.invitations.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={600}>
          {t('moderation.invitations.onceNote')}
        </Text>
      </Stack>
    </Alert>
  );
}

export function CreateInvitationForm({ communityId, can }: { communityId: string; can: CommunityPermissionsFieldsFragment }) {
  const { t } = useTranslation();
  const kinds: Kind[] = [...(can.invite ? (['JOIN_LINK', 'JOIN_EMAIL'] as const) : []), ...(can.createRequestLink ? (['REQUEST_LINK'] as const) : [])];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'REQUEST_LINK');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState<number>(7);
  const [errors, setErrors] = useState<{ email?: string; expiresInDays?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [createInvitation, { loading }] = useMutation(CreateInvitationDocument, { refetchQueries: ['CommunityInvitations'] });

  const submit = async () => {
    setFormError(null);
    setCreated(null);
    const emailError = kind === 'JOIN_EMAIL' ? isEmail(t)(email) : null;
    if (emailError) {
      setErrors({ email: emailError });
      return;
    }
    setErrors({});
    try {
      const { data } = await createInvitation({
        variables: {
          communityId,
          mode: kind === 'REQUEST_LINK' ? 'REQUEST' : 'JOIN',
          email: kind === 'JOIN_EMAIL' ? email.trim() : undefined,
          expiresInDays: days,
        },
      });
      if (data) setCreated({ url: absoluteUrl(data.createInvitation.url), email: kind === 'JOIN_EMAIL' ? email.trim() : null });
      setEmail('');
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.fieldErrors['email'] || apiError.fieldErrors['expiresInDays']) {
        setErrors({ email: apiError.fieldErrors['email'], expiresInDays: apiError.fieldErrors['expiresInDays'] });
      } else {
        setFormError(apiErrorMessage(error, t));
      }
    }
  };

  return (
    <Stack gap="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <FormAlert message={formError} />
          <Radio.Group label={t('moderation.invitations.kind')} value={kind} onChange={(value) => setKind(value as Kind)}>
            <Stack gap="xs" mt="xs">
              {kinds.map((value) => (
                <Radio key={value} value={value} label={t(`moderation.invitations.kinds.${value}`)} description={t(`moderation.invitations.kindHints.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {kind === 'JOIN_EMAIL' ? (
            <TextInput
              label={t('moderation.invitations.email')}
              type="email"
              required
              value={email}
              error={errors.email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              maw={420}
            />
          ) : null}
          <NumberInput
            label={t('moderation.invitations.expiresInDays')}
            min={1}
            max={90}
            value={days}
            error={errors.expiresInDays}
            onChange={(value) => setDays(typeof value === 'number' ? value : Number(value) || 7)}
            maw={200}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('moderation.invitations.create')}
          </Button>
        </Stack>
      </form>
      {created ? <CreatedInvitation created={created} /> : null}
    </Stack>
  );
}
