# "During handling" when the second error happens in a called function.
def cleanup():
    return None.close()
def process():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup()
process()

# expect runtime error: AttributeError: 'NoneType' object has no attribute 'close'
