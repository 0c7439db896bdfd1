import { Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ResearchThemesDocument } from '@kennislijn/web-graphql';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface CommunityFilterValues {
  search: string;
  tag: string;
  theme: string;
  mine: boolean;
}

interface CommunityFiltersProps {
  values: CommunityFilterValues;
  onChange: (next: Partial<CommunityFilterValues>) => void;
}

export function CommunityFilters({ values, onChange }: CommunityFiltersProps) {
  const { t } = useTranslation();
  // Without the theme list the other filters still work; the select then offers "all themes" only.
  const { data } = useQuery(ResearchThemesDocument);
  const themes = [...(data?.researchThemes ?? [])].sort((a, b) => a.position - b.position);
  return (
    <Group component="search" align="flex-end" gap="md" wrap="wrap" mb="lg" aria-label={t('communities.filters.label')}>
      <TextInput
        label={t('communities.filters.search')}
        placeholder={t('communities.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={values.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        type="search"
        w={{ base: '100%', sm: 260 }}
      />
      <TextInput
        label={t('communities.filters.tag')}
        placeholder={t('communities.filters.tagPlaceholder')}
        value={values.tag}
        onChange={(event) => onChange({ tag: event.currentTarget.value })}
        w={{ base: '100%', sm: 180 }}
      />
      <NativeSelect
        label={t('communities.filters.theme')}
        value={values.theme}
        onChange={(event) => onChange({ theme: event.currentTarget.value })}
        data={[
          { value: '', label: t('communities.filters.allThemes') },
          ...themes.map((theme) => ({ value: theme.code, label: theme.name })),
        ]}
        w={{ base: '100%', sm: 240 }}
      />
      <Switch
        label={t('communities.filters.mine')}
        checked={values.mine}
        onChange={(event) => onChange({ mine: event.currentTarget.checked })}
        size="md"
        pb={8}
      />
    </Group>
  );
}
