import { Button, Group, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { CreateCommunityDocument } from '@kennislijn/web-graphql';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../forms/FormAlert';
import { applyApiError } from '../../forms/applyApiError';
import { clearDraft, readDraft, useSessionDraft } from '../../forms/useSessionDraft';
import { isFilled } from '../../forms/validators';
import { Page } from '../../pages/Page';
import {
  COMMUNITY_FIELDS,
  CommunityFormFields,
  EMPTY_COMMUNITY,
  suggestSlug,
  type CommunityFormValues,
} from '../settings/CommunityFormFields';

const DRAFT_KEY = 'kennislijn.draft.community-create';
const NOTHING_OMITTED = [] as const;

export function CreateCommunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [createCommunity, { loading }] = useMutation(CreateCommunityDocument, {
    // The list must show the new community next time.
    update: (cache) => cache.evict({ fieldName: 'communities' }),
  });
  const initial = readDraft(DRAFT_KEY, EMPTY_COMMUNITY);
  // The slug follows the name until the person edits it (or a draft already has its own).
  const slugEdited = useRef(initial.slug !== '' && initial.slug !== suggestSlug(initial.name));
  const form = useForm<CommunityFormValues>({
    initialValues: initial,
    validateInputOnBlur: true,
    validate: {
      name: isFilled(t('validation.nameRequired')),
      slug: (value) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? null : t('validation.slugInvalid')),
    },
    onValuesChange: (values, previous) => {
      if (!slugEdited.current && values.name !== previous.name) form.setFieldValue('slug', suggestSlug(values.name));
    },
  });
  useSessionDraft(DRAFT_KEY, form, NOTHING_OMITTED);

  const handleSubmit = async (values: CommunityFormValues) => {
    setFormError(null);
    try {
      const { data } = await createCommunity({
        variables: {
          input: {
            ...values,
            name: values.name.trim(),
            description: values.description.trim(),
            guidelines: values.guidelines.trim(),
          },
        },
      });
      clearDraft(DRAFT_KEY);
      if (data) navigate(`/gemeenschappen/${data.createCommunity.slug}`);
    } catch (error) {
      setFormError(applyApiError(form, error, t, { fields: COMMUNITY_FIELDS, codeFields: { CONFLICT: 'slug' } }));
    }
  };

  return (
    <Page title={t('communities.create.title')} description={t('communities.create.intro')}>
      <Paper withBorder radius="md" p="lg" maw={720}>
        <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
          <Stack gap="lg">
            <FormAlert message={formError} />
            <CommunityFormFields form={form} withSlug onSlugEdited={() => (slugEdited.current = true)} />
            <Group gap="sm">
              <Button type="submit" loading={loading}>
                {t('communities.create.submit')}
              </Button>
              <Button variant="default" component={Link} to="/gemeenschappen">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
