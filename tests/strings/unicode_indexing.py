# Indexing and len count code points, not bytes.
# skip: bytes and str.encode are outside orrery's language subset (docs/language.md)
s = "naïve café 日本語 😀!"
print(len(s), s[2], s[-2], s[11:14], s[::-1])
print([c for c in "αβγ"], ord("é"), chr(233), chr(0x1F600))
print("日本" + "語" * 2, "é" in s, s.upper())
print(len("😀".encode("utf-8")), "ü".encode("utf-8"))

# expect: 17 ï 😀 日本語 !😀 語本日 éfac evïan
# expect: ['α', 'β', 'γ'] 233 é 😀
# expect: 日本語語 True NAÏVE CAFÉ 日本語 😀!
# expect: 4 b'\xc3\xbc'
