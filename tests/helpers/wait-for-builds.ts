// The site project's setup file: before a test file is loaded, the real site and the behaviour
// fixture it reads (inject('siteDir'), inject('fixtureSiteDir')) are built. The global setup started
// them; this waits, so a file can read the built pages as it is loaded.
import { testBuild } from './test-builds.ts';

await Promise.all([testBuild('site'), testBuild('fixture')]);
