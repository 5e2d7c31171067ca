# Lists used as a stack and as a simple queue.
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["([]{})", "(]", "((", "", "{[()()]}"]])

# expect: c b ['a']
# expect: 1 2 [3, 4]
# expect: [True, False, False, True, True]
