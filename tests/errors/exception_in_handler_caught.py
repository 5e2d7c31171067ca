# An exception raised while handling another is catchable with its context.
try:
    try:
        {}["missing"]
    except KeyError as e:
        print("handling", repr(e))
        [].pop()
except IndexError as e2:
    print("outer", repr(e2), "context", repr(e2.__context__))

# expect: handling KeyError('missing')
# expect: outer IndexError('pop from empty list') context KeyError('missing')
