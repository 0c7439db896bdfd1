import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ResetCalendarFeedDocument } from '@kennislijn/web-graphql';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';

// A personal calendar feed: a secret address a calendar program subscribes to. Making one replaces the
// previous address, so it is shown once, with a copy button.
export function CalendarFeedButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reset, { loading }] = useMutation(ResetCalendarFeedDocument);

  const close = () => {
    setOpened(false);
    setUrl(null);
    setError(null);
  };
  const make = async () => {
    setError(null);
    try {
      const { data } = await reset();
      setUrl(data?.resetCalendarFeed ?? null);
    } catch (e) {
      setError(apiErrorMessage(e, t));
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconCalendarShare size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('sessions.feed.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('sessions.feed.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('sessions.feed.intro')}</Text>
          <FormAlert message={error} />
          {url ? (
            <>
              <TextInput label={t('sessions.feed.urlLabel')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
              <Text size="sm" c="gray.7">
                {t('sessions.feed.once')}
              </Text>
              <Group justify="flex-end" gap="sm">
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button onClick={copy} leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}>
                      {copied ? t('sessions.feed.copied') : t('sessions.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button variant="default" onClick={close}>
                  {t('common.close')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text size="sm" c="gray.7">
                {t('sessions.feed.replaces')}
              </Text>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button loading={loading} onClick={() => void make()}>
                  {t('sessions.feed.make')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
