/**
 * The components that content authors use in content/docs/*.mdx, under the names
 * they write: `import { MeetingWhen, VoteThreshold } from '../../src/mdx/index.ts'`.
 * Only components meant for MDX live here; layout pieces stay in src/components/.
 */
export { default as ContentReferenceLink } from './ContentReferenceLink.astro';
export { default as MeetingDetails } from './MeetingDetails.astro';
export { default as MeetingWhen } from './MeetingWhen.astro';
export { default as RepositoryLink } from './RepositoryLink.astro';
export { default as VoteThreshold } from './VoteThreshold.astro';
