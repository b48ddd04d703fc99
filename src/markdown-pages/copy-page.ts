/**
 * "Copy page as Markdown": the button shows only where this script runs and the browser can
 * write to the clipboard, fetches the page's twin and copies it; the status beside it tells
 * screen readers what happened. The text is handed to the clipboard as a promise, so that
 * Safari, which requires the write to start within the click, accepts it.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-page]')) {
	const status = button.nextElementSibling;
	if (!navigator.clipboard || !status) continue;
	button.hidden = false;
	button.addEventListener('click', async () => {
		status.textContent = '';
		const text = fetch(button.dataset['copyPage']!).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))));
		try {
			await (typeof ClipboardItem === 'function'
				? navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })])
				: navigator.clipboard.writeText(await text));
			status.textContent = button.dataset['copied']!;
		} catch {
			status.textContent = button.dataset['failed']!;
		}
	});
}
