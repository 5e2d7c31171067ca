# heapq -- a binary min-heap kept in a plain list, as CPython's heapq module.
#
# A list `heap` is a heap when every parent is <= its children:
#     heap[k] <= heap[2*k + 1]  and  heap[k] <= heap[2*k + 2]
# so heap[0] is always the smallest item. Only `<` is ever used to compare
# items, and the functions below move items exactly as CPython's do, so the
# order of a heap's list (what print(heap) shows) is the same as CPython's.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, where):
    # CPython's heapq is written in C and only accepts real lists.
    if not isinstance(heap, list):
        raise TypeError(f"{where} must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, top, pos):
    # The item at `pos` may be smaller than its parent: move it up, sliding
    # each bigger parent down one level, until it rests in the right place.
    # `top` is the highest position it may reach.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # The item at `pos` may be bigger than its children. CPython's trick:
    # first walk the hole all the way down to a leaf, always following the
    # smaller child (this needs one comparison per level), put the item
    # there, and then let it bubble back up the little way it must go.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of the heap."""
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (one sift)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than both)."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    _check_list(x, "heapify() argument")
    # Leaves are heaps already; fix every parent, from the last one back.
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same list as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream of all their items. (CPython
    merges lazily; we read every input first and use a stable sort, which
    gives the same items in the same order when the inputs are sorted.)"""
    items = []
    for it in iterables:
        items.extend(it)
    yield from sorted(items, key=key, reverse=reverse)
