import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useAuth } from '@kennislijn/web-auth';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../forms/FormAlert';
import { applyApiError } from '../forms/applyApiError';
import { isEmail, isFilled } from '../forms/validators';
import { Page } from './Page';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  // Keeps where the person was going (e.g. an invitation link) when switching between sign-in and sign-up.
  const location = useLocation();
  const { signIn } = useAuth();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validateInputOnBlur: true,
    validate: { email: isEmail(t), password: isFilled(t('validation.passwordRequired')) },
  });

  // On success the auth state changes and the route guard moves on to the app.
  const handleSubmit = async (values: SignInValues) => {
    setFormError(null);
    setSubmitting(true);
    try {
      await signIn({ email: values.email.trim(), password: values.password });
    } catch (error) {
      setFormError(applyApiError(form, error, t, { fields: ['email', 'password'] }));
      setSubmitting(false);
    }
  };

  return (
    <Page title={t('signIn.title')} description={t('signIn.intro')}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('signIn.submit')}
          </Button>
          <Text ta="center">
            {t('signIn.noAccount')}{' '}
            <Anchor component={Link} to="/aanmelden" state={location.state} fw={600}>
              {t('signIn.toSignUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Page>
  );
}
