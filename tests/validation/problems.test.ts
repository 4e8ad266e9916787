// Protects how problems are printed: clickable file:line:column in terminals and well-formed GitHub annotations.
import { describe, expect, test } from 'vitest';
import {
	formatGithubAnnotation,
	formatProblem,
	sortProblems,
	type Problem,
} from '../../src/validation/problems.ts';

describe('formatProblem', () => {
	test.each<{ problem: Problem; line: string }>([
		{
			problem: {
				file: 'content/2021-2022/x.md',
				line: 5,
				column: 3,
				message: 'ugyldig YAML: Map keys must be unique',
			},
			line: 'content/2021-2022/x.md:5:3 ugyldig YAML: Map keys must be unique',
		},
		{
			problem: {
				file: 'content/2021-2022/x.md',
				line: 5,
				message: 'date "2020-13-45" er ikke en rigtig dato',
			},
			line: 'content/2021-2022/x.md:5 date "2020-13-45" er ikke en rigtig dato',
		},
		{
			problem: {
				file: 'content/1999-2000/',
				message: 'ukendt periodemappe: den mangler periode.yaml',
			},
			line: 'content/1999-2000/: ukendt periodemappe: den mangler periode.yaml',
		},
		{
			problem: { file: 'content/2021-2022/møde.md', line: 1, message: 'æøå' },
			line: 'content/2021-2022/møde.md:1 æøå',
		},
	])('prints $line', ({ problem, line }) => {
		expect(formatProblem(problem)).toBe(line);
	});

	test('prints the file and a colon when there is a column but no line', () => {
		expect(formatProblem({ file: 'content/x.md', column: 4, message: 'fejl' })).toBe(
			'content/x.md: fejl',
		);
	});
});

describe('formatGithubAnnotation', () => {
	test('names file, line and column', () => {
		expect(
			formatGithubAnnotation({
				file: 'content/2021-2022/x.md',
				line: 5,
				column: 3,
				message: 'fejl',
			}),
		).toBe('::error file=content/2021-2022/x.md,line=5,col=3::fejl');
	});

	test('leaves out line and column when the problem has none', () => {
		expect(
			formatGithubAnnotation({ file: 'content/1999-2000/', message: 'ukendt periodemappe' }),
		).toBe('::error file=content/1999-2000/::ukendt periodemappe');
	});

	test.each([
		{ message: '100% færdig', escaped: '100%25 færdig' },
		{ message: 'første linje\nanden linje', escaped: 'første linje%0Aanden linje' },
		{ message: 'windows\r\nlinje', escaped: 'windows%0D%0Alinje' },
		{ message: '%0A er ikke et linjeskift', escaped: '%250A er ikke et linjeskift' },
		{ message: 'fx "2021-2022", kendte: a, b', escaped: 'fx "2021-2022", kendte: a, b' },
	])('escapes the message $message', ({ message, escaped }) => {
		expect(formatGithubAnnotation({ file: 'content/x.md', line: 1, message })).toBe(
			`::error file=content/x.md,line=1::${escaped}`,
		);
	});

	test.each([
		{
			file: 'content/2021-2022/referat, udkast.md',
			escaped: 'content/2021-2022/referat%2C udkast.md',
		},
		{ file: 'content/2021-2022/kl. 13:00.md', escaped: 'content/2021-2022/kl. 13%3A00.md' },
		{ file: 'content/2021-2022/100%.md', escaped: 'content/2021-2022/100%25.md' },
	])(
		'escapes the commas, colons and percent signs GitHub reads in the file $file',
		({ file, escaped }) => {
			expect(formatGithubAnnotation({ file, line: 3, message: 'fejl' })).toBe(
				`::error file=${escaped},line=3::fejl`,
			);
		},
	);
});

describe('sortProblems', () => {
	test('orders by file, then line, then column, with whole-file problems first', () => {
		const problems: Problem[] = [
			{ file: 'content/2021-2022/b.md', line: 2, message: 'b2' },
			{ file: 'content/2021-2022/a.md', line: 10, message: 'a10' },
			{ file: 'content/2021-2022/a.md', line: 9, column: 5, message: 'a9:5' },
			{ file: 'content/2021-2022/a.md', line: 9, column: 1, message: 'a9:1' },
			{ file: 'content/2021-2022/a.md', message: 'a' },
		];
		expect(sortProblems(problems).map((problem) => problem.message)).toEqual([
			'a',
			'a9:1',
			'a9:5',
			'a10',
			'b2',
		]);
	});

	test('does not reorder the list it is given', () => {
		const problems: Problem[] = [
			{ file: 'b', message: 'b' },
			{ file: 'a', message: 'a' },
		];
		sortProblems(problems);
		expect(problems.map((problem) => problem.file)).toEqual(['b', 'a']);
	});
});
