# partition and rpartition always return three parts.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
k, _, v = "name: ann".partition(": ")
print(k, v)

# expect: ('key', '=', 'value=more')
# expect: ('key=value', '=', 'more')
# expect: ('novalue', '', '')
# expect: ('', '', 'novalue')
# expect: name ann
