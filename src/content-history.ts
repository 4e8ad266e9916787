// What the repository knows about each content file: when it last changed and where to edit it.
// Read once per build (one `git log` for the whole content folder), not once per page.
import { resolve } from 'node:path';
import { readFileHistory, repositoryPath, type FileHistory } from './lib/git-history.ts';
import { contentDir, editUrl } from './site-config.ts';

export interface FileProvenance {
	/** The committer's ISO 8601 date of the file's last change, when the history tells it. */
	lastUpdated?: string;
	/** Where to edit the file in the repository, when the repository's address is configured. */
	editUrl?: string;
}

let history: FileHistory | undefined;

/**
 * The provenance of a content file, by its path as Astro's content layer gives it (relative to the
 * project root, or absolute).
 */
export function fileProvenance(filePath: string): FileProvenance {
	history ??= readFileHistory(contentDir());
	const file = resolve(process.cwd(), filePath);
	const path = repositoryPath(history, file);
	return {
		lastUpdated: history.lastCommitDates.get(file),
		editUrl: path === undefined ? undefined : editUrl(path),
	};
}
