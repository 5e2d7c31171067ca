# Helper module that raises while being imported.
value = 1
raise ValueError("broken module")
