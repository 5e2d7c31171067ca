# repr and ascii of control, format, separator, private-use and unassigned characters.
chars = ["\x00", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\xff", "\u0378",
         "\u061c", "\u070f", "\u180e", "\u2000", "\u200b", "\u200e", "\u2028", "\u2029",
         "\u202e", "\u2060", "\u2066", "\u3000", "\ud7ff", "\ue000", "\uf8ff", "\ufdd0",
         "\ufeff", "\ufff9", "\ufffd", "\uffff", "\U0001d173", "\U0001f600", "\U000e0001",
         "\U000e0100", "\U000f0000", "\U0010ffff", "\U0003134a", "\U0003134b"]
for ch in chars:
    print(repr(ch), ascii(ch), ch.isprintable())
print(repr("tab\there\u00a0nbsp\u200bzw"), repr("é'\"\U0001f600\x1b"))
print(ascii("naïve café ☕ \U0001f600"), repr("\u0301"), repr("a\u0301"))

# expect: '\x00' '\x00' False
# expect: '\x1f' '\x1f' False
# expect: '\x7f' '\x7f' False
# expect: '\x80' '\x80' False
# expect: '\x9f' '\x9f' False
# expect: '\xa0' '\xa0' False
# expect: '\xad' '\xad' False
# expect: 'ÿ' '\xff' True
# expect: '\u0378' '\u0378' False
# expect: '\u061c' '\u061c' False
# expect: '\u070f' '\u070f' False
# expect: '\u180e' '\u180e' False
# expect: '\u2000' '\u2000' False
# expect: '\u200b' '\u200b' False
# expect: '\u200e' '\u200e' False
# expect: '\u2028' '\u2028' False
# expect: '\u2029' '\u2029' False
# expect: '\u202e' '\u202e' False
# expect: '\u2060' '\u2060' False
# expect: '\u2066' '\u2066' False
# expect: '\u3000' '\u3000' False
# expect: '\ud7ff' '\ud7ff' False
# expect: '\ue000' '\ue000' False
# expect: '\uf8ff' '\uf8ff' False
# expect: '\ufdd0' '\ufdd0' False
# expect: '\ufeff' '\ufeff' False
# expect: '\ufff9' '\ufff9' False
# expect: '�' '\ufffd' True
# expect: '\uffff' '\uffff' False
# expect: '\U0001d173' '\U0001d173' False
# expect: '😀' '\U0001f600' True
# expect: '\U000e0001' '\U000e0001' False
# expect: '󠄀' '\U000e0100' True
# expect: '\U000f0000' '\U000f0000' False
# expect: '\U0010ffff' '\U0010ffff' False
# expect: '𱍊' '\U0003134a' True
# expect: '\U0003134b' '\U0003134b' False
# expect: 'tab\there\xa0nbsp\u200bzw' 'é\'"😀\x1b'
# expect: 'na\xefve caf\xe9 \u2615 \U0001f600' '́' 'á'
