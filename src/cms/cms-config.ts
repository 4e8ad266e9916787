// The configuration of the CMS at /admin/ (Decap CMS), generated at build time from the content
// schemas, so a field added to a schema is a field in the form, with the same checks. Pure: the
// admin page (src/pages/admin/index.astro) gives it what content/ holds and the site's settings.
import type { z } from 'astro/zod';
import { schemaFields, type FieldType, type SchemaField } from '../lib/schema-fields.ts';
import { UNKNOWN } from '../schemas/date-text.ts';
import { DOCUMENT_KINDS } from '../schemas/document-kinds.ts';
import { DocumentFrontmatterSchema } from '../schemas/document.ts';
import { GLOSSARY_FOLDER, GlossaryEntrySchema } from '../schemas/glossary.ts';
import { MILESTONE_KINDS } from '../schemas/milestones.ts';
import { NOTE_KINDS } from '../schemas/notes.ts';
import { PERIOD_FILE, PeriodSchema, VISION_TEXT_KINDS } from '../schemas/period.ts';
import { THEMES_FOLDER, ThemeSchema } from '../schemas/theme.ts';
import {
	BODY_TEXTS,
	DOCUMENT_TEXTS,
	GLOSSARY_TEXTS,
	GLOSSARY_TYPE_LABELS,
	PERIOD_TEXTS,
	THEME_TEXTS,
	type DateKind,
	type FieldChoices,
	type FieldText,
} from './field-texts.ts';
import { FILE_NAME_TEMPLATE } from './file-names.ts';

/**
 * The file format of a collection, which the admin script registers with the CMS from
 * src/cms/content-format.ts: one per collection, since a format writes the fields in its form's order.
 */
export function collectionFormat(collection: string): string {
	return `socialaftale-${collection}`;
}

/** What content/ holds that a form offers as choices. */
export interface CmsContent {
	periods: {
		id: string;
		title: string;
		focusAreas: { id: string; title: string }[];
		stages: { id?: string; label: string; focusAreas: { id?: string; title: string }[] }[];
	}[];
	themes: { id: string; title: string }[];
	glossary: { id: string; term: string }[];
	/** Documents by '<period>/<slug>', the form other files refer to them by. */
	documents: { ref: string; title: string }[];
	/** File names in content/kilder/. */
	sources: string[];
}

/** Where the CMS saves: the repository on GitHub, and the local proxy for editing on one's own machine. */
export interface CmsSettings {
	/** 'owner/name' on GitHub; without it, only the local proxy can be used. */
	repo?: string;
	/** The branch pull requests go to. */
	branch: string;
	/** The OAuth client that signs editors in to GitHub (Decap's `base_url`); Netlify's when not set. */
	authUrl?: string;
	/** The address of decap-server's API, used only when /admin/ is opened on localhost. */
	localBackend: string;
	/** The site's public address, which the CMS links to. */
	siteUrl: string;
}

/** The decap-server address `npx decap-server` listens at. */
export const DEFAULT_LOCAL_BACKEND = 'http://localhost:8081/api/v1';

/**
 * The settings from the environment: `SITE_CMS_REPO` ('owner/name') and `SITE_CMS_BRANCH`, or, when
 * they are not set, the repository and branch that `SITE_EDIT_URL` names on github.com
 * (`https://github.com/<owner>/<name>/edit/<branch>/`); `SITE_CMS_AUTH_URL`, the OAuth client;
 * `SITE_CMS_LOCAL_BACKEND`, another address for decap-server.
 */
export function cmsSettings(env: Record<string, string | undefined>, siteUrl: string): CmsSettings {
	const edit = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/edit\/([^/]+)\/?$/.exec(env.SITE_EDIT_URL?.trim() ?? '');
	const repo = env.SITE_CMS_REPO?.trim() || edit?.[1];
	if (repo && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) {
		throw new Error(`SITE_CMS_REPO "${repo}" must be a GitHub repository as owner/name`);
	}
	const localBackend = env.SITE_CMS_LOCAL_BACKEND?.trim() || DEFAULT_LOCAL_BACKEND;
	if (!/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(localBackend)) {
		throw new Error(`SITE_CMS_LOCAL_BACKEND "${localBackend}" must be an address on this machine (http://localhost:8081/api/v1)`);
	}
	const authUrl = env.SITE_CMS_AUTH_URL?.trim() || undefined;
	if (authUrl && !/^https:\/\/[^/]+/.test(authUrl)) throw new Error(`SITE_CMS_AUTH_URL "${authUrl}" must begin with https://`);
	return { repo, branch: env.SITE_CMS_BRANCH?.trim() || edit?.[2] || 'main', authUrl, localBackend, siteUrl };
}

/** One field of the CMS's form, as Decap CMS reads it. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	[option: string]: unknown;
}

/** The Danish names of the values of every closed list in the schemas. */
const VALUE_LABELS: Record<string, string> = Object.fromEntries([
	...[...DOCUMENT_KINDS, ...NOTE_KINDS, ...MILESTONE_KINDS, ...VISION_TEXT_KINDS].map((item): [string, string] => [item.id, item.label]),
	...Object.entries(GLOSSARY_TYPE_LABELS),
]);

// The form checks a date's form and that its month and day can exist; whether the day exists in
// that month (30 February) is the schema's own refinement (isRealDate), which the pull request's
// content check runs. A regex is all the form can take.
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const DATE_PATTERNS: Record<DateKind, [string, string]> = {
	'document-date': [`^(?:\\d{4}(?:-${MONTH}(?:-${DAY})?)?|${UNKNOWN})$`, `Skriv datoen som 2019-12-03, 2019-12 eller 2019, eller ${UNKNOWN}.`],
	'known-date': [`^\\d{4}(?:-${MONTH}(?:-${DAY})?)?$`, 'Skriv datoen som 2019-12-03, 2019-12 eller 2019.'],
	'iso-date': [`^\\d{4}-${MONTH}-${DAY}$`, 'Skriv datoen som 2020-11-24.'],
};

type Option = { label: string; value: string };

/** Builds the fields of one schema for a form; `options` gives the choices a field names. */
export function cmsFields(schema: z.ZodType, texts: Readonly<Record<string, FieldText>>, options: (choices: FieldChoices) => Option[]): CmsField[] {
	const all = schemaFields(schema);
	const unknown = Object.keys(texts).filter((path) => !all.some((field) => field.path === path));
	if (unknown.length) throw new Error(`cms: src/cms/field-texts.ts words fields no schema has: ${unknown.join(', ')}`);
	const children = (prefix: string) =>
		all.filter((field) => {
			if (prefix && !field.path.startsWith(prefix)) return false;
			return !/[.[]/.test(field.path.slice(prefix.length));
		});
	// Decap checks the required fields of an optional object even when the object is left empty (a
	// period without a vision could not be saved), so inside an optional object nothing is required
	// in the form; the content check on the pull request still reports a missing field, in Danish.
	const build =
		(insideOptional: boolean) =>
		(field: SchemaField): CmsField => {
			const text = texts[field.path];
			if (!text) throw new Error(`cms: the schema field "${field.path}" has no CMS field: give it a Danish label in src/cms/field-texts.ts`);
			const name = field.path.slice(field.path.lastIndexOf('.') + 1).replace('[]', '');
			const optional = insideOptional || field.optional || Boolean(field.hasDefault);
			const base: CmsField = { name, label: text.label, widget: 'string', ...(text.hint ? { hint: text.hint } : {}), required: !optional };
			return { ...base, ...widgetFor(field.type, text, field.path, options, () => children(`${field.path}.`), () => children(`${field.path}[].`), build(insideOptional || field.optional)) };
		};
	return children('').map(build(false));
}

function widgetFor(
	type: FieldType,
	text: FieldText,
	path: string,
	options: (choices: FieldChoices) => Option[],
	objectFields: () => SchemaField[],
	itemFields: () => SchemaField[],
	build: (field: SchemaField) => CmsField,
): Partial<CmsField> {
	if (text.choices) {
		return { widget: 'select', options: options(text.choices), multiple: type.kind === 'list', ...(type.kind === 'list' ? { required: false } : {}) };
	}
	switch (type.kind) {
		case 'text': {
			const pattern = text.date
				? DATE_PATTERNS[text.date]
				: text.pattern
					? [text.pattern.regex, text.pattern.message]
					: type.format === 'url'
						? ['^https?://\\S+$', 'Skriv en webadresse, der begynder med https:// eller http://.']
						: type.pattern
							? [type.pattern, 'Brug små bogstaver a-z, tal og bindestreger, fx den-gode-alderdom.']
							: type.maxLength !== undefined
								? [`^[\\s\\S]{0,${type.maxLength}}$`, `Højst ${type.maxLength} tegn.`]
								: undefined;
			return { widget: text.long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
		}
		case 'integer':
			return { widget: 'number', value_type: 'int', ...(type.min !== undefined ? { min: type.min } : {}), ...(type.max !== undefined ? { max: type.max } : {}) };
		case 'number':
			return { widget: 'number', value_type: 'float' };
		case 'boolean':
			return { widget: 'boolean', default: false, required: false };
		case 'enum':
			return { widget: 'select', options: type.values.map((value) => ({ label: VALUE_LABELS[value] ?? value, value })) };
		case 'object':
			return { widget: 'object', collapsed: false, fields: objectFields().map(build) };
		case 'list':
			if (type.of.kind === 'object') return { widget: 'list', fields: itemFields().map(build), required: false };
			return { widget: 'list', field: { name: 'item', label: text.label, widget: 'string' }, required: false };
		default:
			throw new Error(`cms: ${path} has a kind of value the form cannot edit`);
	}
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'da');

/** The complete configuration, to give `CMS.init({ config })`. */
export function cmsConfig(content: CmsContent, settings: CmsSettings): Record<string, unknown> {
	const common = (choices: FieldChoices): Option[] => {
		switch (choices) {
			case 'themes':
				return content.themes.map((theme) => ({ label: theme.title, value: theme.id })).sort(byLabel);
			case 'glossary':
				return content.glossary.map((entry) => ({ label: entry.term, value: entry.id })).sort(byLabel);
			case 'documents':
				return content.documents.map((document) => ({ label: `${document.title} (${document.ref})`, value: document.ref }));
			case 'sources':
				return content.sources.map((file) => ({ label: file, value: file }));
			default:
				// The choices of one period exist only in that period's own collection.
				throw new Error(`cms: "${choices}" can only be chosen in a period's documents`);
		}
	};
	const body = (text: FieldText): CmsField => ({ name: 'body', label: text.label, hint: text.hint, widget: 'markdown', modes: ['raw'], required: false });
	const documents = [...content.periods].sort((a, b) => b.id.localeCompare(a.id)).map((period) => {
		const options = (choices: FieldChoices): Option[] => {
			if (choices === 'period-stages') return period.stages.flatMap((stage) => (stage.id ? [{ label: stage.label, value: stage.id }] : []));
			if (choices !== 'period-focus-areas') return common(choices);
			const seen = new Set<string>();
			return [
				...period.focusAreas.map((area) => ({ label: area.title, value: area.id })),
				...period.stages.flatMap((stage) => stage.focusAreas.flatMap((area) => (area.id ? [{ label: `${area.title} (${stage.label})`, value: area.id }] : []))),
			].filter((option) => !seen.has(option.value) && seen.add(option.value));
		};
		return {
			name: `dokumenter-${period.id}`,
			label: `Dokumenter ${period.id}`,
			label_singular: `dokument i ${period.id}`,
			description: `Dokumenterne i ${period.title}: én fil pr. dokument i content/${period.id}/.`,
			folder: `content/${period.id}`,
			extension: 'md',
			format: collectionFormat(`dokumenter-${period.id}`),
			create: true,
			slug: FILE_NAME_TEMPLATE,
			identifier_field: 'title',
			summary: '{{title}}',
			fields: [...cmsFields(DocumentFrontmatterSchema, DOCUMENT_TEXTS, options), body(BODY_TEXTS.document)],
		};
	});
	const periodFile = PERIOD_FILE.replace(/\.yaml$/, '');
	return {
		backend: settings.repo
			? {
					name: 'github',
					repo: settings.repo,
					branch: settings.branch,
					...(settings.authUrl ? { base_url: settings.authUrl } : {}),
					squash_merges: true,
					commit_messages: COMMIT_MESSAGES,
				}
			: // No repository configured (a local build): only decap-server on this machine can save.
				{ name: 'proxy', proxy_url: settings.localBackend, branch: settings.branch, commit_messages: COMMIT_MESSAGES },
		// Used only where /admin/ is opened on localhost: saving goes to decap-server and the local clone.
		local_backend: { url: settings.localBackend },
		publish_mode: 'editorial_workflow',
		locale: 'da',
		load_config_file: false,
		site_url: settings.siteUrl,
		display_url: settings.siteUrl,
		// The CMS shows no preview of its own: the pull request's checks and the built site are the preview.
		editor: { preview: false },
		// Source texts are the only files editors add besides content; the media library puts them in content/kilder/.
		media_folder: 'content/kilder',
		public_folder: '/kilder',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			...documents,
			{
				name: 'perioder',
				label: 'Perioder',
				label_singular: 'periode',
				description: `Aftaleperioderne: én mappe pr. periode med filen ${PERIOD_FILE}.`,
				folder: 'content',
				path: `{{slug}}/${periodFile}`,
				slug: '{{id}}',
				extension: 'yaml',
				format: collectionFormat('perioder'),
				create: true,
				identifier_field: 'title',
				summary: '{{title}}',
				fields: cmsFields(PeriodSchema, PERIOD_TEXTS, common),
			},
			{
				name: 'temaer',
				label: 'Temaer',
				label_singular: 'tema',
				description: 'Temaer, der går på tværs af perioderne: én fil pr. tema.',
				folder: `content/${THEMES_FOLDER}`,
				extension: 'md',
				format: collectionFormat('temaer'),
				create: true,
				slug: FILE_NAME_TEMPLATE,
				identifier_field: 'title',
				fields: [...cmsFields(ThemeSchema, THEME_TEXTS, common), body(BODY_TEXTS.theme)],
			},
			{
				name: 'ordliste',
				label: 'Ordliste',
				label_singular: 'begreb',
				description: 'Ordlisten: én fil pr. begreb.',
				folder: `content/${GLOSSARY_FOLDER}`,
				extension: 'md',
				format: collectionFormat('ordliste'),
				create: true,
				slug: FILE_NAME_TEMPLATE,
				identifier_field: 'term',
				summary: '{{term}}',
				fields: [...cmsFields(GlossaryEntrySchema, GLOSSARY_TEXTS, common), body(BODY_TEXTS.glossary)],
			},
		],
	};
}

/** The commit messages the CMS writes, in Danish like the rest of the editors' path. */
const COMMIT_MESSAGES = {
	create: 'Opret {{collection}} "{{slug}}"',
	update: 'Ret {{collection}} "{{slug}}"',
	delete: 'Slet {{collection}} "{{slug}}"',
	uploadMedia: 'Tilføj kildetekst "{{path}}"',
	deleteMedia: 'Slet kildetekst "{{path}}"',
	openAuthoring: '{{message}}',
};
