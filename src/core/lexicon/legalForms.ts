import { wordList } from './wordList';

/**
 * Legal forms of companies from around the world: the one place they live. "Inc.", "Corp", "Co",
 * "Ltd", "Sdn Bhd", "Tbk", "A.Ş.", "S.A. de C.V.", "GmbH", "PJSC"… Written case-sensitively where
 * case matters ("AB" is a form, "ab" is not).
 */

/** Legal forms that close a company's name, as written (case-sensitive tokens). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  (
    'Bhd|Bhd.|Berhad|Sdn|Tbk|Tbk.|Pte|Pty|Ltd|Ltd.|Ltda|Ltda.|Limited|LIMITED|A.S.|A.Ş.|AŞ|S.A.|SA|AG|GmbH|N.V.|NV|B.V.|BV|S.p.A.|SpA|AB|ASA|' +
    'Oyj|Oy|K.K.|C.V.|PJSC|JSC|OJSC|LLC|LLC.|L.L.C.|LLP|PLC|Plc|plc|Inc|Inc.|Corp|Corp.|Co|Co.|S.A.S.|SAS|S.R.L.|S.r.l.|Srl|SRL|SE|KGaA|' +
    'S.A.B.|SAB|Sanayi|Ticaret|Holdings|Group'
  ).split('|'),
);

/** Legal forms that open a name: Indonesian "PT Sinar Baja", "CV Maju". */
export const LEGAL_PREFIXES: ReadonlySet<string> = new Set(['PT', 'CV']);

/** The common English company closers, without their full stop ("Inc", "Corp", "Co", "Ltd", "LLC", "plc"). */
export const COMPANY_CLOSERS = wordList('inc|corp|co|ltd|llc|plc');

/** Company closers that also end a name after "and" ("Komatsu Ltd and …"): the closers and "Group". */
export const LIST_CLOSERS = wordList(COMPANY_CLOSERS, 'group');

/** Words that stand for the company in a known company's full name ("Toyota Motor Corp.", "Ford Motor Company"). */
export const COMPANY_WORDS = new Set(['Motor', 'Corporation', 'Company']);

/** Stacked legal forms at a name's end, lower case, for the merge key ("sdn bhd", "s.a. de c.v.", "co., ltd."). */
export const LEGAL_TAIL_WORDS = wordList(
  'sdn|bhd|berhad|tbk|pte|pty|ltd|ltda|limited|a.s|a.ş|aş|s.a|sa|ag|gmbh|n.v|nv|b.v|bv|s.p.a|spa|ab|asa|oyj|oy|k.k|de c.v|pjsc|jsc|ojsc|' +
    'llc|l.l.c|llp|plc|inc|corp|corporation|co|company|s.a.s|sas|s.r.l|srl|se|kgaa|s.a.b|sab|sanayi ve ticaret|holdings|group',
);
