# add_note appends notes printed after the message (3.11).
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    print(e.__notes__)
    err = e
raise err

# expect runtime error: while parsing line 3
# expect: ['while parsing line 3']
