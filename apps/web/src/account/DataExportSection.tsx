import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { MyDataExportDocument } from '@kennislijn/web-graphql';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { apiErrorMessage } from '../forms/useApiErrorMessage';

export const EXPORT_FILE_NAME = 'kennislijn-mijn-gegevens.json';

function download(json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// Everything the platform holds about you, as one JSON file (AVG/GDPR right of access).
export function DataExportSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const handleExport = async () => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      // Never cached: the export is personal and should always be fresh.
      const { data } = await client.query({ query: MyDataExportDocument, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('Empty export');
      download(data.myDataExport);
      setDone(true);
    } catch (e) {
      setError(apiErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mijn-gegevens">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="mijn-gegevens">
          {t('account.export.title')}
        </Title>
        <Text>{t('account.export.text')}</Text>
        <FormAlert message={error} />
        {done ? (
          <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
            {t('account.export.done', { file: EXPORT_FILE_NAME })}
          </Alert>
        ) : null}
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={busy} onClick={() => void handleExport()}>
          {t('account.export.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
