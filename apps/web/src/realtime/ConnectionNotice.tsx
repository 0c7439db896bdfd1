import { Group, Loader, Text } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtime } from './realtime-context';

// A short reconnect (a renewed token, a network switch) is not worth a message.
const SHOW_AFTER_MS = 2_000;

/** A calm line when the live connection is gone; it says what happens to what you write. */
export function ConnectionNotice() {
  const { t } = useTranslation();
  const { status } = useRealtime();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (status === 'connected') {
      setShown(false);
      return undefined;
    }
    if (status === 'offline') {
      setShown(true);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div role="status" aria-live="polite">
      {shown && status !== 'connected' ? (
        <Group gap="xs" wrap="nowrap" className="kl-connection-notice" px="sm" py={6}>
          {status === 'offline' ? <IconWifiOff size={18} aria-hidden /> : <Loader size={14} aria-hidden />}
          <Text size="sm">{t(status === 'offline' ? 'realtime.offline' : status === 'connecting' ? 'realtime.connecting' : 'realtime.reconnecting')}</Text>
        </Group>
      ) : null}
    </div>
  );
}
