import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { STEP_ACTORS, STEP_OUTPUTS } from '@kennislijn/shared-sessions';
import { CreateSessionMethodDocument, readApiError } from '@kennislijn/web-graphql';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { notifySuccess } from '../../communities/common/notify';
import { useSessionLabels } from '../common/labels';
import { checkMethod, emptyMethod, methodToInput, moveStep, newStep, placeMethodErrors, type MethodFormValues } from './method-form-values';

function focusFirstInvalid(form: HTMLFormElement | null) {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

// A community's own discussion method: code, name, summary and ordered steps (key, title, who acts,
// minutes, prompt, what it yields). Checked in the browser with the shared rules, and by the API.
export function MethodForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateSessionMethodDocument, {
    refetchQueries: ['SessionMethods'],
  });
  const form = useForm<MethodFormValues>({ initialValues: emptyMethod(), validate: (v) => checkMethod(v, labels.language) });
  const values = form.getValues();

  const submit = async (v: MethodFormValues) => {
    setFormError(null);
    try {
      await create({ variables: { communityId, input: methodToInput(v) } });
      notifySuccess(t('sessions.methods.created', { name: v.name.trim() }));
      form.setValues(emptyMethod());
      form.resetDirty();
    } catch (e) {
      const { placed, unplaced } = placeMethodErrors(readApiError(e, { keepPaths: true }).fieldErrors, v.steps);
      if (Object.keys(placed).length) {
        form.setErrors(placed);
        setFormError(unplaced.length ? unplaced.join(' ') : t('sessions.form.fixFields'));
        focusFirstInvalid(formRef.current);
      } else setFormError(apiErrorMessage(e, t));
    }
  };
  const setSteps = (steps: MethodFormValues['steps']) => {
    form.setFieldValue('steps', steps);
    form.clearErrors();
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="methode-nieuw">
      <form ref={formRef} onSubmit={form.onSubmit((v) => void submit(v), () => focusFirstInvalid(formRef.current))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="methode-nieuw">
            {t('sessions.methods.newTitle')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('sessions.methods.newIntro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput id="methode-code" label={t('sessions.methods.code')} description={t('sessions.methods.codeHint')} required {...form.getInputProps('code')} />
            <TextInput id="methode-naam" label={t('sessions.methods.name')} required {...form.getInputProps('name')} />
          </SimpleGrid>
          <Textarea id="methode-samenvatting" label={t('sessions.methods.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
          <Title order={3} size="h4" id="methode-stappen">
            {t('sessions.methods.steps')}
          </Title>
          {form.errors['steps'] ? (
            <Text size="sm" c="red.9" role="alert">
              {form.errors['steps']}
            </Text>
          ) : null}
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="methode-stappen">
            {values.steps.map((step, i) => {
              const n = i + 1;
              return (
                <Paper component="li" key={step.uid} withBorder radius="md" p="md" aria-label={t('sessions.methods.stepLabel', { number: n })}>
                  <Stack gap="sm">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600}>{t('sessions.methods.stepLabel', { number: n })}</Text>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="default" disabled={i === 0} onClick={() => setSteps(moveStep(values.steps, i, -1))} aria-label={t('sessions.methods.moveUp', { number: n })}>
                          <IconArrowUp size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" disabled={i === values.steps.length - 1} onClick={() => setSteps(moveStep(values.steps, i, 1))} aria-label={t('sessions.methods.moveDown', { number: n })}>
                          <IconArrowDown size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" color="red" disabled={values.steps.length === 1} onClick={() => setSteps(values.steps.filter((_, j) => j !== i))} aria-label={t('sessions.methods.remove', { number: n })}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput label={t('sessions.methods.stepTitle')} required {...form.getInputProps(`steps.${i}.title`)} />
                      <TextInput label={t('sessions.methods.stepKey')} description={t('sessions.methods.stepKeyHint')} required {...form.getInputProps(`steps.${i}.key`)} />
                      <NativeSelect label={t('sessions.methods.actor')} data={STEP_ACTORS.map((a) => ({ value: a, label: labels.actor(a) }))} {...form.getInputProps(`steps.${i}.actor`)} />
                      <TextInput label={t('sessions.methods.minutes')} inputMode="numeric" required {...form.getInputProps(`steps.${i}.minutes`)} />
                      <NativeSelect label={t('sessions.methods.output')} data={STEP_OUTPUTS.map((o) => ({ value: o, label: labels.output(o) }))} {...form.getInputProps(`steps.${i}.output`)} />
                    </SimpleGrid>
                    <Textarea label={t('sessions.methods.prompt')} description={t('sessions.methods.promptHint')} required autosize minRows={2} {...form.getInputProps(`steps.${i}.prompt`)} />
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
          <Group>
            <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} disabled={values.steps.length >= 20} onClick={() => setSteps([...values.steps, newStep(values.steps)])}>
              {t('sessions.methods.addStep')}
            </Button>
          </Group>
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('sessions.methods.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
