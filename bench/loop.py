# Benchmark: a 10-million-iteration while loop of integer arithmetic.
# The checksum stays below 2**31, so it never needs big integers.
i = 0
checksum = 0
while i < 10000000:
    checksum = (checksum * 31 + i) % 1000000007
    i += 1
print(checksum)
