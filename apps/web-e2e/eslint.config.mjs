// eslint-disable-next-line @nx/enforce-module-boundaries
import baseConfig from '../../eslint.config.mjs';

export default [...baseConfig];
