/**
 * The `--help` text.
 */

/** What `citecheck --help` prints. */
export const HELP = `Usage: citecheck [options] [files, directories, globs or -]
       citecheck schema report|config

Checks each article's claims against its citations: unsupported and unconfirmed claims,
markers without a source, sources without a usable URL.

Input:
  Files are read as Markdown or plain text (UTF-8). Directories expand to their .md, .markdown
  and .txt files; globs ('articles/**/*.md', quoted so the shell leaves them alone) likewise.
  With - or when text is piped in and no file is named, stdin is checked.

Options:
  -f, --format <name>       output: stylish (default), json, jsonl, sarif, github, or html
                            (one page: each article with its claims marked, findings, sources)
      --json                same as --format json
      --input-format <f>    how to read files: auto (default), markdown or text
      --ignore <pattern>    skip paths matching a .gitignore-style pattern (repeatable);
                            .citecheckignore in the working directory is read too
  -c, --config <path>       use this config file instead of searching for one
      --print-config <file> print the config that applies to <file> and exit
      --fail-on <severity>  exit 1 on findings of this severity or worse: error (default),
                            warning or info
      --max-warnings <n>    exit 1 when there are more than n warnings
      --min-confidence <x>  report check-worthy claims with confidence below x (0-1)
                            as low-confidence warnings
      --citation-scope <s>  sentence (default) or paragraph: a citation at the end of a
                            paragraph also covers its earlier sentences
      --max-input-bytes <n> refuse files larger than n bytes (default 52428800)
      --stdin-filename <p>  name stdin as <p> in output and for finding the config
  -j, --jobs <n>            analyse on n threads (default 1); for many articles on a machine
                            with more than 2 cores (time a run first)
  -q, --quiet               report errors only; no notices, no progress
      --color, --no-color   force colours on or off (default: on for a terminal)
  -h, --help                show this help
  -v, --version             show the version

Config:
  citecheck.config.json, .citecheckrc.json or a "citecheck" key in package.json, the nearest
  one above each file. Example: { "rules": { "unused-source": "off" }, "minConfidence": 0.5 }
  The JSON Schema: citecheck schema config

Exit codes:
  0  no finding reached --fail-on and --max-warnings was not exceeded
  1  a finding reached --fail-on, or more warnings than --max-warnings
  2  usage error, invalid config, or a file that could not be read

Examples:
  citecheck draft.md
  citecheck 'articles/**/*.md' --format github
  citecheck articles --format sarif > citecheck.sarif
  pbpaste | citecheck --input-format text
  citecheck --format jsonl < batch.jsonl      (lines of {"id": …, "text": …} or file paths)
  citecheck --jobs 4 --format jsonl archive/  (many articles on 4 threads, more than 2 cores)
  citecheck --fail-on warning --max-warnings 0 articles/
  citecheck --print-config articles/today.md`
