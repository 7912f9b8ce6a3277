_ = readLine()
print((readLine() ?? "").split(separator: " ").compactMap { Int($0) }.reduce(0, +))
