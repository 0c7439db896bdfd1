import { Anchor, Button, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '@kennislijn/web-auth';
import { LevelsDocument, type ProfileRole } from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../forms/FormAlert';
import { applyApiError } from '../forms/applyApiError';
import { clearDraft, readDraft, useSessionDraft } from '../forms/useSessionDraft';
import { isEmail, isFilled, isNewPassword } from '../forms/validators';
import { Page } from './Page';

const ROLES: readonly ProfileRole[] = ['PROFESSIONAL', 'STUDENT', 'LECTURER', 'RESEARCHER', 'POLICYMAKER'];
const LEVEL_NUMBERS = [1, 2, 3, 4];
const DRAFT_KEY = 'kennislijn.draft.sign-up';
const NOT_IN_DRAFT = ['password'] as const;

interface SignUpValues {
  email: string;
  password: string;
  displayName: string;
  role: ProfileRole | '';
  organisation: string;
  level: string;
}

const EMPTY: SignUpValues = { email: '', password: '', displayName: '', role: '', organisation: '', level: '' };

export function SignUpPage() {
  const { t } = useTranslation();
  // Keeps where the person was going (e.g. an invitation link) when switching between sign-in and sign-up.
  const location = useLocation();
  const { signUp } = useAuth();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Level names come from the API; plain numbers work too if that query fails.
  const { data: levelsData } = useQuery(LevelsDocument);

  const form = useForm<SignUpValues>({
    initialValues: { ...readDraft(DRAFT_KEY, EMPTY), password: '' },
    validateInputOnBlur: true,
    validate: {
      email: isEmail(t),
      password: isNewPassword(t),
      displayName: isFilled(t('validation.displayNameRequired')),
      role: (value) => (value ? null : t('validation.roleRequired')),
      level: (value, values) => (values.role === 'STUDENT' && !value ? t('validation.levelRequired') : null),
    },
  });
  useSessionDraft(DRAFT_KEY, form, NOT_IN_DRAFT);
  const isStudent = form.getValues().role === 'STUDENT';

  const levelOptions = LEVEL_NUMBERS.map((number) => {
    const level = levelsData?.levels.find((l) => l.number === number);
    const label = t('signUp.levelOption', { number });
    return { value: String(number), label: level ? `${label}: ${level.name}` : label };
  });

  const handleSubmit = async (values: SignUpValues) => {
    if (!values.role) return;
    setFormError(null);
    setSubmitting(true);
    try {
      await signUp({
        email: values.email.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        role: values.role,
        // The API refuses a level for anyone but students, so leave it out otherwise.
        ...(values.organisation.trim() ? { organisation: values.organisation.trim() } : {}),
        ...(values.role === 'STUDENT' && values.level ? { level: Number(values.level) } : {}),
      });
      clearDraft(DRAFT_KEY);
    } catch (error) {
      setFormError(
        applyApiError(form, error, t, {
          fields: ['email', 'password', 'displayName', 'role', 'organisation', 'level'],
          codeFields: { CONFLICT: 'email' },
        }),
      );
      setSubmitting(false);
    }
  };

  return (
    <Page title={t('signUp.title')} description={t('signUp.intro')}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextInput
            label={t('signUp.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('signUp.password')}
            description={t('signUp.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('signUp.displayName')}
            description={t('signUp.displayNameHint')}
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <NativeSelect
            label={t('signUp.role')}
            required
            data={[
              { value: '', label: t('signUp.rolePlaceholder'), disabled: true },
              ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
            ]}
            {...form.getInputProps('role')}
          />
          {isStudent ? (
            <NativeSelect
              label={t('signUp.level')}
              description={t('signUp.levelHint')}
              required
              data={[{ value: '', label: t('signUp.levelPlaceholder'), disabled: true }, ...levelOptions]}
              {...form.getInputProps('level')}
            />
          ) : null}
          <TextInput
            label={t('signUp.organisation')}
            description={t('signUp.organisationHint')}
            autoComplete="organization"
            {...form.getInputProps('organisation')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('signUp.submit')}
          </Button>
          <Text ta="center">
            {t('signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/inloggen" state={location.state} fw={600}>
              {t('signUp.toSignIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Page>
  );
}
