# An uncaught KeyError prints the key's repr in the traceback.
# The full traceback is checked in the .err file.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])

# expect runtime error: KeyError: 'port'
# expect: localhost
