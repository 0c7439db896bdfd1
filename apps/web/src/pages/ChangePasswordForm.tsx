import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument } from '@kennislijn/web-graphql';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { applyApiError } from '../forms/applyApiError';
import { isFilled, isNewPassword } from '../forms/validators';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ChangePasswordValues>({
    initialValues: { currentPassword: '', newPassword: '' },
    validateInputOnBlur: true,
    validate: {
      currentPassword: isFilled(t('validation.passwordRequired')),
      newPassword: isNewPassword(t),
    },
  });

  const handleSubmit = async (values: ChangePasswordValues) => {
    setFormError(null);
    setSaved(false);
    try {
      await changePassword({ variables: { input: values } });
      form.reset();
      setSaved(true);
    } catch (error) {
      setFormError(
        applyApiError(form, error, t, {
          fields: ['currentPassword', 'newPassword'],
          // A wrong current password comes back as UNAUTHENTICATED.
          codeFields: { UNAUTHENTICATED: 'currentPassword' },
        }),
      );
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-password">
      <Title order={2} size="h3" id="change-password" mb="md">
        {t('profile.changePasswordTitle')}
      </Title>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack gap="md" maw={420}>
          <FormAlert message={formError} />
          {saved ? (
            <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
              {t('profile.passwordChanged')}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('profile.changePasswordSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
