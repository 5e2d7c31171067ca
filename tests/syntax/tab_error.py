# Tabs and spaces used inconsistently for the same block.
# expect error: TabError: inconsistent use of tabs and spaces in indentation
# expect error line: 6
if True:
        x = 1
	y = 2
