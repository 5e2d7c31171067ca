# str.isidentifier: XID_Start (or '_') then XID_Continue, over several scripts.
names = ["x", "_", "_1", "1x", "été", "Ωmega", "日本語", "变量", "переменная", "μ",
         "a·b", "·a", "a\u0301", "\u0301a", "x²", "²x", "ℕ", "℘", "℮", "x\u200d",
         "a-b", "a b", "", "ⅻ", "〇", "a٣", "٣a", "ʰ", "ーー", "a\u00b7", "\u2118x",
         "𝐀𝐁", "🐍", "a\ufeff", "ª", "º", "\u309b", "\u309b\u309b", "a\u309b", "ᢅ"]
for n in names:
    print(repr(n), n.isidentifier())

# expect: 'x' True
# expect: '_' True
# expect: '_1' True
# expect: '1x' False
# expect: 'été' True
# expect: 'Ωmega' True
# expect: '日本語' True
# expect: '变量' True
# expect: 'переменная' True
# expect: 'μ' True
# expect: 'a·b' True
# expect: '·a' False
# expect: 'á' True
# expect: '́a' False
# expect: 'x²' False
# expect: '²x' False
# expect: 'ℕ' True
# expect: '℘' True
# expect: '℮' True
# expect: 'x\u200d' False
# expect: 'a-b' False
# expect: 'a b' False
# expect: '' False
# expect: 'ⅻ' True
# expect: '〇' True
# expect: 'a٣' True
# expect: '٣a' False
# expect: 'ʰ' True
# expect: 'ーー' True
# expect: 'a·' True
# expect: '℘x' True
# expect: '𝐀𝐁' True
# expect: '🐍' False
# expect: 'a\ufeff' False
# expect: 'ª' True
# expect: 'º' True
# expect: '゛' False
# expect: '゛゛' False
# expect: 'a゛' False
# expect: 'ᢅ' True
