# Tuple literals: (), (1,), parentheses only group, commas make tuples.
print(())
print((1,), (1), (1, 2))
t = 1, 2, 3
print(t, type(t), len(t))
u = 4,
print(u, type(u))
print((1, (2, 3)), ((1,),))
print(tuple([1, 2]), tuple("ab"), (1, 2) + (3,), (0,) * 3)

# expect: ()
# expect: (1,) 1 (1, 2)
# expect: (1, 2, 3) <class 'tuple'> 3
# expect: (4,) <class 'tuple'>
# expect: (1, (2, 3)) ((1,),)
# expect: (1, 2) ('a', 'b') (1, 2, 3) (0, 0, 0)
