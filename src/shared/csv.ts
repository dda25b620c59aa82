/**
 * CSV as RFC 4180 describes it (comma separated, CRLF between records,
 * fields holding a comma, quote, CR or LF wrapped in double quotes with
 * inner quotes doubled), plus one safety measure for spreadsheets.
 *
 * Formula injection: spreadsheet programs run a cell that starts with
 * = + - @ (and, in some, a tab or CR) as a formula, so text copied from a web
 * page such as `=HYPERLINK(...)` could execute when an analyst opens our
 * export. `toCsv` therefore prefixes such a field with a single quote ('),
 * the OWASP-recommended neutraliser. To keep the escaping reversible, a
 * field that already starts with a quote gets one more quote in front.
 *
 * `parseCsv` undoes exactly that: it drops one leading quote when the next
 * character is one of = + - @ tab CR or another quote. Every field `toCsv`
 * writes therefore parses back unchanged. A hand-written file whose cell
 * really starts with "'=" loses that quote too; that is the cost of the
 * round trip, and such a cell is almost certainly an escaped formula.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r']/;
const ESCAPED_START = /^'[=+\-@\t\r']/;

function neutralise(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

function encodeField(raw: string): string {
  const field = neutralise(raw);
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function encodeRow(row: readonly string[]): string {
  // A row of one empty field would otherwise be an empty line, which parsers skip.
  if (row.length === 1 && row[0] === '') {
    return '""';
  }
  return row.map(encodeField).join(',');
}

/** Rows to CSV text with CRLF line ends and a final CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${encodeRow(row)}\r\n`).join('');
}

function restoreField(field: string): string {
  return ESCAPED_START.test(field) ? field.slice(1) : field;
}

/**
 * CSV text to rows. Accepts CRLF, LF or CR line ends and a leading byte order
 * mark; skips lines with no characters at all. Lenient where RFC 4180 is
 * strict: a quote inside an unquoted field is kept as text, and an unclosed
 * quoted field runs to the end of the text.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let atFieldStart = true;
  let lineHasContent = false;
  let i = 0;

  const endField = () => {
    row.push(restoreField(field));
    field = '';
    atFieldStart = true;
  };
  const endRow = () => {
    if (lineHasContent) {
      endField();
      rows.push(row);
    }
    row = [];
    field = '';
    atFieldStart = true;
    lineHasContent = false;
  };

  while (i < input.length) {
    const char = input[i] as string;
    if (char === '"' && atFieldStart) {
      // A quoted field: read to the closing quote, unescaping "".
      lineHasContent = true;
      atFieldStart = false;
      i++;
      while (i < input.length) {
        const inner = input[i] as string;
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += inner;
        i++;
      }
      continue;
    }
    if (char === ',') {
      lineHasContent = true;
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    lineHasContent = true;
    atFieldStart = false;
    field += char;
    i++;
  }
  endRow();
  return rows;
}
