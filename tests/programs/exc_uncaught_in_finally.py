# An exception raised in finally replaces the one in flight.
def work():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("cleanup")
        raise KeyError("cleanup failed")
work()
