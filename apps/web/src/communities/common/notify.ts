import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n';

// Short confirmations and failures of one-click actions (pin, join, approve). Forms and dialogs
// show their errors in place instead.
function show(message: string, color: string, autoClose: number) {
  notifications.show({ message, color, autoClose, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

export function notifySuccess(message: string) {
  show(message, 'green', 4000);
}

export function notifyError(message: string) {
  show(message, 'red', 8000);
}
