import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import type { KnowledgeFormValues } from './knowledge-form-values';

interface CitationFieldsProps {
  form: UseFormReturnType<KnowledgeFormValues>;
  guard: PrivacyGuard;
}

const MAX_AUTHORS = 50;

// The source: authors one per line (names contain commas, so no comma-separated list), year, title,
// journal or publisher, volume, issue, pages, DOI and web address. The API checks the DOI and the URL.
export function CitationFields({ form, guard }: CitationFieldsProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const authors = values.citation.authors;
  const authorsError = form.errors['citation.authors'];

  return (
    <Stack gap="md">
      <Switch
        label={t('knowledge.form.hasCitation')}
        description={t('knowledge.form.hasCitationHint')}
        {...form.getInputProps('hasCitation', { type: 'checkbox' })}
      />
      {values.hasCitation ? (
        <Stack gap="md">
          <Fieldset legend={t('knowledge.form.authors')} variant="unstyled" className="kl-fieldset">
            <Text size="sm" c="gray.7" mb="xs" id="bron-auteurs-uitleg">
              {t('knowledge.form.authorsHint')}
            </Text>
            <Stack gap="xs">
              {authors.map((_, index) => (
                <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    id={`bron-auteur-${index + 1}`}
                    label={t('knowledge.form.authorLabel', { number: index + 1 })}
                    placeholder={index === 0 ? t('knowledge.form.authorPlaceholder') : undefined}
                    aria-describedby="bron-auteurs-uitleg"
                    style={{ flex: 1 }}
                    {...form.getInputProps(`citation.authors.${index}`)}
                    error={index === 0 ? authorsError : undefined}
                    required={index === 0}
                  />
                  {authors.length > 1 ? (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      mt={30}
                      aria-label={t('knowledge.form.removeAuthor', { number: index + 1 })}
                      onClick={() => form.removeListItem('citation.authors', index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
              {authors.length < MAX_AUTHORS ? (
                <Group>
                  <Button
                    variant="subtle"
                    size="sm"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() => {
                      form.insertListItem('citation.authors', '');
                      // The new field gets the focus, so typing can go on right away.
                      setTimeout(() => document.getElementById(`bron-auteur-${authors.length + 1}`)?.focus(), 0);
                    }}
                  >
                    {t('knowledge.form.addAuthor')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Fieldset>
          <PrivacyTextField
            guard={guard}
            field="citation.title"
            id="bron-titel"
            label={t('knowledge.form.citationTitle')}
            required
            singleLine
            value={values.citation.title}
            error={form.errors['citation.title']}
            onChange={(value) => form.setFieldValue('citation.title', value)}
          />
          <PrivacyTextField
            guard={guard}
            field="citation.container"
            id="bron-tijdschrift"
            label={t('knowledge.form.container')}
            description={t('knowledge.form.containerHint')}
            singleLine
            value={values.citation.container}
            error={form.errors['citation.container']}
            onChange={(value) => form.setFieldValue('citation.container', value)}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
            <TextInput id="bron-jaar" label={t('knowledge.form.year')} inputMode="numeric" maxLength={4} required {...form.getInputProps('citation.year')} />
            <TextInput id="bron-jaargang" label={t('knowledge.form.volume')} {...form.getInputProps('citation.volume')} />
            <TextInput id="bron-nummer" label={t('knowledge.form.issue')} {...form.getInputProps('citation.issue')} />
            <TextInput id="bron-paginas" label={t('knowledge.form.pages')} {...form.getInputProps('citation.pages')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput id="bron-doi" label={t('knowledge.form.doi')} description={t('knowledge.form.doiHint')} spellCheck={false} {...form.getInputProps('citation.doi')} />
            <TextInput
              id="bron-url"
              type="url"
              label={t('knowledge.form.url')}
              description={t('knowledge.form.urlHint')}
              spellCheck={false}
              {...form.getInputProps('citation.url')}
            />
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}
