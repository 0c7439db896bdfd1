import { MultiSelect, Radio, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { ResearchThemesDocument, type CommunityVisibility, type JoinPolicy } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';

export interface CommunityFormValues {
  name: string;
  slug: string;
  description: string;
  guidelines: string;
  tags: string[];
  researchThemeCodes: string[];
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
}

export const EMPTY_COMMUNITY: CommunityFormValues = {
  name: '',
  slug: '',
  description: '',
  guidelines: '',
  tags: [],
  researchThemeCodes: [],
  visibility: 'PUBLIC',
  joinPolicy: 'OPEN',
};

export const COMMUNITY_FIELDS = [
  'name',
  'slug',
  'description',
  'guidelines',
  'tags',
  'researchThemeCodes',
  'visibility',
  'joinPolicy',
] as const satisfies readonly (keyof CommunityFormValues)[];

const VISIBILITIES: readonly CommunityVisibility[] = ['PUBLIC', 'PRIVATE'];
const JOIN_POLICIES: readonly JoinPolicy[] = ['OPEN', 'REQUEST', 'INVITE'];

// "Samen Werken aan Zorg!" → "samen-werken-aan-zorg"
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

interface CommunityFormFieldsProps {
  form: UseFormReturnType<CommunityFormValues>;
  withSlug: boolean;
  onSlugEdited?: () => void;
}

// The fields of a community, shared by "Nieuwe gemeenschap" and the settings tab.
export function CommunityFormFields({ form, withSlug, onSlugEdited }: CommunityFormFieldsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(ResearchThemesDocument);
  const themes = [...(data?.researchThemes ?? [])].sort((a, b) => a.position - b.position);
  const slugProps = form.getInputProps('slug');
  return (
    <Stack gap="md">
      <TextInput label={t('communityForm.name')} required {...form.getInputProps('name')} />
      {withSlug ? (
        <TextInput
          label={t('communityForm.slug')}
          description={t('communityForm.slugHint', { slug: form.getValues().slug || '…' })}
          required
          {...slugProps}
          onChange={(event) => {
            onSlugEdited?.();
            slugProps.onChange(event);
          }}
        />
      ) : null}
      <Textarea
        label={t('communityForm.description')}
        description={t('communityForm.markdownHint')}
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('description')}
      />
      <Textarea
        label={t('communityForm.guidelines')}
        description={t('communityForm.guidelinesHint')}
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('guidelines')}
      />
      <TagsInput
        label={t('communityForm.tags')}
        description={t('communityForm.tagsHint')}
        clearable
        {...form.getInputProps('tags')}
      />
      <MultiSelect
        label={t('communityForm.themes')}
        description={t('communityForm.themesHint')}
        data={themes.map((theme) => ({ value: theme.code, label: theme.name }))}
        searchable
        clearable
        {...form.getInputProps('researchThemeCodes')}
      />
      <Radio.Group label={t('communityForm.visibility')} required {...form.getInputProps('visibility')}>
        <Stack gap="xs" mt="xs">
          {VISIBILITIES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`communities.visibility.${value}`)}
              description={t(`communityForm.visibilityHint.${value}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group label={t('communityForm.joinPolicy')} required {...form.getInputProps('joinPolicy')}>
        <Stack gap="xs" mt="xs">
          {JOIN_POLICIES.map((value) => (
            <Radio key={value} value={value} label={t(`communities.joinPolicy.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
