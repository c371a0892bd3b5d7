import './cli/regexTier';
import { parseArgs } from 'node:util';
import { renderFactSheets, type Article, type FactSheetFormat } from './core/render';
import { CliError, UsageError, emit, formatArg, loadArticle } from './cli/common';

const USAGE = `usage: trade-facts FILE... [--format md|json|csv|html] [--out FILE] [--force]
       trade-facts check FILE... [--sources PATH...] [--strict] [--format md|json|csv|html] [--out FILE] [--force]
       trade-facts mark FILE --fact TEXT [--occurrence N] --status verified|disputed|unchecked
                        [--note TEXT] [--source TEXT] [--by NAME]
       trade-facts index PATH... [--format md|json] [--workers N] [--out FILE] [--force]
       (FILE "-" reads the article from standard input, except for check, mark and index)

Prints the fact sheet of each article: figures, tariff rates, people, organizations, quotes.
  --format md|json|csv|html  output format (default md)
  --out FILE             write to FILE instead of standard output (never overwrites without --force)
  --force                allow --out to replace an existing file

check   the fact sheet with each fact's check (unchecked, verified, disputed, changed) from the
        article's ledger, and the marks whose fact is gone
mark    records a check of the fact whose text is TEXT (its Nth occurrence when several read the
        same) in the ledger; --status unchecked clears it; --by defaults to git's user.name.
        The ledger is .trade-facts/<article's path>.json in the nearest folder above the article
        holding .trade-facts/, else in the article's own folder
index   the beat index of the articles in the files and folders given (Markdown and text; fact
        sheets, hidden folders and node_modules skipped): people and organizations with their
        titles, articles and mentions, tariff rates, and flags for a name spelled two ways, a
        person given two titles, a measure given two values. --workers N (default: every core)
--sources PATH...  (check) also checks every quote and figure against the reporter's sources: files,
        folders or globs of .txt, .md, .srt, .vtt, .csv and .docx (sourceCheck in JSON, a Source line in
        Markdown); files that cannot be read are named on standard error and skipped
--strict  (check, with --sources) exit status 1 when a quote is altered or a figure differs from its source`;

interface Options {
  files: string[];
  format: FactSheetFormat;
  out?: string;
  force: boolean;
}

function parseSheetArgs(argv: string[]): Options | 'help' {
  // node:util parseArgs: --format md, --format=md, -f md, --out FILE, -o FILE, --force; "-" is a positional (standard input).
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'md' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!positionals.length) throw new UsageError('no file given');
  if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return { files: positionals, format: formatArg(values.format ?? 'md'), out: values.out, force: values.force ?? false };
}

function runSheet(argv: string[]): void {
  const opts = parseSheetArgs(argv);
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const items: Article[] = opts.files.map((file) => ({ file, ...loadArticle(file) }));
  emit(renderFactSheets(opts.format, items), opts.out, opts.force);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (rest.some((a) => a === '-h' || a === '--help') && (command === 'check' || command === 'mark' || command === 'index')) process.stdout.write(USAGE + '\n');
    // The subcommands load on demand: a plain fact sheet never pays to start the ledger's hashing,
    // git, worker threads or the source check's diff (in one bundle, esbuild defers their modules).
    else if (command === 'check') return await (await import('./cli/check')).runCheck(rest);
    else if (command === 'mark') (await import('./cli/mark')).runMark(rest);
    else if (command === 'index') await (await import('./cli/index')).runIndex(rest);
    else runSheet(argv);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`trade-facts: ${e.message}\n`);
      return 1;
    }
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`trade-facts: ${(e as Error).message.split('\n')[0]}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

// A reader that stops early (`trade-facts a.md | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
// Leave once standard output and error are flushed (a write's callback runs after every earlier
// write), without waiting for V8 to finish background compiling and tear the heap down: a one-off
// run gains nothing from either, and they cost a short run about 15 ms.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
});
