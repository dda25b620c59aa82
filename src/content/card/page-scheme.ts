/**
 * Whether the page looks dark: the first opaque background from body up,
 * falling back to the page's declared color-scheme and then the system's.
 */
export function pageScheme(doc: Document): 'light' | 'dark' {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) {
      continue;
    }
    const rgb = getComputedStyle(element)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0.5) {
      const [r = 0, g = 0, b = 0] = rgb;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  const declared = getComputedStyle(doc.documentElement).colorScheme;
  if (declared.includes('dark') && !declared.includes('light')) {
    return 'dark';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
