# Helper module that itself imports another helper.
import _counter
from _counter import bump as counter_bump
def twice():
    counter_bump()
    return counter_bump()
