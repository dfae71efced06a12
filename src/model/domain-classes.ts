/**
 * What kind of publisher a source's registrable domain belongs to: government, academic, reference,
 * news, user content or a search page. The lists are data (`domain-classes.json`, hand-curated, with its
 * provenance); a domain in none of them has no class.
 */
import classesFile from './domain-classes.json'

/** The publisher classes the confidence model knows. */
export const DOMAIN_CLASSES = [
  'search-page',
  'user-content',
  'reference',
  'academic',
  'news',
  'government',
] as const
/** A publisher class. */
export type DomainClass = (typeof DOMAIN_CLASSES)[number]

/** Words for a reporter, one per class ("a government site"). */
export const DOMAIN_CLASS_WORDS: Record<DomainClass, string> = {
  'search-page': 'a search results page',
  'user-content': 'a self-published or user-uploaded page',
  reference: 'a reference work',
  academic: 'a scholarly publisher or university',
  news: 'a news outlet',
  government: 'a government or intergovernmental site',
}

interface ClassEntry {
  domains: readonly string[]
  suffixes?: readonly string[]
}

const classes = classesFile.classes as Record<DomainClass, ClassEntry>
const exact = new Map<string, DomainClass>()
for (const name of [...DOMAIN_CLASSES].reverse())
  for (const domain of classes[name].domains) exact.set(domain, name)
const suffixRules: { labels: string[]; name: DomainClass }[] = DOMAIN_CLASSES.flatMap((name) =>
  (classes[name].suffixes ?? []).map((suffix) => ({ labels: suffix.split('.'), name })),
)

/**
 * The class of a registrable domain ("bbc.co.uk" → news, "nih.gov" → government, "x.blogspot.com" →
 * user content), or null. Explicit lists win over suffix rules, in the order of {@link DOMAIN_CLASSES}.
 */
export function classifyDomain(domain: string | null): DomainClass | null {
  if (!domain) return null
  const known = classOf.get(domain)
  if (known !== undefined) return known
  const found = classifyUncached(domain)
  if (classOf.size >= CLASS_CACHE_SIZE) classOf.clear()
  classOf.set(domain, found)
  return found
}

// Every claim citing a source asks for its domain's class again: remembered (bounded).
const classOf = new Map<string, DomainClass | null>()
const CLASS_CACHE_SIZE = 4096

function classifyUncached(domain: string): DomainClass | null {
  const lower = domain.toLowerCase()
  const labels = lower.split('.')
  // "x.blogspot.com" belongs to "blogspot.com": try the domain, then each parent.
  for (let at = 0; at < labels.length - 1; at++) {
    const found = exact.get(labels.slice(at).join('.'))
    if (found) return found
  }
  for (const rule of suffixRules) {
    if (labels.length <= rule.labels.length) continue
    const tail = labels.slice(labels.length - rule.labels.length)
    if (rule.labels.every((label, index) => label === '*' || label === tail[index])) return rule.name
  }
  return null
}
