import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

interface FormAlertProps {
  message: string | null;
}

// Errors that belong to no single field (wrong password, rate limit, no connection).
export function FormAlert({ message }: FormAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}
