import { Text, type TextProps } from '@mantine/core';
import { useFormat } from './useFormat';

interface TimeAgoProps extends TextProps {
  iso: string;
}

// "3 uur geleden", with the full date and time as a tooltip and in the machine-readable attribute.
export function TimeAgo({ iso, ...props }: TimeAgoProps) {
  const { relative, dateTime } = useFormat();
  return (
    <Text component="time" dateTime={iso} title={dateTime(iso)} size="sm" c="gray.7" {...props}>
      {relative(iso)}
    </Text>
  );
}
