// Stored notifications per person (join requests, decisions, reports); live delivery comes with real time.
export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notification.entity';
