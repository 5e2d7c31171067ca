# print with sep, end, file and flush.
import sys
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("next")
print(1, 2, sep="", end="\n\n")
print(*[], sep="x")
print("to stdout", file=sys.stdout, flush=True)

# expect: a-b-c
# expect: no newline|next
# expect: 12
# expect:
# expect:
# expect: to stdout
