// Stored notifications per person, delivered live over the socket and by e-mail (immediately or as digests).
export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notification.entity';
export * from './lib/notification-preference.entity';
export * from './lib/notification-preferences.service';
export * from './lib/digest.service';
export * from './lib/digest-schedule';
