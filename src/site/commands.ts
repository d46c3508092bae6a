/** The command that rewrites every generated file (MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md), named once for every message and page that tells a maintainer to run it. */
export const GENERATE_COMMAND = 'npm run generate';
