/**
 * Fills `{name}` placeholders in an interface string. Pure; an unknown placeholder stays as
 * written. Its own module so browser code can use it without the dictionaries.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
