/**
 * exportFileName is the file name an export of roadmap `name` suggests:
 * "Growth H1 2027" -> "growth-h1-2027.tandem". Letters and digits of any
 * script are kept (accents dropped), other runs become one '-'.
 */
export function exportFileName(name: string, ext = 'tandem'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
  return `${stem || 'roadmap'}.${ext}`
}
