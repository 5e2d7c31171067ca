# for with break, continue and else.
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(6):
    if i % 2 == 0:
        continue
    print("odd", i)
for i in []:
    pass
else:
    print("else after empty loop")

# expect: 2 is prime
# expect: 3 is prime
# expect: 5 is prime
# expect: 7 is prime
# expect: odd 1
# expect: odd 3
# expect: odd 5
# expect: else after empty loop
