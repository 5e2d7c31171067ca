# import time: time.time() and time.monotonic() move forward; sleep waits.
import time
t0 = time.monotonic()
w0 = time.time()
time.sleep(0.05)
t1 = time.monotonic()
print(t1 > t0, t1 - t0 >= 0.04, time.time() >= w0)
print(type(time.time()), type(time.ctime()), len(time.ctime()))

# expect: True True True
# expect: <class 'float'> <class 'str'> 24
