/** Fill `{{name}}` placeholders, as Starlight's i18next does on the server. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
