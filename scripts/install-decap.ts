// `npm install`'s postinstall step: unpacks the pinned Decap CMS bundle (src/cms/decap-bundle.ts) into
// node_modules/.decap-cms/, or leaves it when it is there already. A failure fails the install, with
// npm's own message or the checksums that differ.
import { DECAP_PIN } from '../src/cms/decap-bundle.ts';
import { installDecapBundle } from './lib/install-decap.ts';

try {
	if ((await installDecapBundle()) === 'installed') console.log(`Decap CMS ${DECAP_PIN.version} er pakket ud i node_modules/.decap-cms/.`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
