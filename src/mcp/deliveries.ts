// The verdict a tool gives on the deliveries of what it queued (client/first-attempts.ts waits for them).
export { awaitFirstAttempts, verdictOf } from '../client/first-attempts.js';
