// Re-exports the workspace config; it is a config file, not a project import.
// eslint-disable-next-line @nx/enforce-module-boundaries
import baseConfig from '../../../eslint.config.mjs';

export default [...baseConfig];
