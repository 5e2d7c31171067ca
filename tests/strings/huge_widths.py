# Huge widths and precisions in format specs, %-formatting and the str
# padding methods: CPython's errors, raised at once (nothing is built byte
# by byte until memory runs out).
cases = [
    ("'{:1000000000000}'.format(1)", lambda: '{:1000000000000}'.format(1)),
    ("'{:100000000000000000000}'.format(1)", lambda: '{:100000000000000000000}'.format(1)),
    ("f'{1:1000000000000}'", lambda: f'{1:1000000000000}'),
    ("format(1, '1000000000000')", lambda: format(1, '1000000000000')),
    ("format('ab', '>1000000000000')", lambda: format('ab', '>1000000000000')),
    ("format(2.5, '^1000000000000')", lambda: format(2.5, '^1000000000000')),
    ("'%1000000000000d' % 1", lambda: '%1000000000000d' % 1),
    ("'%100000000000000000000d' % 1", lambda: '%100000000000000000000d' % 1),
    ("'%.100000000000000000000d' % 1", lambda: '%.100000000000000000000d' % 1),
    ("'%1000000000000s' % 'x'", lambda: '%1000000000000s' % 'x'),
    ("'1'.zfill(10**12)", lambda: '1'.zfill(10**12)),
    ("'ab'.center(10**12)", lambda: 'ab'.center(10**12)),
    ("'ab'.ljust(10**12, 'é')", lambda: 'ab'.ljust(10**12, 'é')),
]
for text, f in cases:
    try:
        r = f()
        print(text, '->', len(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + (': ' + str(e) if str(e) else ''))
print(len('{:300}'.format(7)), len('%300d' % 7), len('7'.zfill(300)), len('%-300s|' % 'é'))
# expect: '{:1000000000000}'.format(1) -> MemoryError
# expect: '{:100000000000000000000}'.format(1) -> ValueError: Too many decimal digits in format string
# expect: f'{1:1000000000000}' -> MemoryError
# expect: format(1, '1000000000000') -> MemoryError
# expect: format('ab', '>1000000000000') -> MemoryError
# expect: format(2.5, '^1000000000000') -> MemoryError
# expect: '%1000000000000d' % 1 -> MemoryError
# expect: '%100000000000000000000d' % 1 -> ValueError: width too big
# expect: '%.100000000000000000000d' % 1 -> ValueError: precision too big
# expect: '%1000000000000s' % 'x' -> MemoryError
# expect: '1'.zfill(10**12) -> MemoryError
# expect: 'ab'.center(10**12) -> MemoryError
# expect: 'ab'.ljust(10**12, 'é') -> MemoryError
# expect: 300 300 300 301
