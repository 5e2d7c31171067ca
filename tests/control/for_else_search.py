# for/else used for searching: else means "not found".
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15]:
    find_prime_factor(n)
for x in []:
    pass
else:
    print("empty loop else")

# expect: 7 is prime
# expect: 9 has factor 3
# expect: 13 is prime
# expect: 15 has factor 3
# expect: empty loop else
