// @ts-check
// The project's Astro config with one change: no `markdown.processor`, so Astro 7 uses its default,
// Sätteri. The benchmark builds the same corpus with both to show what our unified() pipeline costs.
// Our remark plugins (src/markdown/) do not run here: the figure is the price of the whole choice.
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, processor: undefined } };
