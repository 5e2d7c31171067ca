# long runs cross the 624-word regeneration many times
import random
random.seed(2024)
xs = [random.random() for _ in range(5000)]
print(xs[310], xs[311], xs[312], xs[313])
print(xs[-1], round(sum(xs), 6))
ints = [random.getrandbits(32) for _ in range(2000)]
print(ints[623], ints[624], ints[1247], ints[1248], sum(ints))
# expect: 0.740695778594971 0.19114087615589292 0.8131085867475014 0.6750673181710761
# expect: 0.757583052477332 2518.089521
# expect: 3390827352 47773581 3501827530 2049549666 4457495401721
