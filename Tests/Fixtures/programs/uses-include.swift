// Uses sumOfLine(_:), which the problem's include/swift/ provides.
_ = readLine()
print(sumOfLine(readLine() ?? ""))
