import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, type KnowledgeFormValues } from './knowledge-form-values';

export interface Conflict {
  /** The values the edit started from, and what the person had typed when saving failed. */
  start: KnowledgeFormValues;
  mine: KnowledgeFormValues;
  revision: number;
  draftKey: string;
}

interface ConflictNoticeProps {
  conflict: Conflict;
  currentRevision: number;
  reloading: boolean;
  onReload: () => Promise<void>;
}

// Someone saved a newer revision first. Nothing is overwritten: the person loads the new revision and
// sees what they had typed, to enter it again where it still applies.
export function ConflictNotice({ conflict, currentRevision, reloading, onReload }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const reloaded = currentRevision > conflict.revision;
  const mine = changedFields(conflict.start, conflict.mine);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [reloaded]);

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={reloaded ? t('knowledge.form.conflictReloadedTitle', { number: currentRevision }) : t('knowledge.form.conflictTitle')}
      mb="lg"
      maw={860}
      className="kl-conflict"
      // Mantine's orange text on its light tint is below 4.5:1; the title is dark, the icon and border carry the colour.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
    >
      <Stack gap="sm">
        <Text size="sm" c="gray.9">
          {reloaded ? t('knowledge.form.conflictReloadedText') : t('knowledge.form.conflictText')}
        </Text>
        {!reloaded ? (
          <div>
            <Button leftSection={<IconRefresh size={16} aria-hidden />} loading={reloading} onClick={() => void onReload()}>
              {t('knowledge.form.conflictReload')}
            </Button>
          </div>
        ) : null}
        {reloaded && mine.length > 0 ? (
          <Stack gap={6}>
            <Text size="sm" fw={700} c="gray.9">
              {t('knowledge.form.yourChanges')}
            </Text>
            <Stack component="dl" gap={6} m={0}>
              {mine.map((change) => (
                <div key={change.field}>
                  <Text component="dt" size="sm" fw={600} c="gray.9">
                    {t(`knowledge.fields.${change.field}` as 'knowledge.fields.title')}
                  </Text>
                  <Text component="dd" m={0}>
                    <Code block style={{ whiteSpace: 'pre-wrap' }}>
                      {change.value}
                    </Code>
                  </Text>
                </div>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </Stack>
    </Alert>
  );
}
