# OSError(errno, strerror[, filename]) picks the subclass for the errno; errno, strerror, filename; str and repr.
for args in [(2, "No such file"), (2, "No such file", "x.txt"), (17, "File exists"), (13, "Permission denied"),
             (1, "Operation not permitted"), (21, "Is a directory"), (20, "Not a directory"), (4, "Interrupted"),
             (11, "again"), (32, "Broken pipe"), (104, "reset"), (111, "refused"), (103, "aborted"),
             (3, "No such process"), (10, "No child processes"), (110, "Timed out"), (99, "other"),
             ("2", "errno not an int"), (2,), (2, "a", None), (2, "a", "f1", None, "f2"), ()]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", e, "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError("plain message")
print(repr(e), e, e.errno, e.strerror, e.filename)
e = BlockingIOError(11, "again", 5)
print(e, e.characters_written, e.filename)
print(EnvironmentError is OSError, IOError is OSError)
class MyError(OSError):
    def __init__(self, path):
        super().__init__(2, "gone", path)
e = MyError("p")
print(type(e).__name__, e, e.errno, e.filename, e.args)
try:
    raise OSError(2, "No such file or directory", "data.csv")
except FileNotFoundError as e:
    print("caught:", e)
raise OSError(13, "Permission denied", "/etc/shadow")

# expect runtime error: PermissionError: [Errno 13] Permission denied: '/etc/shadow'
