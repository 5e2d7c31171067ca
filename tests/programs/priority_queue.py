# A binary min-heap priority queue written by hand, used to schedule jobs.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0

    def __len__(self):
        return len(self._heap)

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        heap = self._heap
        heap[0], heap[-1] = heap[-1], heap[0]
        priority, _, item = heap.pop()
        if heap:
            self._sift_down(0)
        return priority, item

    def peek(self):
        return self._heap[0][0], self._heap[0][2]

    def _sift_up(self, i):
        heap = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        heap = self._heap
        n = len(heap)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and heap[left] < heap[smallest]:
                smallest = left
            if right < n and heap[right] < heap[smallest]:
                smallest = right
            if smallest == i:
                return
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest

    def is_valid(self):
        h = self._heap
        return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


pq = PriorityQueue()
jobs = [(3, "write report"), (1, "fix outage"), (4, "lunch"), (1, "call boss"),
        (5, "clean desk"), (2, "review code"), (3, "answer email")]
for prio, job in jobs:
    pq.push(prio, job)
    assert pq.is_valid()
print("queued", len(pq), "jobs; next is", pq.peek())
while pq:
    prio, job = pq.pop()
    print(f"[{prio}] {job}")
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort with the same structure
data = [29, 3, 71, 8, 44, 15, 3, 90, 61, 0, 12]
h = PriorityQueue()
for x in data:
    h.push(x, x)
print("sorted:", [h.pop()[1] for _ in range(len(data))])

# Dijkstra's shortest paths on a small graph
graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
dist = {"A": 0}
prev = {}
frontier = PriorityQueue()
frontier.push(0, "A")
done = []
while frontier:
    d, node = frontier.pop()
    if node in done:
        continue
    done.append(node)
    for nxt, w in graph[node].items():
        nd = d + w
        if nd < dist.get(nxt, float("inf")):
            dist[nxt] = nd
            prev[nxt] = node
            frontier.push(nd, nxt)
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))
