// `npm run new -- document` / `npm run new -- period`: scaffold a valid content file (see CONTRIBUTING.md).
import { createInterface } from 'node:readline/promises';
import { contentDir } from '../src/site-config.ts';
import { runNew } from './lib/scaffold.ts';

const interactive = Boolean(process.stdin.isTTY);
const readline = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const code = await runNew({
	args: process.argv.slice(2),
	contentDir: contentDir(),
	rootDir: process.cwd(),
	io: {
		interactive,
		ask: (question) => readline!.question(question),
		print: (line) => console.log(line),
		error: (line) => console.error(line),
	},
});
readline?.close();
process.exit(code);
