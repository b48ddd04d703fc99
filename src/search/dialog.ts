import type { MountOptions } from './ui';

/**
 * Opens and closes the search dialog and, on first opening only, loads the Pagefind interface
 * (ui.ts). Shortcuts: Ctrl+K or Cmd+K anywhere; "/" when not typing.
 */
export function setUpSearch(): void {
	const root = document.querySelector<HTMLElement>('kc-search');
	const dialog = root?.querySelector('dialog');
	const openButton = root?.querySelector<HTMLButtonElement>('[data-open-search]');
	const closeButton = root?.querySelector<HTMLButtonElement>('[data-close-search]');
	if (!root || !dialog || !openButton || !closeButton) return;

	let loading: Promise<HTMLInputElement> | undefined;
	const load = () => {
		loading ??= import('./ui').then(({ mountSearch }) =>
			mountSearch(root.querySelector<HTMLElement>('#kc-search-ui')!, {
				...(JSON.parse(root.dataset['options'] ?? '{}') as Omit<MountOptions, 'base'>),
				base: import.meta.env.BASE_URL,
			}),
		);
		return loading;
	};

	const open = async () => {
		if (dialog.open) return;
		dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		(await load()).focus();
	};
	const close = () => dialog.close();

	openButton.addEventListener('click', () => void open());
	closeButton.addEventListener('click', close);
	dialog.addEventListener('close', () => {
		document.body.toggleAttribute('data-search-modal-open', false);
		openButton.focus();
	});
	// A click on the backdrop (the dialog element itself, outside its frame) or on a result closes it.
	dialog.addEventListener('click', (event) => {
		const target = event.target as HTMLElement;
		if (target === dialog || target.closest('a[href]')) close();
	});

	// Keep the platform's shortcut truthful: ⌘ on Apple devices.
	if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
		const key = openButton.querySelector('kbd kbd');
		if (key) key.textContent = '⌘';
		openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
	}

	window.addEventListener('keydown', (event) => {
		const typing = event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable]');
		if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) close();
			else void open();
		} else if (event.key === '/' && !typing && !dialog.open) {
			event.preventDefault();
			void open();
		}
	});
}
