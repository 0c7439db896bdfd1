import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { ForkInstrumentDocument, MyCommunitiesDocument } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../communities/common/notify';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';

interface ForkDialogProps {
  instrumentId: string;
  versions: number[];
  opened: boolean;
  onClose: () => void;
}

// "Afsplitsen naar…": a copy of a published version in a community of mine, remembering its source.
export function ForkDialog({ instrumentId, versions, opened, onClose }: ForkDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useQuery(MyCommunitiesDocument, { skip: !opened });
  const targets = (mine.data?.communities.edges ?? []).map((e) => e.node).filter((c) => c.viewerCan.post && !c.archivedAt);
  const [communityId, setCommunityId] = useState('');
  const [version, setVersion] = useState(String(versions[0] ?? ''));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fork, { loading }] = useMutation(ForkInstrumentDocument);

  const submit = async () => {
    setFormError(null);
    const target = targets.find((c) => c.id === communityId);
    if (!target) {
      setFieldError(t('instruments.fork.required'));
      return;
    }
    try {
      const { data } = await fork({ variables: { id: instrumentId, communityId, versionNumber: Number(version) || null } });
      notifySuccess(t('instruments.fork.done', { community: target.name }));
      onClose();
      if (data) void navigate(`/instrumenten/${data.forkInstrument.id}/concept`);
    } catch (error) {
      setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('instruments.fork.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('instruments.fork.intro')}</Text>
          <FormAlert message={formError} />
          {mine.data && targets.length === 0 ? <Text size="sm">{t('instruments.fork.noCommunities')}</Text> : null}
          <NativeSelect
            id="afsplitsen-gemeenschap"
            label={t('instruments.fork.community')}
            required
            value={communityId}
            error={fieldError}
            onChange={(event) => {
              setCommunityId(event.currentTarget.value);
              setFieldError(null);
            }}
            data={[{ value: '', label: '—' }, ...targets.map((c) => ({ value: c.id, label: c.name }))]}
          />
          <NativeSelect
            id="afsplitsen-versie"
            label={t('instruments.fork.version')}
            value={version}
            onChange={(event) => setVersion(event.currentTarget.value)}
            data={versions.map((n) => ({ value: String(n), label: t('instruments.version', { number: n }) }))}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={targets.length === 0}>
              {t('instruments.fork.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
