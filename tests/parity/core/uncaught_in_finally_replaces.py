# test: an exception raised in finally while another propagates is the one reported; finally output is printed first
def work():
    try:
        print("working")
        raise ValueError("original")
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
work()
