// Real-time contract between the API and the web app: typed socket.io events and the client-side
// sequence/replay logic that makes delivery exactly-once per thread.
export * from './lib/events';
export { ThreadSync } from './lib/thread-sync';
