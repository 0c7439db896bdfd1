import { Button, List, Modal, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { useAuth } from '@kennislijn/web-auth';
import { DeleteAccountDocument, readApiError } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../forms/FormAlert';
import { apiErrorMessage } from '../forms/useApiErrorMessage';

// Danger zone: the account goes, posts stay as "voormalig lid", personal fields are erased.
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useAuth();
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [deleteAccount, { loading }] = useMutation(DeleteAccountDocument);

  const handleClose = () => {
    setPassword('');
    setPasswordError(null);
    setFormError(null);
    close();
  };

  const submit = async () => {
    setFormError(null);
    if (!password) {
      setPasswordError(t('validation.passwordRequired'));
      return;
    }
    try {
      await deleteAccount({ variables: { password } });
      // The server has ended every session; this clears the local one and the cache.
      await signOut();
      navigate('/inloggen', { replace: true });
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'UNAUTHENTICATED' || apiError.fieldErrors['password']) {
        setPasswordError(apiError.fieldErrors['password'] ?? apiError.message ?? t('account.delete.wrongPassword'));
      } else {
        setFormError(apiErrorMessage(error, t));
      }
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-verwijderen" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="account-verwijderen" c="red.9">
          {t('account.delete.title')}
        </Title>
        <Text>{t('account.delete.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('account.delete.point1')}</List.Item>
          <List.Item>{t('account.delete.point2')}</List.Item>
          <List.Item>{t('account.delete.point3')}</List.Item>
        </List>
        <Button color="red" variant="outline" onClick={open}>
          {t('account.delete.open')}
        </Button>
      </Stack>
      <Modal opened={opened} onClose={handleClose} title={t('account.delete.confirmTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <FormAlert message={formError} />
            <Text>{t('account.delete.confirmText')}</Text>
            <PasswordInput
              label={t('account.delete.password')}
              autoComplete="current-password"
              required
              value={password}
              error={passwordError}
              // PasswordInput does not mark its inner input invalid by itself.
              aria-invalid={passwordError ? true : undefined}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                setPasswordError(null);
              }}
              data-autofocus
            />
            <Button type="submit" color="red" loading={loading}>
              {t('account.delete.submit')}
            </Button>
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
