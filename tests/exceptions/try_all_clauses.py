# try/except/else/finally together: the order in which the parts run.
def run(fail):
    try:
        print("try")
        if fail:
            raise KeyError("k")
    except KeyError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)

# expect: try
# expect: else
# expect: finally
# expect: after
# expect: try
# expect: except
# expect: finally
# expect: after
