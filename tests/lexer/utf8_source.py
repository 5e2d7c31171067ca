# UTF-8 source text: non-ASCII strings have one char per code point.
s = '취소'
print(s)
print(len(s), len('é'), len('😀'))
print(repr('취소'), repr('naïve'))
print('취소' + '!', s[0], s[-1])

# expect: 취소
# expect: 2 1 1
# expect: '취소' 'naïve'
# expect: 취소! 취 소
