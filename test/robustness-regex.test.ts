/**
 * Every regular expression in src/ has bounded repetition (../shared/GUIDE.md): an unbounded `+`,
 * `*` or `{n,}` over a group or class is how `/\[(\d+(?:\s*,\s*\d+)*)\]/` came to throw "Maximum
 * call stack size exceeded" on a 3 MB run of "1,1,1,…". This test reads src/**.ts with the
 * TypeScript parser, rebuilds each regex's source (literals, and `new RegExp(…)` over string
 * constants, templates and other regexes' `.source`, also across imports), and fails listing each
 * unbounded quantifier it finds. Write `{1,64}` for `+`, `{0,64}` for `*`, with a bound that says
 * what the longest sensible match is. The allow-list below is for the rare pattern that is
 * provably linear and cannot recurse; it is empty, and an entry needs a justification.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

/** `file: fragment` → why it is safe. Keep it empty; prefer a bound. */
const ALLOWED: Record<string, string> = {}

/** Where a regex was found and its source (unknown parts replaced by an atom). */
interface FoundRegex {
  file: string
  line: number
  source: string
}

/** An unbounded quantifier: the atom it repeats, and the quantifier. */
interface UnboundedQuantifier {
  atom: string
  quantifier: string
}

// An expression we cannot evaluate statically (`EDITOR_TAGS.map(…).join('|')`) counts as one atom.
const UNKNOWN = 'X'

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Reads every src file once; resolves constants across files on demand. */
class RegexCollector {
  private readonly files = new Map<string, ts.SourceFile>()

  private sourceFile(path: string): ts.SourceFile {
    let file = this.files.get(path)
    if (!file) {
      file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
      this.files.set(path, file)
    }
    return file
  }

  collect(path: string): FoundRegex[] {
    const file = this.sourceFile(path)
    const found: FoundRegex[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        found.push({ file: path, line: lineOf(file, node), source: literalSource(node.text) })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp' &&
        node.arguments?.[0]
      ) {
        found.push({
          file: path,
          line: lineOf(file, node),
          source: this.evaluate(node.arguments[0], file, 0),
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
    return found
  }

  /** The string an expression evaluates to, as far as it is made of literals and constants. */
  private evaluate(node: ts.Expression, file: ts.SourceFile, depth: number): string {
    if (depth > 20) return UNKNOWN
    if (ts.isParenthesizedExpression(node)) return this.evaluate(node.expression, file, depth + 1)
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    if (ts.isRegularExpressionLiteral(node)) return literalSource(node.text)
    if (ts.isTaggedTemplateExpression(node)) {
      // String.raw`…`: the raw text is the regex source.
      const template = node.template
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text
      let text = template.head.rawText ?? template.head.text
      for (const span of template.templateSpans) {
        text += this.evaluate(span.expression, file, depth + 1) + (span.literal.rawText ?? span.literal.text)
      }
      return text
    }
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text
      for (const span of node.templateSpans)
        text += this.evaluate(span.expression, file, depth + 1) + span.literal.text
      return text
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return this.evaluate(node.left, file, depth + 1) + this.evaluate(node.right, file, depth + 1)
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
      return this.evaluate(node.expression, file, depth + 1)
    }
    if (ts.isIdentifier(node)) {
      const resolved = this.resolveConstant(node.text, file)
      return resolved ? this.evaluate(resolved.initializer, resolved.file, depth + 1) : UNKNOWN
    }
    return UNKNOWN
  }

  /** A `const name = …` at the top of `file`, or of the file it is imported from. */
  private resolveConstant(
    name: string,
    file: ts.SourceFile,
  ): { initializer: ts.Expression; file: ts.SourceFile } | null {
    for (const statement of file.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (
            ts.isIdentifier(declaration.name) &&
            declaration.name.text === name &&
            declaration.initializer
          ) {
            return { initializer: declaration.initializer, file }
          }
        }
      }
      if (
        ts.isImportDeclaration(statement) &&
        ts.isStringLiteral(statement.moduleSpecifier) &&
        statement.moduleSpecifier.text.startsWith('.') &&
        statement.importClause?.namedBindings &&
        ts.isNamedImports(statement.importClause.namedBindings)
      ) {
        for (const element of statement.importClause.namedBindings.elements) {
          if (element.name.text !== name) continue
          const target = join(dirname(file.fileName), statement.moduleSpecifier.text.replace(/\.js$/, '.ts'))
          return this.resolveConstant(element.propertyName?.text ?? name, this.sourceFile(target))
        }
      }
    }
    return null
  }
}

function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
}

function literalSource(text: string): string {
  return text.slice(1, text.lastIndexOf('/'))
}

/**
 * The unbounded quantifiers of a regex source: `+`, `*` and `{n,}`, lazy or not, over any atom.
 * Reads escapes, classes and group openers so that `[*+]`, `\+` and `(?:` are not mistaken for
 * quantifiers.
 */
function unboundedQuantifiers(source: string): UnboundedQuantifier[] {
  const found: UnboundedQuantifier[] = []
  const groupStarts: number[] = []
  let index = 0
  while (index < source.length) {
    const char = source[index]!
    let atomStart = index
    if (char === '\\') {
      index += 2
      // \p{…}, \u{…}, \k<…>: the braces belong to the escape.
      if (source[index] === '{' && /[pPu]/.test(source[index - 1]!)) index = source.indexOf('}', index) + 1
      else if (source[index - 1] === 'k' && source[index] === '<') index = source.indexOf('>', index) + 1
      else if (source[index - 1] === 'u') index += 4
      else if (source[index - 1] === 'x') index += 2
    } else if (char === '[') {
      index++
      if (source[index] === '^') index++
      if (source[index] === ']') index++
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1
      index++
    } else if (char === '(') {
      groupStarts.push(index)
      index++
      if (source[index] === '?') {
        index++
        if (source[index] === '<' && source[index + 1] !== '=' && source[index + 1] !== '!') {
          index = source.indexOf('>', index) + 1
        } else index++
      }
      continue
    } else if (char === ')') {
      atomStart = groupStarts.pop() ?? index
      index++
    } else if (char === '|' || char === '^' || char === '$') {
      index++
      continue
    } else {
      index++
    }
    const rest = source.slice(index)
    const quantifier = /^(?:[*+]|\{\d{1,6},\})\??/.exec(rest)
    if (quantifier) {
      found.push({ atom: source.slice(atomStart, index), quantifier: quantifier[0] })
      index += quantifier[0].length
    } else {
      const bounded = /^(?:\?|\{\d{1,6}(?:,\d{1,6})?\})\??/.exec(rest)
      if (bounded) index += bounded[0].length
    }
  }
  return found
}

describe('regular expressions in src/', () => {
  const collector = new RegexCollector()
  const regexes = listSourceFiles(SRC).flatMap((file) => collector.collect(file))

  it('the scanner finds the regexes and reads quantifiers right', () => {
    expect(regexes.length).toBeGreaterThan(100)
    expect(
      unboundedQuantifiers(String.raw`\[(\d+(?:\s*,\s*\d+)*)\]`).map((q) => q.atom + q.quantifier),
    ).toEqual([
      String.raw`\d+`,
      String.raw`\s*`,
      String.raw`\s*`,
      String.raw`\d+`,
      String.raw`(?:\s*,\s*\d+)*`,
    ])
    expect(unboundedQuantifiers(String.raw`[*+]\+\*(?:a{1,3}b?c{2}){0,9}\p{L}{1,4}x{3,}?`)).toEqual([
      { atom: 'x', quantifier: '{3,}?' },
    ])
    expect(unboundedQuantifiers(String.raw`(?<name>a)\k<name>[^\]*]{0,5}(?<=b)c`)).toEqual([])
  })

  it('have bounded repetition', () => {
    const problems: string[] = []
    for (const regex of regexes) {
      for (const { atom, quantifier } of unboundedQuantifiers(regex.source)) {
        const where = relative(ROOT, regex.file)
        if (ALLOWED[`${where}: ${atom}${quantifier}`]) continue
        problems.push(`${where}:${regex.line}: \`${atom}${quantifier}\` in /${regex.source}/`)
      }
    }
    expect(problems, 'unbounded quantifiers (bound them: `{1,64}` rather than `+`)').toEqual([])
  })
})
