import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { AddInstrumentAuthorDocument, CommunityMembersDocument } from '@kennislijn/web-graphql';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { readFieldErrors } from '../common/errors';

interface AddAuthorDialogProps {
  instrumentId: string;
  community: { slug: string; name: string };
  authorIds: string[];
  opened: boolean;
  onClose: () => void;
}

// Co-authors are members of the instrument's community: search by name, pick one.
export function AddAuthorDialog({ instrumentId, community, authorIds, opened, onClose }: AddAuthorDialogProps) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [userId, setUserId] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const members = useQuery(CommunityMembersDocument, { variables: { slug: community.slug, first: 100, search: search || undefined }, skip: !opened });
  const [add, { loading }] = useMutation(AddInstrumentAuthorDocument);
  const candidates = (members.data?.community.members.edges ?? []).map((e) => e.node.person).filter((p) => !authorIds.includes(p.id) && !p.isFormerMember);

  const close = () => {
    setUserId('');
    setFieldError(null);
    setFormError(null);
    onClose();
  };

  const submit = async () => {
    setFormError(null);
    const person = candidates.find((p) => p.id === userId);
    if (!person) {
      setFieldError(t('instruments.authors.required'));
      return;
    }
    try {
      await add({ variables: { id: instrumentId, userId } });
      notifySuccess(t('instruments.authors.done', { name: person.displayName }));
      close();
    } catch (error) {
      const fields = readFieldErrors(error);
      if (fields['userId']) setFieldError(fields['userId']);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('instruments.authors.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('instruments.authors.intro', { community: community.name })}</Text>
          <FormAlert message={formError} />
          <TextInput
            type="search"
            label={t('instruments.authors.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchInput}
            onChange={(event) => setSearchInput(event.currentTarget.value)}
          />
          <NativeSelect
            id="mede-auteur-lid"
            label={t('instruments.authors.person')}
            required
            value={userId}
            error={fieldError}
            description={members.data && candidates.length === 0 ? t('instruments.authors.none') : undefined}
            onChange={(event) => {
              setUserId(event.currentTarget.value);
              setFieldError(null);
            }}
            data={[{ value: '', label: '—' }, ...candidates.map((p) => ({ value: p.id, label: p.displayName }))]}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('instruments.authors.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
