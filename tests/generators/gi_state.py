# gi_running is False outside and True inside; gi_frame becomes None after exhaustion.
def g():
    print("running inside:", me.gi_running)
    yield 1
me = g()
print(me.gi_running, me.gi_frame is None)
next(me)
print(me.gi_running, me.gi_frame is None)
print(next(me, "end"))
print(me.gi_running, me.gi_frame is None)
c = g()
c.close()
print(c.gi_frame is None)

# expect: False False
# expect: running inside: True
# expect: False False
# expect: end
# expect: False True
# expect: True
