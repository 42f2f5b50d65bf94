/**
 * importProblems splits the backend's refusal of an imported file into the
 * problems it lists ("; "-separated), each with its place in the file when
 * it names one: a CSV row and column, an XML line and column, or a path in
 * a Tandem file. " (and N more)" at the end becomes `more`.
 */
export interface ImportProblem {
  /** where in the file, e.g. "Row 4, dependsOn"; '' when the message names no place */
  where: string
  what: string
}

export function importProblems(message: string): { problems: ImportProblem[]; more: number } {
  let text = message.trim()
  let more = 0
  const tail = /\s*\(and (\d+) more\)$/.exec(text)
  if (tail) {
    more = Number(tail[1])
    text = text.slice(0, tail.index)
  }
  return { problems: splitOutsideQuotes(text).map(locate), more }
}

const CSV = /^row (\d+)(?:, column ([^:]+))?: ([\s\S]+)$/
const XML = /^(?:MS Project XML|GanttProject): line (\d+), column (\d+): (?:<([^>]+)>: )?([\s\S]+)$/
const PATH = /^([a-z][A-Za-z]*\[\d+\][^:]*): ([\s\S]+)$/

function locate(part: string): ImportProblem {
  let m = CSV.exec(part)
  if (m) return { where: m[2] ? `Row ${m[1]}, ${m[2]}` : `Row ${m[1]}`, what: m[3] }
  m = XML.exec(part)
  if (m) return { where: `Line ${m[1]}, column ${m[2]}${m[3] ? ` <${m[3]}>` : ''}`, what: m[4] }
  m = PATH.exec(part)
  if (m) return { where: m[1], what: m[2] }
  return { where: '', what: part }
}

/** splitOutsideQuotes splits at "; " except inside double quotes (a quoted value may hold one). */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"' && text[i - 1] !== '\\') quoted = !quoted
    else if (!quoted && text[i] === ';' && text[i + 1] === ' ') {
      parts.push(text.slice(start, i))
      start = i + 2
    }
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}
