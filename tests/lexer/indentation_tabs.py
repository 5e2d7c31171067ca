# Blocks indented with tabs work like blocks indented with spaces.
def f(n):
	if n > 0:
		return "positive"
	return "not positive"
print(f(1))
print(f(-1))
for i in range(2):
	print(i)

# expect: positive
# expect: not positive
# expect: 0
# expect: 1
