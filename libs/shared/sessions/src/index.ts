// Themed sessions (themasessies): discussion methods as data, planning in Europe/Amsterdam time,
// RSVPs with a waiting list, and iCalendar export. Pure TypeScript, runs in the browser and in the API.
export * from './lib/methods';
export * from './lib/time';
export * from './lib/rsvp';
export * from './lib/ical';
