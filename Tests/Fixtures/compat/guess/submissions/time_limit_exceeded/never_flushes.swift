// Forgets to flush: the question sits in its buffer while it waits for an answer that never comes.
let n = Int(readLine()!)!
print("? \(n / 2)")
let reply = readLine()
print("! \(reply == "=" ? n / 2 : 1)")
