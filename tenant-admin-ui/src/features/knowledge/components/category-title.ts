import type { Category } from '../api/schemas';

/** A category's title in the reader's language, else German, else any, else its key. */
export function categoryTitle(category: Category, locale: string): string {
  return category.titles[locale] ?? category.titles.de ?? Object.values(category.titles)[0] ?? category.key;
}

export function categoryTitleOf(categories: Category[] | undefined, key: string | null | undefined, locale: string) {
  if (!key) return '';
  const category = categories?.find((c) => c.key === key);
  return category ? categoryTitle(category, locale) : key;
}
