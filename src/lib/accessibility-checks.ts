// The automated accessibility checks `npm test` runs on every page of the built site. The
// accessibility statement (/tilgaengelighed/) describes them from this module and the browser
// tests run them from it, so the statement cannot claim a check the tests do not make.

/** axe-core rule sets run on every page: WCAG 2.0, 2.1 and 2.2 level A and AA, and axe's best practice. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The narrowest layout checked: 1280 CSS pixels at 400 % zoom (WCAG 1.4.10, reflow). */
export const REFLOW_WIDTH = 320;

/** What each automated check covers, for readers of the statement. */
export const AUTOMATED_CHECKS: readonly { name: string; covers: string }[] = [
	{
		name: 'axe-core i Chromium',
		covers:
			'Alle sider testes mod WCAG 2.0, 2.1 og 2.2 på niveau A og AA samt axe-cores anbefalinger (best practice), både med lyst og mørkt farvetema. Det omfatter blandt andet kontrast, overskrifter, landemærker, sprog, navne på links og formularfelter og gyldige ARIA-attributter.',
	},
	{
		name: 'Tastaturtest',
		covers:
			'Første tryk på Tab når linket »Spring til indhold«. På hver sidetype gennemløbes alle elementer, der kan få fokus, med Tab, og fokus skal være synligt på hvert af dem og komme rundt uden at sidde fast. Søgning, afgrænsning af søgningen og skift mellem aftaleperioder betjenes med tastaturet alene.',
	},
	{
		name: 'Forstørrelse',
		covers: `Alle sider vises i en bredde på ${REFLOW_WIDTH} CSS-pixel (svarende til 400 % zoom i et vindue på 1280 pixel) uden vandret rulning.`,
	},
	{
		name: 'Skærmlæsere (automatisk del)',
		covers:
			'Hver side har ét h1, landemærker og et sprog (dansk). Antallet af søgeresultater meddeles i et live-område, og meddelelsen om en ældre aftaleperiode er markeret som en note.',
	},
	{
		name: 'W3C Nu Html Checker',
		covers: 'Alle sider er gyldig HTML uden fejl.',
	},
	{
		name: 'Links',
		covers: 'Ingen interne links eller henvisninger til afsnit på siderne er brudte.',
	},
	{
		name: 'Uden JavaScript',
		covers: 'Alle sider kan læses fuldt ud med JavaScript slået fra, og søgesiden forklarer, at søgningen kræver JavaScript.',
	},
];

/** What the automated checks cannot show and what has not yet been tested by people. */
export const NOT_TESTED_MANUALLY: readonly string[] = [
	'Brug med skærmlæsere (fx NVDA, JAWS, VoiceOver og TalkBack) er ikke afprøvet af mennesker.',
	'Talestyring, skærmforstørrelsesprogrammer og kontaktstyring er ikke afprøvet.',
	'Zoom til 400 % er kun efterprøvet som en smal visning i Chromium, ikke i alle browsere.',
	'Om teksterne er lette at læse og forstå, og om link- og overskriftstekster giver mening uden for deres sammenhæng, er ikke vurderet af mennesker.',
	'Automatiske test finder kun en del af de mulige tilgængelighedsfejl; de erstatter ikke en manuel gennemgang efter EN 301 549.',
];
