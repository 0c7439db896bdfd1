import { Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { excerptOf, replaceFinding } from './excerpt';
import { privacyKindLabel } from './kind-label';
import { OverrideDialog } from './OverrideDialog';
import type { PrivacyGuard, ShownFinding } from './usePrivacyGuard';

interface PrivacyFindingsProps {
  /** Id of the list, so the field can point at it (aria-describedby). */
  id: string;
  field: string;
  text: string;
  guard: PrivacyGuard;
  /** Puts a replacement into the field. */
  onChange: (text: string) => void;
  /** False where the API takes no overrides (reasons, messages): then only replacing helps. */
  allowOverride?: boolean;
}

function FindingItem({ finding, text, onReplace, onOverride }: { finding: ShownFinding; text: string; onReplace: () => void; onOverride: (() => void) | null }) {
  const { t } = useTranslation();
  const excerpt = excerptOf(text, finding.text, finding.start);
  const kind = privacyKindLabel(t, finding.kind);
  return (
    <Paper component="li" withBorder radius="md" p="sm" className="kl-privacy-finding" data-kind={finding.kind}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />} tt="none">
            {kind}
          </Badge>
          <Text size="xs" c="gray.7">
            {t('privacy.position', { line: excerpt.line, column: excerpt.column })}
          </Text>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {excerpt.before}
          <mark className="kl-privacy-mark">{excerpt.match}</mark>
          {excerpt.after}
        </Text>
        <Text size="sm">{finding.message}</Text>
        {finding.overridable ? null : (
          <Text size="sm" fw={600}>
            {t('privacy.bsnNoOverride')}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="light" onClick={onReplace}>
            {t('privacy.replaceWith', { replacement: finding.replacement })}
          </Button>
          {finding.overridable && onOverride ? (
            <Button size="xs" variant="subtle" color="gray" c="gray.8" onClick={onOverride}>
              {t('privacy.notPersonal')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

// Under a text field: what the privacy guard found, where, and what to do (replace, or say it is not
// personal data with a reason). Also the overrides the author made for this text, with undo.
export function PrivacyFindings({ id, field, text, guard, onChange, allowOverride = true }: PrivacyFindingsProps) {
  const { t } = useTranslation();
  const [overriding, setOverriding] = useState<ShownFinding | null>(null);
  const findings = guard.findings[field] ?? [];
  const overridden = guard.overrides.filter((o) => text.includes(o.text));

  return (
    <div id={id}>
      {/* Always present, so a screen reader hears when findings appear or are gone (the field's error says it visibly). */}
      <VisuallyHidden role="status">{findings.length > 0 ? t('privacy.foundCount', { count: findings.length }) : ''}</VisuallyHidden>
      {findings.length > 0 ? (
        <Stack gap="xs" mt="xs">
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('privacy.listLabel')}>
            {findings.map((finding) => (
              <FindingItem
                key={finding.key}
                finding={finding}
                text={text}
                onReplace={() => onChange(replaceFinding(text, finding.text, finding.start, finding.replacement))}
                onOverride={allowOverride ? () => setOverriding(finding) : null}
              />
            ))}
          </Stack>
        </Stack>
      ) : null}
      {overridden.length > 0 ? (
        <Stack component="ul" gap={4} p={0} m={0} mt="xs" style={{ listStyle: 'none' }} aria-label={t('privacy.overriddenLabel')}>
          {overridden.map((o) => (
            <Group component="li" key={`${o.kind}:${o.text}`} gap="xs" wrap="wrap">
              <IconShieldCheck size={16} aria-hidden />
              <Text size="sm">
                {t('privacy.overridden', { kind: privacyKindLabel(t, o.kind), text: o.text, reason: o.reason })}
              </Text>
              <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => guard.removeOverride(o)}>
                {t('privacy.undoOverride')}
              </Button>
            </Group>
          ))}
        </Stack>
      ) : null}
      <OverrideDialog
        finding={overriding}
        onClose={() => setOverriding(null)}
        onConfirm={(reason) => overriding && guard.addOverride({ kind: overriding.kind, text: overriding.text, reason })}
      />
    </div>
  );
}
