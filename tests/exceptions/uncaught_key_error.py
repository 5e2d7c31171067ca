# A missing dict key that nobody catches.
# expect runtime error: KeyError: 'port'
config = {"host": "localhost"}
port = config["port"]
