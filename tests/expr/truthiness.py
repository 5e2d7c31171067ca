# What counts as false: 0, 0.0, "", [], (), {}, None, False; the rest is true.
for v in [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (0,), {}, {0: 0}, None, False, True, range(0), range(1)]:
    print(repr(v), bool(v), "yes" if v else "no")
print(not [], not [1])

# expect: 0 False no
# expect: 1 True yes
# expect: -1 True yes
# expect: 0.0 False no
# expect: 0.5 True yes
# expect: '' False no
# expect: '0' True yes
# expect: ' ' True yes
# expect: [] False no
# expect: [0] True yes
# expect: () False no
# expect: (0,) True yes
# expect: {} False no
# expect: {0: 0} True yes
# expect: None False no
# expect: False False no
# expect: True True yes
# expect: range(0, 0) False no
# expect: range(0, 1) True yes
# expect: True False
