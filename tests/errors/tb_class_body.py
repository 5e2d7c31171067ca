# An error raised in a class body shows the class name as the frame.
class Config:
    debug = True
    level = int("high")

# expect runtime error: ValueError: invalid literal for int() with base 10: 'high'
