import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import {
  ArchiveCommunityDocument,
  UnarchiveCommunityDocument,
  UpdateCommunityDocument,
  type CommunityDetailFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { applyApiError } from '../../forms/applyApiError';
import { isFilled } from '../../forms/validators';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { notifySuccess } from '../common/notify';
import { COMMUNITY_FIELDS, CommunityFormFields, type CommunityFormValues } from './CommunityFormFields';

function ArchiveSection({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [archive] = useMutation(ArchiveCommunityDocument, { update: (cache) => cache.evict({ fieldName: 'communities' }) });
  const [unarchive] = useMutation(UnarchiveCommunityDocument, { update: (cache) => cache.evict({ fieldName: 'communities' }) });
  const archived = Boolean(community.archivedAt);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="archiveren">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="archiveren">
          {archived ? t('settings.unarchiveTitle') : t('settings.archiveTitle')}
        </Title>
        <Text>{archived ? t('settings.unarchiveText') : t('settings.archiveText')}</Text>
        <Button variant="outline" color={archived ? undefined : 'red'} onClick={() => setConfirming(true)}>
          {archived ? t('settings.unarchive') : t('settings.archive')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={archived ? t('settings.unarchiveTitle') : t('settings.archiveTitle')}
        message={archived ? t('settings.unarchiveConfirm', { name: community.name }) : t('settings.archiveConfirm', { name: community.name })}
        confirmLabel={archived ? t('settings.unarchive') : t('settings.archive')}
        danger={!archived}
        onConfirm={async () => {
          if (archived) await unarchive({ variables: { id: community.id } });
          else await archive({ variables: { id: community.id } });
          notifySuccess(archived ? t('settings.unarchived') : t('settings.archived'));
        }}
      />
    </Paper>
  );
}

export function SettingsTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateCommunityDocument, {
    update: (cache) => cache.evict({ fieldName: 'communities' }),
  });
  const form = useForm<CommunityFormValues>({
    initialValues: {
      name: community.name,
      slug: community.slug,
      description: community.description,
      guidelines: community.guidelines,
      tags: [...community.tags],
      researchThemeCodes: community.researchThemes.map((theme) => theme.code),
      visibility: community.visibility,
      joinPolicy: community.joinPolicy,
    },
    validateInputOnBlur: true,
    validate: { name: isFilled(t('validation.nameRequired')) },
    onValuesChange: () => setSaved(false),
  });

  const handleSubmit = async ({ slug: _slug, ...values }: CommunityFormValues) => {
    setFormError(null);
    setSaved(false);
    try {
      await update({ variables: { id: community.id, input: { ...values, name: values.name.trim() } } });
      form.resetDirty();
      setSaved(true);
    } catch (error) {
      setFormError(applyApiError(form, error, t, { fields: COMMUNITY_FIELDS }));
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="instellingen-gegevens">
        <Title order={2} size="h3" id="instellingen-gegevens" mb="md">
          {t('settings.title')}
        </Title>
        <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
          <Stack gap="lg">
            <FormAlert message={formError} />
            <CommunityFormFields form={form} withSlug={false} />
            {saved ? (
              <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
                {t('settings.saved')}
              </Alert>
            ) : null}
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('settings.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {community.viewerCan.archive ? <ArchiveSection community={community} /> : null}
    </Stack>
  );
}
