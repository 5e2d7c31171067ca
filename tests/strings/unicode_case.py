# Full case mappings (SpecialCasing), final sigma, titlecase digraphs, casefold.
print("ß".upper(), "ß".title(), "ß".capitalize(), "ß".swapcase(), "ß".casefold())
print("ﬁ".upper(), "ﬁ".title(), "ﬃ".upper(), "ŉ".upper(), "ǰ".upper())
print("İ".lower(), len("İ".lower()), "İ".casefold(), "ı".upper(), "K".lower())
print("ǆ".upper(), "ǆ".title(), "ǅ".lower(), "ǅ".upper(), "Ǆ".title())
print("ΐ".upper(), len("ΐ".upper()), "ᾳ".upper(), "ᾳ".title(), "ᾼ".lower())
print("ΣΊΣΥΦΟΣ".lower(), "ΌΣΟΣ ΣΟΦΟΣ".lower(), "Σ".lower(), "ΑΣ".lower())
print("ΑΣ.".lower(), "ΑΣ'Α".lower(), "Α'Σ".lower(), "ΑΣ\u0301".lower(), "ΑΣ\u0301Α".lower())
print("σΣ".swapcase(), "ΑΣ".swapcase(), "ΣΑΣ ΣΑ".title(), "αΣ".capitalize())
print("ǳwon ǆ".title(), "hello wORLD".swapcase(), "ÉCOLE élève".title())
print("Straße".casefold() == "STRASSE".casefold(), "ﬅ".casefold(), "ẞ".lower(), "ẞ".casefold())
print("ᏸ".upper(), "Ᏸ".lower(), "Ᏸ".casefold(), "ꭰ".upper(), "ꭰ".casefold())
print("𐐨𐐩".upper(), "𐐀".lower(), "ⓐⓑ".upper(), "Ⓐ".lower(), "ǈ".swapcase())
print("ʼn 'tis".title(), "o'neil mc-donald 3rd".title(), "x\u0345".upper())
print("İstanbul".lower().upper(), "ΆΈΉ".lower(), "ꙋ".upper(), "ß日本ß".upper())

# expect: SS Ss Ss SS ss
# expect: FI Fi FFI ʼN J̌
# expect: i̇ 2 i̇ I k
# expect: Ǆ ǅ ǆ Ǆ ǅ
# expect: Ϊ́ 3 ΑΙ ᾼ ᾳ
# expect: σίσυφος όσος σοφος σ ας
# expect: ας. ασ'α α'ς ας́ ασ́α
# expect: Σς ας Σας Σα Ας
# expect: ǲwon ǅ HELLO World École Élève
# expect: True st ß ss
# expect: Ᏸ ᏸ Ᏸ Ꭰ Ꭰ
# expect: 𐐀𐐁 𐐨 ⒶⒷ ⓐ ǈ
# expect: ʼN 'Tis O'Neil Mc-Donald 3Rd XΙ
# expect: İSTANBUL άέή Ꙋ SS日本SS
