// Themed sessions: planning, RSVP with a waiting list, calendars, the live room with a method's steps, outcomes.
export * from './lib/sessions.module';
export * from './lib/sessions.service';
export * from './lib/session-reminders.service';
export * from './lib/entities/session.entities';
