# The heapq module: heappush/heappop/heapify/heapreplace/heappushpop move items exactly as CPython's.
import heapq

h = []
for x in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [31, 7, 12, 5, 19, 2, 44, 8, 1, 23, 17]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 50), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.heappushpop(data, 10), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, [5, 1, 4, 1, 3]))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
words = []
for w in ["pear", "fig", "apple", "kiwi"]:
    heapq.heappush(words, (len(w), w))
print([heapq.heappop(words)[1] for _ in range(4)])
for f, arg in [(heapq.heappop, []), (heapq.heappush, ()), (heapq.heapify, (3,))]:
    try:
        f(arg) if f is not heapq.heappush else f(arg, 1)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# expect: [0, 1, 2, 4, 3, 7, 6, 9, 5, 8]
# expect: [0, 1, 2, 3] [4, 6, 5, 9, 8, 7]
# expect: [1, 5, 2, 7, 17, 12, 44, 8, 31, 23, 19]
# expect: 1 [2, 5, 12, 7, 17, 50, 44, 8, 31, 23, 19]
# expect: 0 [2, 5, 12, 7, 17, 50, 44, 8, 31, 23, 19]
# expect: 2 [5, 7, 12, 8, 17, 50, 44, 10, 31, 23, 19]
# expect: [1, 1, 3] [5, 4]
# expect: ['a', 'bb']
# expect: [0, 1, 2, 4, 5, 7, 8, 9]
# expect: ['fig', 'kiwi', 'pear', 'apple']
# expect: IndexError index out of range
# expect: TypeError heappush() argument 1 must be list, not tuple
# expect: TypeError heapify() argument must be list, not tuple
