# Shared by the Python submissions (include/python3/ lands in their folder).
def difference(a: int, b: int) -> int:
    return abs(a - b)
