import { openSite } from './helpers/browser';
const [dist, ...paths] = process.argv.slice(2);
const s = await openSite(dist!, '/');
for (const p of paths) {
	const [path, width] = p.split('@');
	const { page } = await s.newPage({ width: Number(width ?? 1280) });
	await page.goto(s.origin + path);
	const file = `/tmp/shot-${path!.replace(/\W+/g, '_')}-${width ?? 1280}.png`;
	await page.screenshot({ path: file, fullPage: true });
	console.log(file);
}
await s.close();
