import { MIGRATIONS } from './migrations/index';

export { MIGRATIONS };
