#!/usr/bin/env python3
"""gen_unicode.py -- write runtime/unicode_db.c and runtime/unicode_db.h.

The str methods of orrery (isalpha ... isidentifier, upper ... casefold,
repr) must agree with CPython's, character for character.  This script asks
the running CPython (standard library only) about every code point
0..0x10FFFF and packs the answers into a two-level lookup table:

    record = unicode_db_records[index2[(index1[cp >> SHIFT] << SHIFT) + (cp & MASK)]]

A record holds the classification flags, the decimal value, and the
simple case mappings as deltas (mapped = cp + delta).  A full mapping of
more than one code point ('ß'.upper() == 'SS') sets an UNICODE_DB_EXT_*
flag and makes the field an index into unicode_db_ext, which stores the
length followed by the code points.

Every property is CPython's own answer for a one-character str, so the
definitions are exactly CPython's (Objects/unicodectype.c) without having
to restate them:

    ALPHA          chr(c).isalpha()          categories Lm Lt Lu Ll Lo
    DECIMAL        chr(c).isdecimal()        Nd
    DIGIT          chr(c).isdigit()          Numeric_Type Digit or Decimal
    NUMERIC        chr(c).isnumeric()        any Numeric_Type
    SPACE          chr(c).isspace()          bidi WS/B/S or category Zs
    PRINTABLE      chr(c).isprintable()      not Cc Cf Cs Co Cn Zl Zp Zs, but ' '
    UPPER, LOWER   chr(c).isupper(), .islower()   (Uppercase, Lowercase)
    TITLE          chr(c).istitle() and not chr(c).isupper()   (Lt)
    CASED          the Cased property: str.title() lowers the character
                   that follows a cased one
    CASE_IGNORABLE the Case_Ignorable property: lower()'s final-sigma rule
                   looks through it
    XID_START      chr(c).isidentifier()     (XID_Start, and '_')
    XID_CONTINUE   ('a' + chr(c)).isidentifier()
    LINEBREAK      str.splitlines() splits at it

The case mappings are chr(c).upper(), .lower(), .title() and .casefold():
full mappings (SpecialCasing.txt, CaseFolding.txt) as CPython applies them.

Run it with `make unicode-db` (or python3 tools/gen_unicode.py) when the
Python version changes; the generated files are committed so that a normal
build needs no Python.
"""

import os
import sys
import unicodedata

MAX_CP = 0x110000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Flag bits, in the order they are written to the header.
FLAGS = [
    ("ALPHA", "isalpha(): categories Lm Lt Lu Ll Lo"),
    ("DECIMAL", "isdecimal(): category Nd"),
    ("DIGIT", "isdigit(): Numeric_Type Digit or Decimal"),
    ("NUMERIC", "isnumeric(): any Numeric_Type"),
    ("SPACE", "isspace(): bidirectional WS, B or S, or category Zs"),
    ("PRINTABLE", "isprintable(), and repr() shows it as it is"),
    ("UPPER", "the Uppercase property (isupper)"),
    ("LOWER", "the Lowercase property (islower)"),
    ("TITLE", "category Lt (istitle)"),
    ("CASED", "the Cased property (title, final sigma)"),
    ("CASE_IGNORABLE", "the Case_Ignorable property (final sigma)"),
    ("XID_START", "may start an identifier (XID_Start, or '_')"),
    ("XID_CONTINUE", "may continue an identifier (XID_Continue)"),
    ("LINEBREAK", "splitlines() breaks lines at it"),
    ("EXT_UPPER", "'upper' indexes unicode_db_ext, else it is a delta"),
    ("EXT_LOWER", "'lower' indexes unicode_db_ext"),
    ("EXT_TITLE", "'title' indexes unicode_db_ext"),
    ("EXT_FOLD", "'fold' indexes unicode_db_ext"),
]
BIT = {name: 1 << i for i, (name, _) in enumerate(FLAGS)}


def sigma_after(s):
    """What lower() makes of the capital sigma at the end of [s]."""
    return s.lower()[-1]


def properties(c):
    """The flags and decimal value of code point [c]."""
    s = chr(c)
    flags = 0
    cased = (s + "A").title()[-1] == "a"
    if cased:
        # Sigma before [s]: it is final only if [s] is ignorable (then the
        # blank after it ends the word).
        ignorable = ("A\u03a3" + s + " ").lower()[1] == "\u03c2"
    else:
        # Sigma after [s]: it is final only if lower() looks through [s]
        # back to the cased 'A'.
        ignorable = sigma_after("A" + s + "\u03a3") == "\u03c2"
    tests = {
        "ALPHA": s.isalpha(),
        "DECIMAL": s.isdecimal(),
        "DIGIT": s.isdigit(),
        "NUMERIC": s.isnumeric(),
        "SPACE": s.isspace(),
        "PRINTABLE": s.isprintable(),
        "UPPER": s.isupper(),
        "LOWER": s.islower(),
        "TITLE": s.istitle() and not s.isupper(),
        "CASED": cased,
        "CASE_IGNORABLE": ignorable,
        "XID_START": s.isidentifier(),
        "XID_CONTINUE": ("a" + s).isidentifier(),
        "LINEBREAK": len(("a" + s + "b").splitlines()) == 2,
    }
    for name, on in tests.items():
        if on:
            flags |= BIT[name]
    # Cross-checks against unicodedata's own view.
    cat = unicodedata.category(s)
    assert bool(flags & BIT["TITLE"]) == (cat == "Lt"), hex(c)
    assert bool(flags & BIT["ALPHA"]) == (cat in ("Lm", "Lt", "Lu", "Ll", "Lo")), hex(c)
    assert bool(flags & BIT["DECIMAL"]) == (cat == "Nd"), hex(c)
    if cased:
        assert flags & (BIT["UPPER"] | BIT["LOWER"] | BIT["TITLE"]), hex(c)
    decimal = unicodedata.decimal(s, -1)
    assert (decimal >= 0) == bool(flags & BIT["DECIMAL"]), hex(c)
    return flags, decimal


class Ext:
    """The table of multi-code-point mappings: length, then code points."""

    def __init__(self):
        self.data = []
        self.where = {}

    def add(self, cps):
        key = tuple(cps)
        if key not in self.where:
            self.where[key] = len(self.data)
            self.data.append(len(cps))
            self.data.extend(cps)
        return self.where[key]


def build():
    ext = Ext()
    records = []
    record_index = {}
    cp_record = []
    for c in range(MAX_CP):
        flags, decimal = properties(c)
        s = chr(c)
        fields = []
        for name, mapped in (("UPPER", s.upper()), ("LOWER", s.lower()),
                             ("TITLE", s.title()), ("FOLD", s.casefold())):
            assert 1 <= len(mapped) <= 3, hex(c)
            if len(mapped) == 1:
                fields.append(ord(mapped) - c)
            else:
                flags |= BIT["EXT_" + name]
                fields.append(ext.add([ord(m) for m in mapped]))
        rec = (flags, *fields, decimal)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        cp_record.append(record_index[rec])
    assert len(records) < 0x10000
    return records, cp_record, ext.data


def split_bins(t, shift):
    """Two-level split of [t]: (index1, index2) with blocks of 1 << shift."""
    size = 1 << shift
    blocks = {}
    index1, index2 = [], []
    for i in range(0, len(t), size):
        block = tuple(t[i:i + size])
        if block not in blocks:
            blocks[block] = len(index2) >> shift
            index2.extend(block)
        index1.append(blocks[block])
    return index1, index2


def ctype_for(values):
    """The smallest unsigned C type holding every value."""
    top = max(values)
    return "uint8_t" if top < 0x100 else "uint16_t" if top < 0x10000 else "uint32_t"


def bytes_of(ctype):
    return {"uint8_t": 1, "uint16_t": 2, "uint32_t": 4}[ctype]


def best_split(t):
    best = None
    for shift in range(3, 11):
        index1, index2 = split_bins(t, shift)
        cost = len(index1) * bytes_of(ctype_for(index1)) + len(index2) * bytes_of(ctype_for(index2))
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def c_array(out, decl, values, per_line=20):
    out.append(decl + " = {")
    for i in range(0, len(values), per_line):
        out.append("  " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")
    out.append("")


HEADER_TEMPLATE = """\
/* Generated by tools/gen_unicode.py from Python's unicodedata {version}; do not edit. */
/*
** unicode_db.h -- CPython's Unicode character database, as much of it as
** the str methods need: classification flags, decimal values and full
** case mappings of every code point, in a two-level table (see
** tools/gen_unicode.py).  Regenerate with `make unicode-db`.
*/
#ifndef RUNTIME_UNICODE_DB_H
#define RUNTIME_UNICODE_DB_H

#include <stdbool.h>
#include <stdint.h>

/* The Unicode version of the tables. */
#define UNICODE_DB_VERSION "{version}"

/* Record flags. */
{flag_defs}

/* What CPython knows about a code point (Objects/unicodectype.c's
** _PyUnicode_TypeRecord). */
typedef struct {{
  uint32_t flags;   /* UNICODE_DB_* bits */
  int32_t upper;    /* the mapping's delta (mapped = cp + delta), or an */
  int32_t lower;    /*   index into unicode_db_ext if its UNICODE_DB_EXT_* */
  int32_t title;    /*   flag is set */
  int32_t fold;
  int8_t decimal;   /* the decimal digit value, or -1 */
}} UnicodeDbRecord;

#define UNICODE_DB_SHIFT {shift}

extern const UnicodeDbRecord unicode_db_records[];
extern const {t1} unicode_db_index1[];
extern const {t2} unicode_db_index2[];
/* Multi-code-point mappings: a length (2 or 3), then the code points. */
extern const uint32_t unicode_db_ext[];

/* The record of [cp] (any value; beyond U+10FFFF reads as unassigned). */
static inline const UnicodeDbRecord *unicode_db_lookup(uint32_t cp) {{
  if (cp < (1u << UNICODE_DB_SHIFT))   /* ASCII and on: block 0 comes first */
    return &unicode_db_records[unicode_db_index2[cp]];
  if (cp >= 0x110000) cp = 0x10FFFF;
  unsigned block = unicode_db_index1[cp >> UNICODE_DB_SHIFT];
  unsigned mask = (1u << UNICODE_DB_SHIFT) - 1;
  return &unicode_db_records[unicode_db_index2[(block << UNICODE_DB_SHIFT) + (cp & mask)]];
}}

/* Has [cp] every flag of [flag]? */
static inline bool unicode_db_is(uint32_t cp, uint32_t flag) {{
  return (unicode_db_lookup(cp)->flags & flag) == flag;
}}

/* The kinds of case mapping of unicode_db_map. */
typedef enum {{ UNICODE_DB_MAP_UPPER, UNICODE_DB_MAP_LOWER, UNICODE_DB_MAP_TITLE, UNICODE_DB_MAP_FOLD }} UnicodeDbMap;

/* Write the full [kind] mapping of [cp] to [out]; return its length
** (1 to 3).  Lower does not apply the final-sigma rule: the caller does. */
static inline int unicode_db_map(uint32_t cp, UnicodeDbMap kind, uint32_t out[3]) {{
  const UnicodeDbRecord *r = unicode_db_lookup(cp);
  int32_t v = kind == UNICODE_DB_MAP_UPPER ? r->upper : kind == UNICODE_DB_MAP_LOWER ? r->lower
            : kind == UNICODE_DB_MAP_TITLE ? r->title : r->fold;
  if (!(r->flags & (UNICODE_DB_EXT_UPPER << kind))) {{
    out[0] = (uint32_t)((int32_t)cp + v);
    return 1;
  }}
  const uint32_t *e = &unicode_db_ext[v];
  for (uint32_t i = 0; i < e[0]; i++) out[i] = e[i + 1];
  return (int)e[0];
}}

#endif
"""


def main():
    version = unicodedata.unidata_version
    records, cp_record, ext = build()
    shift, index1, index2 = best_split(cp_record)
    assert index1[0] == 0 and shift >= 7   # unicode_db_lookup's ASCII fast path
    t1, t2 = ctype_for(index1), ctype_for(index2)

    flag_defs = []
    for i, (name, doc) in enumerate(FLAGS):
        flag_defs.append("#define UNICODE_DB_%-15s (1u << %d)  /* %s */" % (name, i, doc))
    # unicode_db_map shifts EXT_UPPER by the map kind.
    names = [n for n, _ in FLAGS]
    assert names.index("EXT_FOLD") - names.index("EXT_UPPER") == 3
    header = HEADER_TEMPLATE.format(version=version, flag_defs="\n".join(flag_defs),
                                    shift=shift, t1=t1, t2=t2)

    out = [
        "/* Generated by tools/gen_unicode.py from Python's unicodedata %s; do not edit. */" % version,
        "/*",
        "** unicode_db.c -- the tables that unicode_db.h describes: %d records," % len(records),
        "** %d + %d index entries (shift %d), %d words of long case mappings." %
        (len(index1), len(index2), shift, len(ext)),
        "*/",
        '#include "runtime/unicode_db.h"',
        "",
        "/* flags, upper, lower, title, fold, decimal */",
        "const UnicodeDbRecord unicode_db_records[] = {",
    ]
    for rec in records:
        out.append("  {%s}," % ",".join(str(v) for v in rec))
    out.append("};")
    out.append("")
    c_array(out, "const %s unicode_db_index1[]" % t1, index1)
    c_array(out, "const %s unicode_db_index2[]" % t2, index2)
    c_array(out, "const uint32_t unicode_db_ext[]", ext, per_line=16)

    with open(os.path.join(ROOT, "runtime", "unicode_db.h"), "w") as f:
        f.write(header)
    with open(os.path.join(ROOT, "runtime", "unicode_db.c"), "w") as f:
        f.write("\n".join(out))
    print("gen_unicode: %d records, shift %d, %d + %d index entries, %d ext words"
          % (len(records), shift, len(index1), len(index2), len(ext)), file=sys.stderr)


if __name__ == "__main__":
    main()
