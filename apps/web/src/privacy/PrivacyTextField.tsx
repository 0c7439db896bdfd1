import { Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyFindings } from './PrivacyFindings';
import type { PrivacyGuard } from './usePrivacyGuard';

interface PrivacyTextFieldProps {
  guard: PrivacyGuard;
  field: string;
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Another problem with the field (required, too short); shown before the privacy note. */
  error?: ReactNode;
  required?: boolean;
  /** One line (a title) instead of a text area. */
  singleLine?: boolean;
  minRows?: number;
  maxRows?: number;
  allowOverride?: boolean;
  autoFocus?: boolean;
}

// A text field checked by the privacy guard while typing, with its findings right below it.
export function PrivacyTextField(props: PrivacyTextFieldProps) {
  const { t } = useTranslation();
  const { guard, field, id, value, onChange } = props;
  const count = guard.findings[field]?.length ?? 0;
  const error = props.error ?? (count > 0 ? t('privacy.fieldError', { count }) : undefined);
  const common = {
    id,
    label: props.label,
    description: props.description,
    required: props.required,
    value,
    error,
    onBlur: props.onBlur,
    'data-autofocus': props.autoFocus || undefined,
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
  };
  return (
    <div>
      {props.singleLine ? (
        <TextInput {...common} />
      ) : (
        <Textarea {...common} autosize minRows={props.minRows ?? 4} maxRows={props.maxRows ?? 16} />
      )}
      <PrivacyFindings id={`${id}-privacy`} field={field} text={value} guard={guard} onChange={onChange} allowOverride={props.allowOverride} />
    </div>
  );
}

interface BlockedNoteProps {
  id: string;
  unresolved: number;
}

/** Why the submit button is disabled; the button points here with aria-describedby. */
export function PrivacyBlockedNote({ id, unresolved }: BlockedNoteProps) {
  const { t } = useTranslation();
  return (
    <Text id={id} size="sm" c={unresolved > 0 ? 'red.9' : 'gray.7'} fw={unresolved > 0 ? 600 : 400} role="status">
      {unresolved > 0 ? t('privacy.blocked', { count: unresolved }) : ''}
    </Text>
  );
}
