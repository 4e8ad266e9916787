// Decap's Markdown editor is a contenteditable box (Slate) with role="textbox" and no name: its
// field's <label for> points at nothing, since the box has no id. A screen reader then announces a
// multi-line text box without saying which field it is (axe: aria-input-field-name, WCAG 4.1.2).
// Each such box, whenever Decap renders one, is named by its field's label.

const UNNAMED_BOX = '[role="textbox"][contenteditable]:not([aria-labelledby]):not([aria-label])';

let labels = 0;

/** Names every unnamed editing box under `root` by its field's label, now and as Decap renders more. */
export function nameEditorsByTheirLabels(root: HTMLElement): MutationObserver {
	const name = () => {
		for (const box of root.querySelectorAll<HTMLElement>(UNNAMED_BOX)) {
			// Decap's field: a container (its styles' name ControlContainer) with the label and the control.
			const label = box.closest('[class*="ControlContainer"]')?.querySelector('label');
			if (!label) continue;
			label.id ||= `cms-field-label-${++labels}`;
			box.setAttribute('aria-labelledby', label.id);
		}
	};
	const observer = new MutationObserver(name);
	observer.observe(root, { childList: true, subtree: true });
	name();
	return observer;
}
