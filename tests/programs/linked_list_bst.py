# A singly linked list and a binary search tree, with iteration and recursion.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) + " -> None"


class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None

    def insert(self, key):
        def _ins(node):
            if node is None:
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def show(self, node="start", depth=0):
        if node == "start":
            node = self.root
        if node:
            self.show(node.right, depth + 1)
            print("    " * depth + str(node.key))
            self.show(node.left, depth + 1)


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll))
ll.remove(1)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(LinkedList(), len(LinkedList("abc")), LinkedList("ab"))

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k)
print(list(tree.inorder()))
print(40 in tree, 55 in tree, tree.height())
tree.show()
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(" ".join(words.inorder()), words.height())
